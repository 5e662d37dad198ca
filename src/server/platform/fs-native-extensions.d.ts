/** The part of fs-native-extensions (prebuilt N-API addon, no bundled types) that the data-folder lock uses. */
declare module 'fs-native-extensions' {
  /** Takes an exclusive (or shared) lock on a byte range of `fd` without waiting; false when another holds it. */
  export function tryLock(fd: number, offset?: number, length?: number, opts?: { shared?: boolean }): boolean;
  /** Releases a lock taken on `fd`. */
  export function unlock(fd: number, offset?: number, length?: number): void;
  const api: { tryLock: typeof tryLock; unlock: typeof unlock };
  export default api;
}
