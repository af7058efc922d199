// The environment, validated once with zod. Nothing else reads process.env for app settings.
import path from "node:path";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  DATELINE_DATA_DIR: z.string().min(1).default("./data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  DATELINE_SEED: z.enum(["demo", "none"]).default("demo"),
  // The public address of the site (canonical URLs, feeds, sitemaps); falls back to NEXTAUTH_URL.
  DATELINE_PUBLIC_URL: z.url({ message: "DATELINE_PUBLIC_URL must be an absolute URL, like https://news.example.com" }).optional(),
  NEXTAUTH_URL: z.url({ message: "NEXTAUTH_URL must be an absolute URL" }).optional(),
  // Largest image a person may upload, in megabytes; larger files are refused with 413.
  DATELINE_MEDIA_MAX_MB: z.coerce.number().positive().max(200, "DATELINE_MEDIA_MAX_MB is at most 200").default(20),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof schema> & { dataDir: string };

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  // An empty variable (`DATABASE_URL=` in a shell or .env file) means "not set".
  const raw = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Invalid environment: ${first?.path.join(".")}: ${first?.message}`);
  }
  cached = { ...parsed.data, dataDir: path.resolve(parsed.data.DATELINE_DATA_DIR) };
  return cached;
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
