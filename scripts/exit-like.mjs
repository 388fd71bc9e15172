// How `npm start` ends when the server it runs ends: with the server's exit code, or — when the
// server was killed by a signal — by the same signal (so the shell and a supervisor see 128 + n,
// e.g. 137 for SIGKILL, and restart it), never 0 for a server that died.
import { constants } from "node:os";

/** The exit status a shell reports for a process that ended with `code` or `signal`. */
function exitStatus(code, signal) {
  if (signal) return 128 + (constants.signals[signal] ?? 0);
  return code ?? 1;
}

/** Ends this process as the child ended: the same signal (handlers removed first), else the same code. */
export function exitLike(code, signal) {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
    // A signal that does not end a Node process by default: exit with the shell's status for it.
    setTimeout(() => process.exit(exitStatus(code, signal)), 100).unref();
    return;
  }
  process.exit(code ?? 1);
}
