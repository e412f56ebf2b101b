/**
 * Reads a request body of at most `limit` bytes, counting as it reads:
 * Content-Length is only a claim, and a chunked body has none. Past the limit
 * it cancels the stream, so the rest is never pulled from the connection.
 * Null when the body is larger than the limit.
 */
export async function readBoundedBody(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel("The body is larger than the limit.");
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, received);
}
