/**
 * A clock an end-to-end test moves, loaded into a newsroom's processes with
 * NODE_OPTIONS=--import=<this file>: their Date runs as many milliseconds ahead of the machine's as
 * MOVED_CLOCK_FILE says (read again every 50 ms), so a test can let an hour or a day pass on a running
 * site without waiting for it. Timers still run in real time. Never loaded by the site itself.
 */
import { readFileSync } from "node:fs";

const file = process.env.MOVED_CLOCK_FILE;
if (file) {
  let offset = 0;
  const read = () => {
    try {
      offset = Number(readFileSync(file, "utf8")) || 0;
    } catch {
      offset = 0;
    }
  };
  read();
  setInterval(read, 50).unref();

  const MachineDate = Date;
  const now = () => MachineDate.now() + offset;
  // A proxy rather than a subclass, so that Date() called without new still answers (a string).
  globalThis.Date = new Proxy(MachineDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
    apply: () => new MachineDate(now()).toString(),
    get: (target, key, receiver) => (key === "now" ? now : Reflect.get(target, key, receiver)),
  });
}
