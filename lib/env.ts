// The environment, validated once with zod. Nothing else reads process.env for app settings.
import path from "node:path";
import { z } from "zod";
import type { S3Settings } from "./media/s3-storage";
import { parseTrustedProxies, TRUST_FORMAT, type ProxyTrust } from "./proxy-trust";

// Media go to an S3-compatible bucket when these four are set; to the data dir when none is.
const S3_REQUIRED = [
  "DATELINE_S3_ENDPOINT",
  "DATELINE_S3_BUCKET",
  "DATELINE_S3_ACCESS_KEY_ID",
  "DATELINE_S3_SECRET_ACCESS_KEY",
] as const;

const httpUrl = (name: string, example: string) =>
  z
    .url({ protocol: /^https?$/, message: `${name} must be an absolute http(s) URL, like ${example}` })
    .refine((u) => !/^[a-z]+:\/\/[^/?#]*@/i.test(u), `${name} must not contain credentials; use the key variables`);

const fields = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  // The role that owns the schema, when DATABASE_URL is the app's own, lesser role (db/roles.ts).
  DATABASE_OWNER_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_OWNER_URL must start with postgres:// or postgresql://")
    .optional(),
  DATELINE_DATA_DIR: z.string().min(1).default("./data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  DATELINE_SEED: z.enum(["demo", "none"]).default("demo"),
  // The public address of the site (canonical URLs, feeds, sitemaps); falls back to NEXTAUTH_URL.
  DATELINE_PUBLIC_URL: z
    .url({ message: "DATELINE_PUBLIC_URL must be an absolute URL, like https://news.example.com" })
    .optional(),
  NEXTAUTH_URL: z.url({ message: "NEXTAUTH_URL must be an absolute URL" }).optional(),
  // Which proxies' X-Forwarded-For/-Proto/-Host are believed (lib/proxy-trust.ts); unset: none.
  DATELINE_TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((raw, ctx): ProxyTrust => {
      try {
        return parseTrustedProxies(raw);
      } catch {
        ctx.addIssue({ code: "custom", message: TRUST_FORMAT });
        return z.NEVER;
      }
    }),
  // Largest image a person may upload, in megabytes; larger files are refused with 413.
  DATELINE_MEDIA_MAX_MB: z.coerce.number().positive().max(200, "DATELINE_MEDIA_MAX_MB is at most 200").default(20),
  // Redis or Valkey shared by several app servers: the page cache and change messages.
  DATELINE_REDIS_URL: z
    .string()
    .regex(
      /^rediss?:\/\/[^\s]+$/,
      "DATELINE_REDIS_URL must start with redis:// or rediss://, like redis://127.0.0.1:6379",
    )
    .optional(),
  // The nginx fronts (or anything speaking the same refresh contract) this server tells to fetch
  // changed pages again, as space-separated base URLs, and the secret they accept (lib/front/).
  DATELINE_FRONT_URLS: z
    .string()
    .regex(
      /^https?:\/\/\S+(\s+https?:\/\/\S+)*$/,
      "DATELINE_FRONT_URLS must be base URLs separated by spaces, like http://127.0.0.1:3000",
    )
    .optional(),
  DATELINE_FRONT_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{24,}$/, "DATELINE_FRONT_SECRET must be at least 24 letters, digits, '-' or '_'")
    .optional(),
  // Lets a scraper elsewhere read /metrics (always open to this machine), as a bearer token.
  DATELINE_METRICS_TOKEN: z.string().min(16, "DATELINE_METRICS_TOKEN must be at least 16 characters").optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATELINE_S3_ENDPOINT: httpUrl("DATELINE_S3_ENDPOINT", "https://s3.eu-west-1.amazonaws.com").optional(),
  // Bucket names as S3 allows them (3–63 lower-case letters, digits, dots, hyphens).
  DATELINE_S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      "DATELINE_S3_BUCKET must be a bucket name: 3–63 lower-case letters, digits, dots or hyphens",
    )
    .optional(),
  DATELINE_S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]+$/, "DATELINE_S3_REGION must be a region name, like eu-west-1 or auto")
    .optional(),
  DATELINE_S3_ACCESS_KEY_ID: z.string().optional(),
  DATELINE_S3_SECRET_ACCESS_KEY: z.string().optional(),
  DATELINE_S3_FORCE_PATH_STYLE: z
    .enum(["true", "false", "1", "0"], { message: "DATELINE_S3_FORCE_PATH_STYLE must be true or false" })
    .transform((v) => v === "true" || v === "1")
    .optional(),
  DATELINE_S3_PUBLIC_URL: httpUrl("DATELINE_S3_PUBLIC_URL", "https://media.example.com").optional(),
  // Where notification emails go (nodemailer); unset, they are written to <data dir>/mail as .eml files.
  DATELINE_SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\/[^\s]+$/,
      "DATELINE_SMTP_URL must start with smtp:// or smtps://, like smtp://user:pass@mail.example.com:587",
    )
    .optional(),
  // The From line of notification emails.
  DATELINE_MAIL_FROM: z
    .string()
    .regex(
      /^[^\r\n<>]*<[^\s@<>]+@[^\s@<>]+>$|^[^\s@<>]+@[^\s@<>]+$/,
      "DATELINE_MAIL_FROM must be an address, like Dateline <newsroom@example.com>",
    )
    .optional(),
});

/** Every variable the schema reads; .env.example and the README's table must name the same (tests/env-config.test.ts). */
export const ENV_VARIABLES = Object.keys(fields.shape) as (keyof typeof fields.shape)[];

/**
 * Read by the test tooling only (scripts/e2e.ts, tests/integration/), never by the app, so not
 * validated here; listed so the same check covers them.
 */
export const TEST_VARIABLES = ["CHROMIUM_PATH", "TEST_DATABASE_URL", "E2E_DATABASE_URL", "TEST_REDIS_URL"] as const;

const schema = fields.superRefine((e, ctx) => {
  const missing = S3_REQUIRED.filter((name) => e[name] === undefined);
  // Any S3 variable without the four (a public URL alone, say) is a setup left half done.
  const anyS3 = Object.entries(e).some(([name, value]) => name.startsWith("DATELINE_S3_") && value !== undefined);
  if (missing.length > 0 && anyS3) {
    ctx.addIssue({
      code: "custom",
      path: [missing[0]!],
      message: `S3 media storage needs ${S3_REQUIRED.join(", ")} together (or none, for the data dir); missing ${missing.join(", ")}`,
    });
  }
});

export type Env = z.infer<typeof schema> & { dataDir: string };

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Validates a set of variables; env() calls it once on process.env, tests on their own. */
export function parseEnv(vars: Record<string, string | undefined>): Env {
  // An empty variable (`DATABASE_URL=` in a shell or .env file) means "not set".
  const raw = Object.fromEntries(Object.entries(vars).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    // The path and the message only: a value may be a secret.
    const first = parsed.error.issues[0];
    throw new Error(`Invalid environment: ${first?.path.join(".")}: ${first?.message}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.DATELINE_DATA_DIR) };
}

/** The bucket for media when the S3 variables are set, or null for the data dir. */
export function s3Settings(e: Env = env()): S3Settings | null {
  if (
    !e.DATELINE_S3_ENDPOINT ||
    !e.DATELINE_S3_BUCKET ||
    !e.DATELINE_S3_ACCESS_KEY_ID ||
    !e.DATELINE_S3_SECRET_ACCESS_KEY
  )
    return null;
  return {
    endpoint: e.DATELINE_S3_ENDPOINT,
    bucket: e.DATELINE_S3_BUCKET,
    // us-east-1: what AWS's own tools assume, MinIO's default, and an alias of R2's "auto".
    region: e.DATELINE_S3_REGION ?? "us-east-1",
    accessKeyId: e.DATELINE_S3_ACCESS_KEY_ID,
    secretAccessKey: e.DATELINE_S3_SECRET_ACCESS_KEY,
    forcePathStyle: e.DATELINE_S3_FORCE_PATH_STYLE ?? false,
    publicUrl: e.DATELINE_S3_PUBLIC_URL,
  };
}

/** The database URL for code running inside the web server, where the start script always sets it. */
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start Dateline with `npm start`, which runs PostgreSQL and sets it, or set DATABASE_URL yourself.",
    );
  }
  return url;
}
