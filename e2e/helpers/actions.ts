import fs from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { sameOrigin } from "./env";

/** The id Next.js gave a server action in this build, as any client could find it. */
export function actionId(exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`no server action named ${exportedName} in the build`);
  return id;
}

/** Calls a server action directly over HTTP, the way a hand-crafted request would; returns the raw reply. */
export async function callAction(request: APIRequestContext, name: string, args: unknown[]): Promise<string> {
  const response = await request.post("/dashboard", {
    headers: {
      ...sameOrigin,
      "Next-Action": actionId(name),
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    data: JSON.stringify(args),
  });
  return response.text();
}
