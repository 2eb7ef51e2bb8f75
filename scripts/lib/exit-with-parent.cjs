// Preloaded (node --require) into the app and the worker that `npm start` supervises. When the supervisor itself
// disappears (killed with SIGKILL, say), its IPC channel closes: the process then stops the graceful way instead of
// lingering with the port and its database connections. Only in the process the supervisor spawned (its ppid is
// MILEPOST_SUPERVISOR_PID): `next dev` forks its server with the same preload and an IPC channel of its own.
if (process.connected && String(process.ppid) === process.env.MILEPOST_SUPERVISOR_PID) {
  process.once("disconnect", () => process.kill(process.pid, "SIGTERM"));
  process.channel?.unref(); // the channel alone must not keep the process alive
}
