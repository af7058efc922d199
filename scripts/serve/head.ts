// Changes to a response's headers that must wait until its status is known. Node sends every
// response's headers through res.writeHead (called by Next, or implicitly by the first write or
// end), so one wrapper per response runs the hooks there, in the order they were added, after
// turning the headers passed to writeHead into ordinary set headers: each hook sees exactly the
// headers that will go out and changes them with setHeader.
import type http from "node:http";

export type HeadHook = (res: http.ServerResponse) => void;
type Writer = (...args: unknown[]) => unknown;

const HOOKS = Symbol("dateline.headHooks");
type Hooked = http.ServerResponse & { [HOOKS]?: HeadHook[] };

/**
 * Moves writeHead's arguments onto the response (status, reason, headers) as Node itself would
 * merge them: headers given to writeHead replace set ones of the same name; a flat array
 * ([name, value, name, value]) may repeat a name.
 */
export function applyHeadArgs(res: http.ServerResponse, status: number, rest: unknown[]): void {
  res.statusCode = status;
  let i = 0;
  if (typeof rest[0] === "string") res.statusMessage = rest[i++] as string;
  const given = rest[i];
  if (Array.isArray(given)) {
    const flat = (given.length > 0 && Array.isArray(given[0]) ? given.flat() : given) as string[];
    for (let n = 0; n < flat.length; n += 2) res.removeHeader(flat[n]!);
    for (let n = 0; n < flat.length; n += 2) res.appendHeader(flat[n]!, flat[n + 1]!);
  } else if (given && typeof given === "object") {
    for (const [k, v] of Object.entries(given)) if (v !== undefined) res.setHeader(k, v as string);
  }
}

/** Adds a hook to run just before the response's headers go out. */
export function onHead(res: http.ServerResponse, hook: HeadHook): void {
  const r = res as Hooked;
  if (r[HOOKS]) {
    r[HOOKS].push(hook);
    return;
  }
  const hooks: HeadHook[] = (r[HOOKS] = [hook]);
  const writeHead = res.writeHead.bind(res) as Writer;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    applyHeadArgs(res, status, rest);
    for (const h of hooks) h(res);
    return writeHead(res.statusCode, res.statusMessage);
  }) as typeof res.writeHead;
}
