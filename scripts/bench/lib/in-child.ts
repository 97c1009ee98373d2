/**
 * Runs a bench worker (a flood, pollers, a reader load) in a process of its own, so the measurement
 * beside it is not slowed by the worker's own work, and resolves with what it printed (JSON). A worker
 * module calls `runAsWorker` at its end; `nice` runs it at the lowest CPU priority (work that, in
 * production, happens on other machines: attackers', readers' phones, an editor's laptop).
 */
import { spawn } from "node:child_process";
import path from "node:path";

export function inChild<Result>(workerFile: string, options: unknown, { nice = false } = {}): Promise<Result> {
  const command = [process.execPath, "--import", "tsx", workerFile, JSON.stringify(options)];
  return new Promise((resolve, reject) => {
    const child = spawn(nice ? "nice" : command[0]!, nice ? ["-n", "19", ...command] : command.slice(1), { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(output) as Result) : reject(new Error(`${path.basename(workerFile)} exited ${code}`))));
  });
}

/** When `workerFile` is the script being run: reads its options from argv, prints `work(options)` as JSON. */
export function runAsWorker<Options>(workerFile: string, work: (options: Options) => Promise<unknown>): void {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== path.resolve(workerFile)) return;
  const options = JSON.parse(process.argv[2] ?? "{}") as Options;
  void work(options).then((result) => process.stdout.write(`${JSON.stringify(result)}\n`));
}
