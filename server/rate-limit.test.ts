import { describe, expect, it } from "vitest";
import { clientAddress, isTrustedProxy } from "./client-address.mjs";
import { createRateLimiter } from "./rate-limit.mjs";

describe("createRateLimiter", () => {
  it("lets a burst through, then one request per refill, and says when to come back", () => {
    const limiter = createRateLimiter({ rate: 2, burst: 3 });
    const at = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take("a", at).allowed)).toEqual([true, true, true]);
    expect(limiter.take("a", at)).toEqual({ allowed: false, retryAfter: 1 });
    expect(limiter.take("a", at + 500).allowed).toBe(true);
    expect(limiter.take("a", at + 500).allowed).toBe(false);
    // Another client has its own bucket.
    expect(limiter.take("b", at).allowed).toBe(true);
  });

  it("limits one address sending 100 requests a second within its burst", () => {
    const limiter = createRateLimiter({ rate: 2, burst: 10 });
    const answers = Array.from({ length: 100 }, (_, index) => limiter.take("flood", index * 10).allowed);
    expect(answers.slice(0, 10).every(Boolean)).toBe(true);
    expect(answers.filter(Boolean).length).toBeLessThanOrEqual(12);
  });

  it("keeps a bounded number of clients, forgetting the least recently seen", () => {
    const limiter = createRateLimiter({ rate: 1, burst: 1, maxClients: 100 });
    for (let index = 0; index < 1_000; index += 1) limiter.take(`10.0.${index >> 8}.${index & 255}`, 0);
    expect(limiter.clients).toBe(100);
  });
});

describe("clientAddress", () => {
  const request = (remoteAddress: string, forwarded?: string) => ({ socket: { remoteAddress }, headers: forwarded ? { "x-forwarded-for": forwarded } : {} });

  it("is the peer, unless the peer is the edge on this machine or network", () => {
    expect(clientAddress(request("203.0.113.9"))).toBe("203.0.113.9");
    expect(clientAddress(request("203.0.113.9", "198.51.100.1"))).toBe("203.0.113.9");
    expect(clientAddress(request("127.0.0.1", "198.51.100.1"))).toBe("198.51.100.1");
    expect(clientAddress(request("::ffff:10.1.2.3", "198.51.100.1"))).toBe("198.51.100.1");
  });

  it("takes the address the edge appended, not one the client wrote before it", () => {
    expect(clientAddress(request("127.0.0.1", "1.2.3.4, 198.51.100.7"))).toBe("198.51.100.7");
  });

  it("trusts loopback and private networks only", () => {
    expect(["127.0.0.1", "::1", "10.0.0.1", "172.16.0.1", "172.31.255.1", "192.168.1.1"].every(isTrustedProxy)).toBe(true);
    expect(["172.32.0.1", "8.8.8.8", "::ffff:8.8.8.8", "2001:db8::1"].some(isTrustedProxy)).toBe(false);
  });
});
