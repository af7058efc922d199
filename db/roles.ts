// Two database roles, so the audit log is append-only for more than honest code.
//
// The *owner* role owns every table: migrations run as it, and the command-line tools use it.
// The *app* role is what the web servers connect as: not a superuser, owning nothing, with
// plain read/write rights on the newsroom's tables and only SELECT and INSERT on audit_log.
// A bug or an injected statement in the web server therefore cannot UPDATE, DELETE or
// TRUNCATE the log, nor disable its trigger (ALTER TABLE needs ownership), nor drop it.
//
// The embedded cluster creates both roles itself (db/embedded.ts). On a server you run, the
// DBA creates the app role and gives Dateline the owner's URL too (DATABASE_OWNER_URL); the
// grants below are applied after every migration, so a new table is never left out.
// docs/database-roles.md prints the same statements for a DBA who prefers to run them.
import { sql } from "drizzle-orm";
import type pg from "pg";
import type { DbOrTx } from "./index";

/** The embedded cluster's app role (the owner is `dateline`, the cluster's superuser). */
export const EMBEDDED_APP_ROLE = "dateline_app";

/** Tables the app may read and append to but never change: the rest get full read/write. */
export const APPEND_ONLY_TABLES = ["audit_log"] as const;

const ROLE_NAME = /^[a-z_][a-z0-9_$]{0,62}$/;

/** A role name safe to splice into SQL (identifiers cannot be bound as parameters). */
export function checkRoleName(role: string): string {
  if (!ROLE_NAME.test(role)) throw new Error(`"${role}" is not a plain lower-case PostgreSQL role name`);
  return role;
}

/** The statements that give `role` the app's rights; printed by docs and applied by grantAppRole. */
export function appRoleGrants(role: string): string[] {
  const r = `"${checkRoleName(role)}"`;
  const appendOnly = APPEND_ONLY_TABLES.map((t) => `"${t}"`).join(", ");
  return [
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    // GRANT … ON ALL TABLES also covered the log; take back all but reading and appending.
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${appendOnly} FROM ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    // /readyz compares the applied migrations with the build's.
    `GRANT USAGE ON SCHEMA drizzle TO ${r}`,
    `GRANT SELECT ON drizzle.__drizzle_migrations TO ${r}`,
    // The job queue (graphile-worker, migrated by the owner): add, take, finish and fail jobs, and
    // read its migration level, which every worker checks at start. No DDL there either.
    `GRANT USAGE ON SCHEMA graphile_worker TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA graphile_worker TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA graphile_worker TO ${r}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA graphile_worker TO ${r}`,
    // graphile-worker turns on row-level security on its tables (so a PostGraphile API cannot read
    // them): without a policy the app role sees no job and may add none. One policy per table.
    queuePolicies(role),
  ];
}

/** A policy on each row-secured table of the queue's schema letting `role` use every row. */
function queuePolicies(role: string): string {
  const policy = `${checkRoleName(role)}_queue`;
  return `DO $$ DECLARE t record; BEGIN
  FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'graphile_worker' AND c.relkind = 'r' AND c.relrowsecurity
      AND NOT EXISTS (SELECT 1 FROM pg_policies p
        WHERE p.schemaname = 'graphile_worker' AND p.tablename = c.relname AND p.policyname = '${policy}')
  LOOP
    EXECUTE format('CREATE POLICY %I ON graphile_worker.%I TO %I USING (true) WITH CHECK (true)',
      '${policy}', t.relname, '${role}');
  END LOOP;
END $$`;
}

/** Applies appRoleGrants as the owner. Idempotent: GRANT and REVOKE of what is (not) held are no-ops. */
export async function grantAppRole(db: DbOrTx, role: string): Promise<void> {
  for (const statement of appRoleGrants(role)) await db.execute(sql.raw(statement));
}

export type RoleStanding = { role: string; superuser: boolean; ownsAuditLog: boolean; canChangeAuditLog: boolean };

/** What the connected role could do to the audit log; the server logs it at start. */
export async function roleStanding(pool: pg.Pool): Promise<RoleStanding> {
  const { rows } = await pool.query<RoleStanding>(
    `select current_user as role,
            r.rolsuper as superuser,
            coalesce(pg_get_userbyid(c.relowner) = current_user, false) as "ownsAuditLog",
            c.oid is not null and (has_table_privilege(c.oid, 'UPDATE')
                  or has_table_privilege(c.oid, 'DELETE')
                  or has_table_privilege(c.oid, 'TRUNCATE')) as "canChangeAuditLog"
       from pg_roles r
       left join pg_class c on c.oid = to_regclass('public.audit_log')
      where r.rolname = current_user`,
  );
  return rows[0]!;
}

/** One log line on how well the audit log is protected from this server. */
export function describeStanding(s: RoleStanding): { ok: boolean; line: string } {
  if (!s.superuser && !s.ownsAuditLog && !s.canChangeAuditLog)
    return { ok: true, line: `database role ${s.role}: not a superuser, cannot change or truncate the audit log` };
  const why = s.superuser ? "is a superuser" : s.ownsAuditLog ? "owns the audit log" : "may change the audit log";
  return {
    ok: false,
    line:
      `database role ${s.role} ${why}: the audit log is append-only only by its trigger. ` +
      "Connect as a separate app role and set DATABASE_OWNER_URL for migrations (docs/database-roles.md).",
  };
}
