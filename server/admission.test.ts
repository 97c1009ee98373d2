import { describe, expect, it } from "vitest";
import { createLane, Shed } from "./admission.mjs";

const deferred = () => {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
};

describe("createLane", () => {
  it("runs up to its concurrency at once, queues up to its queue, and sheds the rest at once", async () => {
    const lane = createLane("search", { concurrency: 2, queue: 1, maxWaitMs: 1_000 });
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((gate, index) => lane.run(async () => (started.push(index), gate.promise)));
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    const shedAt = Date.now();
    await expect(lane.run(async () => undefined)).rejects.toBeInstanceOf(Shed);
    expect(Date.now() - shedAt).toBeLessThan(50);
    gates[0]?.resolve();
    await runs[0];
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([0, 1, 2]);
    gates[1]?.resolve();
    gates[2]?.resolve();
    await Promise.all(runs);
    expect(lane.stats).toMatchObject({ active: 0, waiting: 0, admitted: 3, shed: 1 });
  });

  it("sheds a request that waited longer than it may", async () => {
    const lane = createLane("render", { concurrency: 1, queue: 5, maxWaitMs: 20 });
    const gate = deferred();
    const first = lane.run(() => gate.promise);
    await expect(lane.run(async () => "late")).rejects.toBeInstanceOf(Shed);
    gate.resolve();
    await first;
    expect(await lane.run(async () => "on time")).toBe("on time");
  });

  it("frees its place when the work fails", async () => {
    const lane = createLane("render", { concurrency: 1, queue: 0, maxWaitMs: 20 });
    await expect(lane.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await lane.run(async () => "next")).toBe("next");
  });
});
