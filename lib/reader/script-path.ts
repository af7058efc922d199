/**
 * Where the reader pages ask for their one script. The site layout renders this address;
 * scripts/serve.ts answers it (fresh on every check) and, in production, rewrites it in each
 * public page to the content-hashed address it serves as immutable for a year.
 */
export const READER_SCRIPT_PATH = "/_dateline/reader.js";

/** The hashed address of one build of the script: `/_dateline/reader.<hash>.js`. */
export function hashedReaderScriptPath(hash: string): string {
  return READER_SCRIPT_PATH.replace(/\.js$/, `.${hash}.js`);
}
