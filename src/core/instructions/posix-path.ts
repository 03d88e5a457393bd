/** Go's path.Clean and path.Join for slash-separated paths (Linux containers), under the names instructions use. */
export { clean as cleanPath, join as joinPath, isAbs as isAbsPath } from '../context/go-path.ts';
