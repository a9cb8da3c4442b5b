/**
 * The result of an async loader's first call, shared by every later caller. The promise is
 * kept, not the value: a route's getStaticPaths asks for the same data from thousands of
 * pages at once, and a value cached only after `await` would let every one of those
 * concurrent calls load it again.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= load());
}
