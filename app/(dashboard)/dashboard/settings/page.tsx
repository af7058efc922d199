import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getSiteSettings } from "@/db/queries/settings";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { SettingsForm } from "@/components/dashboard/settings-form";
import type { EditionNames } from "@/db/schema";
import { EDITION_NAME_FIELDS, editionFieldName, NAMED_EDITIONS } from "@/lib/edition-names";

/** The form's flat fields (`siteName_bn`…) from the stored per-edition words. */
function editionNameValues(names: EditionNames): Record<string, string> {
  return Object.fromEntries(
    NAMED_EDITIONS.flatMap((e) => EDITION_NAME_FIELDS.map((f) => [editionFieldName(f, e), names[e]?.[f] ?? ""])),
  );
}

export const metadata: Metadata = { title: "Site settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  if (!can(user, "settings.manage")) forbidden();
  const settings = await getSiteSettings();
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">Site settings</h1>
      <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
        What makes this Dateline your outlet: its name, its newsroom&apos;s time zone and city, and where readers can
        follow it.
      </p>
      <SettingsForm initial={{ ...settings, ...settings.socialLinks, ...editionNameValues(settings.editionNames) }} />
    </div>
  );
}
