// Preloaded (node --require) into the app and the worker that `npm start` supervises. When the supervisor itself
// disappears (killed with SIGKILL, say), its IPC channel closes: the process then stops the graceful way instead of
// lingering with the port and its database connections.
if (process.connected) {
  process.once("disconnect", () => process.kill(process.pid, "SIGTERM"));
  process.channel?.unref();
}
