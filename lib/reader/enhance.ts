// The one script reader pages load (issue 11): the clock, the theme switch, copy-link and the
// phone's share sheet, and the view ping. The pages are complete without it — the server renders
// every part, links are plain <a href> — so it only adds behaviour to markup that is already
// there, found by data attributes. Bundled and minified by lib/reader/bundle.ts at server start.
import { formatClock } from "@/lib/time";
import { THEME_CHANGE_EVENT, THEME_KEY, parseThemeChoice, type ThemeChoice } from "@/lib/reader/theme-choice";
import { countLabel, type CountLabels } from "@/lib/reader/views-label";
import { parseEmbedUrl } from "@/lib/rich-text/embed-url";

function clocks(): void {
  const nodes = document.querySelectorAll<HTMLElement>("[data-clock]");
  if (nodes.length === 0) return;
  const tick = () => {
    for (const node of nodes) {
      const text = node.querySelector("[data-testid=newsroom-clock]");
      const timeZone = node.dataset.timeZone;
      if (!text || !timeZone) continue;
      const value = formatClock(new Date(), timeZone, node.dataset.locale);
      // Only a real change touches the DOM: the text is as wide as before, so nothing shifts.
      if (text.textContent !== value) text.textContent = value;
    }
  };
  tick();
  // The clock shows minutes: a tick every 15 s is never more than 15 s late.
  setInterval(tick, 15_000);
}

function readChoice(): ThemeChoice {
  try {
    return parseThemeChoice(window.localStorage.getItem(THEME_KEY));
  } catch {
    return "system";
  }
}

function themeToggles(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>("[data-theme-option]");
  if (buttons.length === 0) return;
  const show = () => {
    const current = readChoice();
    for (const b of buttons) b.setAttribute("aria-pressed", String(b.dataset.themeOption === current));
  };
  for (const b of buttons)
    b.addEventListener("click", () => {
      const choice = parseThemeChoice(b.dataset.themeOption ?? null);
      try {
        if (choice === "system") window.localStorage.removeItem(THEME_KEY);
        else window.localStorage.setItem(THEME_KEY, choice);
      } catch {
        return; // storage refused (a locked-down browser): nothing to remember, nothing to apply
      }
      // The inline theme script (lib/theme-script.ts) applies it to <html>.
      window.dispatchEvent(new Event(THEME_CHANGE_EVENT));
    });
  window.addEventListener(THEME_CHANGE_EVENT, show);
  window.addEventListener("storage", show);
  show();
}

function shareBlocks(): void {
  for (const block of document.querySelectorAll<HTMLElement>("[data-share]")) {
    const url = block.dataset.shareUrl ?? location.href;
    const title = block.dataset.shareTitle ?? document.title;
    const status = block.querySelector<HTMLElement>("[role=status]");
    // The words come from the page (components/site/share-buttons.tsx), in its language.
    const copied = block.dataset.copied ?? "Link copied";
    const prompt = `${block.dataset.copyPrompt ?? "Copy this link:"} ${url}`;
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    block.querySelector("[data-copy-link]")?.addEventListener("click", () => {
      if (!navigator.clipboard) return say(prompt);
      navigator.clipboard.writeText(url).then(
        () => say(copied),
        () => say(prompt),
      );
    });
    const native = block.querySelector<HTMLElement>("[data-native-share]");
    if (native && "share" in navigator) {
      native.hidden = false;
      native.addEventListener("click", () => void navigator.share({ title, url }).catch(() => {}));
    }
  }
}

function readLabels(json: string | undefined): CountLabels {
  try {
    return json ? (JSON.parse(json) as CountLabels) : {};
  } catch {
    return {};
  }
}

/**
 * Counts this page view once it is really shown — a page prerendered speculatively counts only
 * when the reader opens it — and shows the total the server answers with, since the cached
 * page's number may be minutes old (docs/architecture.md, "View counts").
 */
function viewPing(): void {
  const marker = document.querySelector<HTMLElement>("[data-view-ping]");
  const storyId = marker?.dataset.viewPing;
  if (!storyId) return;
  const send = () => {
    fetch("/api/views", { method: "POST", body: storyId, keepalive: true, headers: { "Content-Type": "text/plain" } })
      .then((r) => (r.ok ? (r.json() as Promise<{ views?: unknown }>) : null))
      .then((body) => {
        if (typeof body?.views !== "number") return;
        for (const count of document.querySelectorAll<HTMLElement>("[data-view-count]"))
          if (count.dataset.viewCount === storyId)
            count.textContent = countLabel(body.views, count.dataset.locale, readLabels(count.dataset.countLabels));
      })
      .catch(() => {}); // a lost ping loses one view, never the page
  };
  const doc = document as Document & { prerendering?: boolean };
  if (doc.prerendering) document.addEventListener("prerenderingchange", send, { once: true });
  else send();
}

/**
 * A story's embeds (issue 12): the page has only a placeholder, and the provider's player is
 * loaded when the reader presses its button — nothing goes to the provider before. The frame's
 * address is derived again here from the canonical link through the same allow-list the server
 * used, so the page's markup alone cannot point a frame anywhere else (and the CSP's frame-src
 * would refuse it anyway).
 */
function embeds(): void {
  for (const figure of document.querySelectorAll<HTMLElement>("figure[data-embed-url]")) {
    const button = figure.querySelector<HTMLButtonElement>("[data-embed-load]");
    const embed = parseEmbedUrl(figure.dataset.embedUrl ?? "");
    if (!button || !embed) continue;
    button.addEventListener("click", () => {
      const frame = document.createElement("iframe");
      frame.src = embed.frameSrc;
      frame.title = button.textContent?.replace(/^Load /, "") ?? "Embedded content";
      frame.className = "embed-frame";
      frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture; clipboard-write";
      frame.allowFullscreen = true;
      // YouTube's player refuses to play without the page's origin as referrer.
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      frame.setAttribute(
        "sandbox",
        "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation",
      );
      figure.querySelector(".embed-placeholder")?.replaceWith(frame);
      figure.dataset.embedLoaded = "";
      frame.focus();
    });
  }
}

/**
 * The edition switch names the page it is on, so the server can answer with this story's
 * translation; without scripts the browser's Referer says the same (app/edition/[code]).
 */
function editionSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-edition-switch]")) {
    const url = new URL(link.href);
    url.searchParams.set("from", window.location.pathname);
    link.href = url.pathname + url.search;
  }
}

for (const part of [clocks, themeToggles, shareBlocks, viewPing, embeds, editionSwitch]) {
  try {
    part();
  } catch {
    // One part failing (an old browser without an API) leaves the others and the page as they are.
  }
}
