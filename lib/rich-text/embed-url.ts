// Which addresses may become an embed, and what each one loads (issue 12, capability 3). An
// allow-list of exact hosts and path patterns: anything else stays a plain link. Pure and
// client-safe: the editor (on paste), the server (on save) and the renderer share it, so a crafted
// body cannot name a provider or an address the editor would not have produced.

export const EMBED_PROVIDERS = ["youtube", "facebook", "x", "instagram", "tiktok", "maps"] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

export const PROVIDER_NAMES: Record<EmbedProvider, string> = {
  youtube: "YouTube",
  facebook: "Facebook",
  x: "X",
  instagram: "Instagram",
  tiktok: "TikTok",
  maps: "Google Maps",
};

/**
 * Where each provider's player lives: the public pages' frame-src lists exactly these
 * (lib/security-headers.ts), and the reader script only loads a frame from one of them.
 */
export const EMBED_FRAME_ORIGINS: Record<EmbedProvider, string> = {
  // The no-cookie host: nothing is stored on the reader's device until they press play.
  youtube: "https://www.youtube-nocookie.com",
  facebook: "https://www.facebook.com",
  x: "https://platform.twitter.com",
  instagram: "https://www.instagram.com",
  tiktok: "https://www.tiktok.com",
  maps: "https://www.google.com",
};

export type Embed = {
  provider: EmbedProvider;
  /** The canonical public address: what is stored, linked to and given to feeds and the API. */
  url: string;
  /** What the player frame loads, derived from `url`; never stored. */
  frameSrc: string;
  /** What the frame is, for its title and the placeholder's button. */
  kind: string;
};

const MAX_URL = 2048;
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const DIGITS = /^\d{1,25}$/;
const HANDLE = /^[A-Za-z0-9_.-]{1,100}$/;
const INSTAGRAM_CODE = /^[A-Za-z0-9_-]{5,64}$/;

/** Exact host names only: a suffix test would let youtube.com.evil.example or evilyoutube.com in. */
function hostIs(url: URL, ...hosts: string[]): boolean {
  return hosts.includes(url.hostname.toLowerCase());
}

function segments(url: URL): string[] {
  return url.pathname.split("/").filter(Boolean);
}

function youtube(url: URL): Embed | null {
  let id: string | null = null;
  if (hostIs(url, "youtu.be")) id = segments(url)[0] ?? null;
  else if (
    hostIs(url, "youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com")
  ) {
    const [first, second] = segments(url);
    if (first === "watch") id = url.searchParams.get("v");
    else if (first && ["embed", "shorts", "live", "v"].includes(first)) id = second ?? null;
  }
  if (!id || !YOUTUBE_ID.test(id)) return null;
  return {
    provider: "youtube",
    url: `https://www.youtube.com/watch?v=${id}`,
    frameSrc: `${EMBED_FRAME_ORIGINS.youtube}/embed/${id}`,
    kind: "video",
  };
}

function facebook(url: URL): Embed | null {
  if (!hostIs(url, "facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com")) return null;
  const parts = segments(url);
  let path: string | null = null;
  let video = false;
  const [a, b, c] = parts;
  if (parts.length === 3 && a && HANDLE.test(a) && b === "posts" && c && /^[A-Za-z0-9]{1,80}$/.test(c))
    path = `/${a}/posts/${c}`;
  else if (parts.length === 3 && a && HANDLE.test(a) && b === "videos" && c && DIGITS.test(c)) {
    path = `/${a}/videos/${c}`;
    video = true;
  } else if (parts.length === 2 && a === "reel" && b && DIGITS.test(b)) {
    path = `/reel/${b}`;
    video = true;
  } else if (parts.length === 1 && a === "watch") {
    const v = url.searchParams.get("v");
    if (v && DIGITS.test(v)) {
      path = `/watch/?v=${v}`;
      video = true;
    }
  } else if (parts.length === 1 && (a === "permalink.php" || a === "story.php")) {
    const story = url.searchParams.get("story_fbid");
    const id = url.searchParams.get("id");
    if (story && id && /^[A-Za-z0-9]{1,80}$/.test(story) && DIGITS.test(id))
      path = `/permalink.php?story_fbid=${story}&id=${id}`;
  }
  if (!path) return null;
  const canonical = `https://www.facebook.com${path}`;
  const plugin = video ? "video" : "post";
  return {
    provider: "facebook",
    url: canonical,
    frameSrc: `${EMBED_FRAME_ORIGINS.facebook}/plugins/${plugin}.php?href=${encodeURIComponent(canonical)}&show_text=true`,
    kind: video ? "video" : "post",
  };
}

function x(url: URL): Embed | null {
  if (!hostIs(url, "x.com", "www.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com", "mobile.x.com"))
    return null;
  const [user, status, id, ...rest] = segments(url);
  if (!user || !/^[A-Za-z0-9_]{1,15}$/.test(user) || status !== "status" || !id || !DIGITS.test(id)) return null;
  // /photo/1 or /video/1 after the id still names the same post.
  if (rest.length > 2) return null;
  return {
    provider: "x",
    url: `https://x.com/${user}/status/${id}`,
    frameSrc: `${EMBED_FRAME_ORIGINS.x}/embed/Tweet.html?id=${id}&dnt=true`,
    kind: "post",
  };
}

function instagram(url: URL): Embed | null {
  if (!hostIs(url, "instagram.com", "www.instagram.com")) return null;
  const [kind, code] = segments(url);
  if (!kind || !["p", "reel", "tv"].includes(kind) || !code || !INSTAGRAM_CODE.test(code)) return null;
  const path = `/${kind}/${code}/`;
  return {
    provider: "instagram",
    url: `https://www.instagram.com${path}`,
    frameSrc: `${EMBED_FRAME_ORIGINS.instagram}${path}embed/`,
    kind: kind === "p" ? "post" : "video",
  };
}

function tiktok(url: URL): Embed | null {
  if (!hostIs(url, "tiktok.com", "www.tiktok.com", "m.tiktok.com")) return null;
  const [user, video, id] = segments(url);
  if (!user || !/^@[A-Za-z0-9_.]{1,40}$/.test(user) || video !== "video" || !id || !DIGITS.test(id)) return null;
  return {
    provider: "tiktok",
    url: `https://www.tiktok.com/${user}/video/${id}`,
    frameSrc: `${EMBED_FRAME_ORIGINS.tiktok}/embed/v2/${id}`,
    kind: "video",
  };
}

/**
 * Google Maps: a place, a point or a search, as the map's own address shows them. The frame is
 * the keyless embed (`output=embed`) of the same query; short maps.app.goo.gl links need a request
 * to resolve and stay links.
 */
function maps(url: URL): Embed | null {
  const parts = segments(url);
  if (hostIs(url, "maps.google.com")) {
    if (parts.length > 0 && parts[0] !== "maps") return null;
    if (parts.length === 0) parts.unshift("maps");
  } else if (!hostIs(url, "www.google.com", "google.com") || parts[0] !== "maps") return null;
  let query: string | null = null;
  const at = parts.find((p) => p.startsWith("@"));
  const point = at ? /^@(-?\d{1,3}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)(?:,(\d{1,2}(?:\.\d+)?)z)?/.exec(at) : null;
  if (parts[1] === "place" && parts[2]) query = decodeURIComponent(parts[2].replace(/\+/g, " "));
  else if (parts[1] === "search" && parts[2]) query = decodeURIComponent(parts[2].replace(/\+/g, " "));
  else if (point) query = `${point[1]},${point[2]}`;
  else query = url.searchParams.get("q");
  if (!query || query.length > 200 || /[\u0000-\u001f]/.test(query)) return null;
  const rawZoom = point?.[3] ?? url.searchParams.get("z");
  const zoom = rawZoom && /^\d{1,2}(\.\d+)?$/.test(rawZoom) ? Math.round(Number(rawZoom)) : null;
  const params = new URLSearchParams({ q: query });
  if (zoom !== null && zoom >= 1 && zoom <= 21) params.set("z", String(zoom));
  const canonical = `https://www.google.com/maps?${params.toString()}`;
  return { provider: "maps", url: canonical, frameSrc: `${canonical}&output=embed`, kind: "map" };
}

const PARSERS = [youtube, facebook, x, instagram, tiktok, maps];

/** The embed an address stands for, or null when it is not on the allow-list. */
export function parseEmbedUrl(raw: string): Embed | null {
  const text = raw.trim();
  if (!text || text.length > MAX_URL || /\s/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  // Credentials or a port mean it is not the provider's ordinary public address.
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password || url.port) return null;
  for (const parse of PARSERS) {
    try {
      const embed = parse(url);
      if (embed) return embed;
    } catch {
      return null; // a malformed escape in a maps place name, say
    }
  }
  return null;
}

/** True when `url` is exactly the canonical address of an embed from `provider`: what a save accepts. */
export function isCanonicalEmbed(provider: unknown, url: unknown): boolean {
  if (typeof provider !== "string" || typeof url !== "string") return false;
  const embed = parseEmbedUrl(url);
  return embed !== null && embed.provider === provider && embed.url === url;
}
