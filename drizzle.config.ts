import "./scripts/lib/load-env"; // first: .env files before anything reads the environment
import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` uses this; it needs no database.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
