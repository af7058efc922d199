import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="font-serif text-3xl font-bold">Not allowed</h1>
      <p className="mt-3 text-neutral-600 dark:text-neutral-400">
        Your role does not give you access to this page. Ask an admin if you need it.
      </p>
      <p className="mt-6">
        <Link href="/dashboard" className="text-accent underline">
          Back to the dashboard
        </Link>
      </p>
    </main>
  );
}
