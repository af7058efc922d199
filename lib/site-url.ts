// The public origin of the site, for canonical URLs, Open Graph and structured data.
export function siteOrigin(): string {
  const configured = process.env.DATELINE_PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return configured.replace(/\/+$/, "");
}
