import { PUBLISH_LIMITS } from "./limits.mjs";

export class PublishRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: readonly { file: string; field: string; message: string }[],
  ) {
    super(message);
    this.name = "PublishRequestError";
  }
}

/**
 * The request's JSON body, read with a limit: a declared Content-Length over it is refused before a byte
 * is read, and a body that keeps coming (chunked, or lying about its length) is cut off at the limit.
 */
export async function readJsonBody(request: Request, limit: number = PUBLISH_LIMITS.bodyBytes): Promise<unknown> {
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) throw new PublishRequestError(415, "send the body as application/json");
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit) throw new PublishRequestError(413, `the body is ${declared} bytes; at most ${limit} may be published at once`);
  const reader = request.body?.getReader();
  if (!reader) throw new PublishRequestError(400, "the body is empty");
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel();
      throw new PublishRequestError(413, `the body is over ${limit} bytes; publish in smaller steps`);
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new PublishRequestError(400, "the body is not valid JSON");
  }
}
