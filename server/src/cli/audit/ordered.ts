/**
 * Maps items through an asynchronous step, at most `window` at a time, and hands the results on
 * in input order. Memory is bounded by the window, not the input: the source is not read further
 * while the oldest item is still being worked on and the window is full.
 */
export async function mapOrdered<I, O>(
  items: AsyncIterable<I> | Iterable<I>,
  step: (item: I) => Promise<O>,
  window: number,
  emit: (item: I, result: O) => void | Promise<void>,
): Promise<void> {
  const inFlight: Array<{ item: I; result: Promise<O> }> = [];
  const emitOldest = async () => {
    const oldest = inFlight.shift() as { item: I; result: Promise<O> };
    await emit(oldest.item, await oldest.result);
  };
  for await (const item of items) {
    if (inFlight.length >= window) await emitOldest();
    inFlight.push({ item, result: step(item) });
  }
  while (inFlight.length > 0) await emitOldest();
}
