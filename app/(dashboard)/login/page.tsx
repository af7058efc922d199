import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSiteSettings } from "@/db/queries/settings";
import { getCurrentUser } from "@/lib/auth/session";
import { LoginForm } from "@/components/dashboard/login-form";

export const dynamic = "force-dynamic"; // reads the session

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function LoginPage() {
  if (await getCurrentUser()) redirect("/dashboard");
  const settings = await getSiteSettings();
  return (
    // In English like the rest of the desk, whatever the reader pages' language (<html lang>).
    <main lang="en" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">{settings.siteName}</h1>
      <p className="mt-1 text-neutral-600 dark:text-neutral-400">Newsroom sign-in</p>
      <LoginForm />
    </main>
  );
}
