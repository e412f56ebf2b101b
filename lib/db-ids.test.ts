import { describe, expect, it, vi } from "vitest";
import { findByIds } from "@/lib/db-ids";

describe("findByIds", () => {
  it("asks for the ids given", async () => {
    const find = vi.fn(async (ids: string[]) => ids.map((id) => ({ id })));
    expect(await findByIds(["a", "b"], find)).toEqual([{ id: "a" }, { id: "b" }]);
    expect(find).toHaveBeenCalledWith(["a", "b"]);
  });

  it("asks nothing for no ids", async () => {
    const find = vi.fn(async () => [{ id: "never" }]);
    expect(await findByIds([], find)).toEqual([]);
    expect(find).not.toHaveBeenCalled();
  });
});
