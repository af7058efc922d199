import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { listUsers } from "@/lib/users";
import { sectionsByUser } from "@/lib/user-sections";
import { getEditorOptions } from "@/db/queries/editor";
import { UserSectionsForm } from "@/components/dashboard/user-sections-form";
import { CreateUserForm } from "@/components/dashboard/create-user-form";
import { UserRow } from "@/components/dashboard/user-row";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requireUser();
  if (!can(user, "users.manage")) forbidden();
  const [users, desks, options] = await Promise.all([listUsers(getDb()), sectionsByUser(getDb()), getEditorOptions()]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="users-heading">
        <h1 id="users-heading" className="text-2xl font-bold">
          Users
        </h1>
        <table className="mt-4 w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-neutral-300 dark:border-neutral-700">
              <th scope="col" className="py-2 pr-4">
                Name
              </th>
              <th scope="col" className="py-2 pr-4">
                Email
              </th>
              <th scope="col" className="py-2 pr-4">
                Role
              </th>
              <th scope="col" className="py-2 pr-4">
                Status
              </th>
              <th scope="col" className="py-2">
                Actions
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <UserRow
                key={u.id}
                user={{ id: u.id, name: u.name, email: u.email, role: u.role, active: u.active }}
                isSelf={u.id === user.id}
                desks={
                  // Only a section editor's assignment means anything; a role change shows it on reload.
                  u.role === "section_editor" ? (
                    <UserSectionsForm
                      user={{ id: u.id, name: u.name }}
                      sections={options.sections}
                      assigned={desks.get(u.id) ?? []}
                    />
                  ) : undefined
                }
              />
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="invite-heading" className="max-w-md">
        <h2 id="invite-heading" className="text-xl font-bold">
          Invite a colleague
        </h2>
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
          Leave the password empty to generate one; it is shown once for you to pass on.
        </p>
        <CreateUserForm />
      </section>
    </div>
  );
}
