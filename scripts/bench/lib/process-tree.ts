import { readdirSync, readFileSync } from "node:fs";

/**
 * Memory of a process and all its descendants, in bytes (Linux /proc). Proportional set size, so pages
 * the processes share (Node itself, shared libraries) count once rather than once per worker.
 */
function pssBytes(pid: number): number {
  try {
    const kb = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}

export function treeRss(rootPid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the command name, which may hold spaces: state, ppid, …, rss (24th field overall).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(pid, Number(fields[1]));
      rss.set(pid, pssBytes(pid));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    let cursor: number | undefined = pid;
    while (cursor !== undefined && cursor > 1 && cursor !== rootPid) cursor = parents.get(cursor);
    if (cursor === rootPid) total += bytes;
  }
  return total;
}
