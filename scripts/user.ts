// `npm run user -- <command>`: manage accounts from a shell, with or without the web server
// running. Bad input: one line on stderr, a non-zero exit, nothing changed.
import "./lib/load-env"; // first: .env files before anything reads the environment
import { parseArgs } from "node:util";
import { inArray } from "drizzle-orm";
import { sections } from "@/db/schema";
import { AppError, invalid } from "@/lib/errors";
import { setUserSections } from "@/lib/user-sections";
import { ROLES } from "@/lib/permissions";
import {
  createUser,
  emailSchema,
  findUserByEmail,
  generatePassword,
  listUsers,
  resetPassword,
  roleSchema,
  setActive,
  setRole,
  unlockSignIn,
} from "@/lib/users";
import { die, openDatabase, type Opened } from "./lib/open-db";

const USAGE = `usage:
  npm run user -- create --email E --name N --role R [--password-stdin]
  npm run user -- list
  npm run user -- set-role --email E --role R
  npm run user -- set-sections --email E --sections S   # S: section slugs, comma-separated, or "none"
  npm run user -- deactivate --email E
  npm run user -- reactivate --email E
  npm run user -- reset-password --email E [--password-stdin]
  npm run user -- unlock --email E
roles: ${ROLES.join(", ")}`;

type Flags = {
  email?: string;
  name?: string;
  role?: string;
  sections?: string;
  "password-stdin"?: boolean;
  help?: boolean;
};

const REQUIRED: Record<string, (keyof Flags)[]> = {
  create: ["email", "name", "role"],
  list: [],
  "set-role": ["email", "role"],
  "set-sections": ["email", "sections"],
  deactivate: ["email"],
  reactivate: ["email"],
  "reset-password": ["email"],
  unlock: ["email"],
};

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    die("--password-stdin expects the password on standard input (e.g. piped from a password manager).");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // Only the line ending a pipe adds is stripped; spaces inside a password are the user's.
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

function check<T>(
  schema: {
    safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
  },
  value: unknown,
): T {
  const r = schema.safeParse(value);
  if (!r.success) die(r.error.issues[0]?.message ?? "invalid input");
  return r.data;
}

async function run(command: string, flags: Flags, db: Opened["db"]): Promise<void> {
  const ctx = { actorId: null, via: "cli" as const };
  switch (command) {
    case "create": {
      const password = flags["password-stdin"] ? await readStdin() : generatePassword();
      const user = await createUser(db, { email: flags.email!, name: flags.name!, role: flags.role!, password }, ctx);
      console.log(`created ${user.role} ${user.email}`);
      if (!flags["password-stdin"]) console.log(`password: ${password}`);
      return;
    }
    case "list": {
      const rows = await listUsers(db);
      for (const u of rows) console.log([u.email, u.role, u.active ? "active" : "deactivated", u.name].join("\t"));
      if (rows.length === 0) console.log("(no users)");
      return;
    }
    case "set-role": {
      const user = await findUserByEmail(db, flags.email!);
      const updated = await setRole(db, user.id, flags.role!, ctx);
      console.log(`${updated.email} is now ${updated.role}`);
      return;
    }
    case "set-sections": {
      const user = await findUserByEmail(db, flags.email!);
      const slugs = flags.sections === "none" ? [] : flags.sections!.split(",").map((s) => s.trim());
      const rows = slugs.length
        ? await db.select({ id: sections.id, slug: sections.slug }).from(sections).where(inArray(sections.slug, slugs))
        : [];
      const unknown = slugs.find((s) => !rows.some((r) => r.slug === s));
      if (unknown !== undefined) throw invalid(`No section with the slug "${unknown}".`);
      const done = await setUserSections(
        db,
        user.id,
        rows.map((r) => r.id),
        ctx,
      );
      console.log(`${user.email} runs ${done.sections.length ? done.sections.join(", ") : "no section"}`);
      return;
    }
    case "deactivate":
    case "reactivate": {
      const user = await findUserByEmail(db, flags.email!);
      const updated = await setActive(db, user.id, command === "reactivate", ctx);
      console.log(`${updated.email} is ${updated.active ? "active" : "deactivated"}`);
      return;
    }
    case "reset-password": {
      const user = await findUserByEmail(db, flags.email!);
      const password = flags["password-stdin"] ? await readStdin() : generatePassword();
      await resetPassword(db, user.id, password, ctx);
      console.log(`password reset for ${user.email}`);
      if (!flags["password-stdin"]) console.log(`password: ${password}`);
      return;
    }
    case "unlock": {
      const user = await findUserByEmail(db, flags.email!);
      const { cleared } = await unlockSignIn(db, user.id, ctx);
      console.log(`sign-in unlocked for ${user.email} (${cleared} failed attempt(s) cleared)`);
      return;
    }
  }
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        sections: { type: "string" },
        "password-stdin": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    die(`${(e as Error).message.split("\n")[0]} (try --help)`);
  }
  const flags = parsed.values as Flags;
  const [command, ...extra] = parsed.positionals;
  if (flags.help || !command) {
    console.log(USAGE);
    process.exit(command || flags.help ? 0 : 2);
  }
  const required = REQUIRED[command];
  if (!required) die(`unknown command "${command}"; commands: ${Object.keys(REQUIRED).join(", ")}`);
  if (extra.length) die(`unexpected argument "${extra[0]}"`);
  for (const flag of required) if (!flags[flag]) die(`${command} needs --${flag}`);
  // Check what needs no database first, so a typo fails fast and touches nothing.
  if (flags.email !== undefined) check(emailSchema, flags.email);
  if (flags.role !== undefined) check(roleSchema, flags.role);

  const opened = await openDatabase();
  try {
    await run(command, flags, opened.db);
  } catch (e) {
    if (e instanceof AppError) {
      await opened.close();
      die(e.message);
    }
    throw e;
  }
  await opened.close();
}

main().catch((err: unknown) => die(err instanceof Error ? err.message : String(err)));
