import { DeskLink } from "@/components/dashboard/desk-link";

// Rendered inside the dashboard layout (so navigation and Sign out stay), with a 403 status.
export default function DashboardForbidden() {
  return (
    <div className="py-10">
      <h1 className="text-2xl font-bold">Not allowed</h1>
      <p className="mt-2 text-neutral-600 dark:text-neutral-400">
        Your role does not give you access to this page. Ask an admin if you need it.
      </p>
      <p className="mt-4">
        <DeskLink href="/dashboard" className="text-accent underline">
          Back to the overview
        </DeskLink>
      </p>
    </div>
  );
}
