/**
 * The project's VCL (deploy/varnish/byline.vcl) names its backend as the
 * site runs in production, `127.0.0.1:3000`. VCL reads no environment, so the
 * bench runs a copy whose backends point at the `next start` it measures.
 */

/** Where each `backend NAME { … }` block starts and ends (its closing brace included). */
function backendBlocks(vcl: string): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  // At the start of a line only, so commented-out backends are left alone.
  const opening = /^[ \t]*backend[ \t]+[\w-]+[ \t]*\{/gm;
  for (let match = opening.exec(vcl); match; match = opening.exec(vcl)) {
    let depth = 1;
    let position = match.index + match[0].length;
    // A backend may hold a nested `.probe = { … }`: count braces to find its end.
    while (position < vcl.length && depth > 0) {
      if (vcl[position] === "{") depth++;
      else if (vcl[position] === "}") depth--;
      position++;
    }
    if (depth > 0) throw new Error("The VCL has a backend block without its closing brace.");
    blocks.push({ start: match.index, end: position });
    opening.lastIndex = position;
  }
  return blocks;
}

/**
 * The VCL with every backend's `.host` and `.port` set to the given address.
 * Refuses a VCL whose backends name no port to replace (a `.path` socket, or
 * `backend default none`): the bench could not point it at its server.
 */
export function pointBackendsAt(vcl: string, host: string, port: number): string {
  const blocks = backendBlocks(vcl);
  if (blocks.length === 0)
    throw new Error("The VCL declares no `backend NAME { … }` block to point at the bench's server.");
  let result = "";
  let copied = 0;
  for (const { start, end } of blocks) {
    const block = vcl.slice(start, end);
    if (!/\.port\s*=\s*"[^"]*"/.test(block)) {
      throw new Error(`This VCL backend has no \`.port = "…";\` to point at the bench's server:\n${block}`);
    }
    result += vcl.slice(copied, start);
    result += block
      .replace(/\.host\s*=\s*"[^"]*"/, `.host = "${host}"`)
      .replace(/\.port\s*=\s*"[^"]*"/, `.port = "${port}"`);
    copied = end;
  }
  return result + vcl.slice(copied);
}
