import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    rules: {
      // Types are imported as types: they vanish from the bundle and cycles between modules stay harmless.
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { prefer: "type-imports", fixStyle: "inline-type-imports" },
      ],
    },
  },
  {
    // An UPDATE or DELETE without WHERE touches every row. The plugin cannot tell a drizzle
    // client from any object with .update/.delete, so it looks only at our database handles.
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  {
    // The data layer reads; the domain's writes and side effects live in lib/ and call it, never
    // the other way round. db/ may use lib's leaf vocabulary (env, errors, time, permissions,
    // the workflow table, picture helpers), not its writes, actions, auth or cache.
    files: ["db/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/lib/stories/*",
                // The story's field list is vocabulary (pure data), which the snapshot reads use.
                "!@/lib/stories/fields",
                "@/lib/media/library",
                "@/lib/media/store",
                "@/lib/users",
                "@/lib/actions/*",
                "@/lib/auth/*",
                "@/lib/cache/*",
                "@/scripts/*",
              ],
              message:
                "db/ reads; it must not import lib's writes, actions, auth or cache (move the read into db/queries).",
            },
          ],
        },
      ],
    },
  },
  {
    // The desk never prefetches (components/dashboard/desk-link.tsx says why): its links are DeskLink.
    files: ["app/(dashboard)/**/*.tsx", "components/dashboard/**/*.tsx", "components/editor/**/*.tsx"],
    ignores: ["components/dashboard/desk-link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: "Desk pages link with DeskLink (never prefetched)." }] },
      ],
    },
  },
];

export default config;
