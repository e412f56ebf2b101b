/**
 * Where an image of the old site sits below its media folder, from its
 * address: ".../wp-content/uploads/2024/03/mill.png" below "/wp-content/uploads/"
 * is "2024/03/mill.png". Null when the address is not below that folder.
 */
export function pathBelow(url: string, folder: string): string | null {
  const at = url.indexOf(folder);
  if (at === -1) return null;
  const rest = url.slice(at + folder.length).split(/[?#]/)[0] ?? "";
  try {
    return decodeURIComponent(rest) || null;
  } catch {
    // A stray "%" that encodes nothing: the name as written.
    return rest || null;
  }
}
