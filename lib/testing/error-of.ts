/** The error a promise rejects with; a test that expected a refusal fails if it resolves. */
export async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("Expected a refusal, but it went through.");
}
