// Demo text for the footer's pages (lib/site-pages.ts), written for the sample newsroom. An admin
// rewrites them at /dashboard/pages; paragraphs are separated by a blank line.
import type { SitePageSlug } from "@/lib/site-pages";

export const SITE_PAGE_TEXT: Record<SitePageSlug, { title: string; body: string }> = {
  about: {
    title: "About The Dhaka Dateline",
    body: `The Dhaka Dateline is an English-language daily reporting on Dhaka and the rest of Bangladesh: the city's streets and services, the rivers and the coast, the garment floor and the kitchen market, the playing fields and the stages.

Our reporters live in the neighbourhoods they cover. We would rather ride the bus route, stand at the landing ghat or sit through the council meeting than rewrite a press release, and we say in every story where our information came from.

The newsroom is independent of any party, business group or government office. We are paid for by readers and by advertising that is always marked as such and never written by our journalists.

This site is the demo newsroom that ships with Dateline, the publishing system it runs on. Its people and stories are fictional.`,
  },
  contact: {
    title: "Contact the newsroom",
    body: `Tips and story ideas go to the news desk, which reads every message. If you need to protect your identity, say so in your first message and do not send documents until we have agreed how.

News desk
news@example.com
+880 2 5555 0100 (8 am to midnight, Dhaka time)

Corrections
corrections@example.com

Letters to the editor
letters@example.com
Letters of up to 300 words may be edited for length and clarity. Include your name and the area you live in.

Advertising
ads@example.com

Our office
House 12, Road 7, Dhanmondi, Dhaka 1205`,
  },
  standards: {
    title: "Editorial standards",
    body: `We report what we can verify and say plainly what we cannot. A claim that matters is checked with at least two sources who are in a position to know, or with a document we have seen.

We name our sources unless naming them would put them at risk. When we grant anonymity we say why, and at least one editor knows who the source is.

We give the people and institutions we write about a fair chance to respond before we publish, and we say when they did not.

Reporters do not accept gifts, travel or hospitality from anyone they cover. Opinion is labelled as opinion and is written by people outside the news desk.

Photographs are not altered beyond the cropping and colour correction a darkroom would do. Illustrations are labelled as illustrations.

We report on suicide, sexual violence and children with particular care: we do not name survivors or minors without consent, and we do not describe methods of self-harm.`,
  },
  corrections: {
    title: "Corrections policy",
    body: `When we get something wrong, we correct it on the story, as soon as we know, and say what we changed. We do not quietly edit mistakes away.

A correction fixes a fact that was wrong. A clarification adds context when a story was accurate but could be misread. An update adds news that happened after publication. Each is dated and shown in a box on the story, below the text.

Spelling and typing errors that do not change meaning are fixed without a note.

To report an error, write to corrections@example.com with the address of the story and what you believe is wrong. An editor who was not involved in the story reviews every request, and we reply within two working days.

We remove a story from the site only when keeping it would endanger someone or break the law. Its address then says so rather than pretending it never existed.`,
  },
  privacy: {
    title: "Privacy",
    body: `Reading this site does not require an account, and we set no cookies for readers. A cookie is set only when a member of staff signs in to the newsroom.

We count how many times each story is read. To do so the server turns your network address into a code that changes every day and cannot be turned back into the address; we keep the code and the story, nothing else. We run no advertising trackers and no third-party analytics.

If you remember a light or dark theme, that choice is kept in your own browser and never sent to us.

Share buttons are plain links: nothing is loaded from Facebook, X, WhatsApp or LinkedIn until you choose to share.

When you write to us, we use your message only to answer it and to report the story you told us about, and we do not pass your address on. To ask what we hold about you, write to privacy@example.com.`,
  },
};
