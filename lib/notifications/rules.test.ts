import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { emailText, summary } from "./messages";
import { MAX_ATTEMPTS, retryDelayMs } from "./outbox";
import {
  excerpt,
  mentionedHandles,
  recipientsFor,
  unreachedHandles,
  type Facts,
  type NotifyingAction,
  type Person,
} from "./rules";
import { sign, verify } from "./webhook-call";

const people: Person[] = [
  { id: "rumana", role: "reporter", active: true },
  { id: "kamal", role: "reporter", active: true },
  { id: "emdad", role: "editor", active: true },
  { id: "nasrin", role: "editor", active: true },
  { id: "admin", role: "admin", active: true },
  { id: "gone", role: "editor", active: false },
  { id: "sportdesk", role: "section_editor", active: true, sectionIds: ["sport"] },
  { id: "citydesk", role: "section_editor", active: true, sectionIds: ["city"] },
  { id: "copydesk", role: "copy_editor", active: true },
];

function facts(over: Partial<Facts> = {}): Facts {
  return {
    actorId: "emdad",
    story: { status: "in_review", createdById: "rumana", firstPublishedAt: null, sectionId: null },
    people: new Map(people.map((p) => [p.id, p])),
    noteAuthorIds: [],
    mentionedIds: [],
    schedulerId: null,
    ...over,
  };
}

const who = (action: NotifyingAction, f: Facts) =>
  recipientsFor(action, f)
    .map((r) => `${r.userId}:${r.kind}`)
    .sort();

// The table: each event, who did it, and exactly who is told what.
const TABLE: [string, NotifyingAction, Partial<Facts>, string[]][] = [
  [
    "a reporter submits to City: every active editor and admin, the copy desk, City's section editor only",
    "story.submit",
    {
      actorId: "rumana",
      story: { status: "in_review", createdById: "rumana", firstPublishedAt: null, sectionId: "city" },
    },
    ["admin:submitted", "citydesk:submitted", "copydesk:submitted", "emdad:submitted", "nasrin:submitted"],
  ],
  [
    "an editor submits her own story: the other editors, not herself",
    "story.submit",
    { actorId: "emdad", story: { status: "in_review", createdById: "emdad", firstPublishedAt: null, sectionId: null } },
    ["admin:submitted", "copydesk:submitted", "nasrin:submitted"],
  ],
  ["an editor sends back: the reporter who wrote it", "story.sendBack", {}, ["rumana:sent_back"]],
  [
    "a send-back's note @mentions the copy desk: they are told too, the reporter once as sent back",
    "story.sendBack",
    { mentionedIds: ["copydesk", "rumana"] },
    ["copydesk:mentioned", "rumana:sent_back"],
  ],
  [
    "whoever acts is never told of it: an editor sending back her own story",
    "story.sendBack",
    { story: { status: "in_review", createdById: "emdad", firstPublishedAt: null, sectionId: null } },
    [],
  ],
  ["an editor publishes: the reporter", "story.publish", {}, ["rumana:published"]],
  [
    "an editor publishes her own story: nobody",
    "story.publish",
    { story: { status: "published", createdById: "emdad", firstPublishedAt: null, sectionId: null } },
    [],
  ],
  [
    "the scheduler publishes: the reporter and the editor who scheduled it",
    "story.publish",
    { actorId: null, schedulerId: "nasrin" },
    ["nasrin:published_on_schedule", "rumana:published_on_schedule"],
  ],
  [
    "an editor corrects a live story: the reporter who wrote it",
    "story.correct",
    { story: { status: "published", createdById: "rumana", firstPublishedAt: new Date(), sectionId: null } },
    ["rumana:corrected"],
  ],
  [
    "an editor takes a story down (or a timer she set does): the reporter",
    "story.unpublish",
    { story: { status: "unpublished", createdById: "rumana", firstPublishedAt: new Date(), sectionId: null } },
    ["rumana:unpublished"],
  ],
  [
    "an editor corrects her own story: nobody",
    "story.correct",
    { story: { status: "published", createdById: "emdad", firstPublishedAt: new Date(), sectionId: null } },
    [],
  ],
  [
    "a note: the reporter and everyone who wrote in the thread, not the writer",
    "story.noted",
    { actorId: "emdad", noteAuthorIds: ["emdad", "nasrin"] },
    ["nasrin:noted", "rumana:noted"],
  ],
  [
    "a mention outranks being in the thread (one notification each)",
    "story.noted",
    { actorId: "emdad", noteAuthorIds: ["nasrin"], mentionedIds: ["nasrin", "admin"] },
    ["admin:mentioned", "nasrin:mentioned", "rumana:noted"],
  ],
  [
    "a reporter mentioned on another reporter's draft may not open it: not told",
    "story.noted",
    { actorId: "emdad", mentionedIds: ["kamal"] },
    ["rumana:noted"],
  ],
  [
    "a deactivated editor is never told",
    "story.noted",
    { actorId: "rumana", mentionedIds: ["gone", "emdad"] },
    ["emdad:mentioned"],
  ],
];

describe("who is told", () => {
  for (const [name, action, over, expected] of TABLE)
    it(name, () => assert.deepEqual(who(action, facts(over)), expected.sort()));
});

describe("mentions", () => {
  it("finds handles at word starts, once each, without the sentence's full stop", () => {
    assert.deepEqual(mentionedHandles("@Nasrin can you check the fares? cc @emdad. @nasrin again"), [
      "nasrin",
      "emdad",
    ]);
  });
  it("ignores email addresses and handles inside words", () => {
    assert.deepEqual(mentionedHandles("mail desk@example.com or foo@bar, not a@b"), []);
  });
  it("names the handles that told no one: unknown, skipped by the rules, but not the writer", () => {
    const named = [
      { id: "nasrin", email: "nasrin@example.com" },
      { id: "kamal", email: "kamal@example.com" },
      { id: "emdad", email: "Emdad@example.com" },
    ];
    assert.deepEqual(unreachedHandles(["nasrin", "kamal", "emdad", "nusrat"], named, ["nasrin"], "emdad"), [
      "kamal",
      "nusrat",
    ]);
    assert.deepEqual(unreachedHandles([], named, [], null), []);
  });
  it("finds a handle after Bengali text", () => {
    assert.deepEqual(mentionedHandles("ভাড়ার তালিকা দেখুন @rimi"), ["rimi"]);
  });
});

describe("the words", () => {
  it("says who did what to which story, and quotes the note in the email", () => {
    const input = {
      kind: "sent_back" as const,
      headline: "Metro fares rise",
      actorName: "Emdad Editor",
      excerpt: "Add the\nfares.",
    };
    assert.equal(summary(input), "Emdad Editor sent back “Metro fares rise”");
    const mail = emailText(input, "https://desk.example/dashboard/stories/1");
    assert.equal(mail.subject, "Emdad Editor sent back “Metro fares rise”");
    assert.match(mail.text, /> Add the\n> fares\./);
    assert.match(mail.text, /Open the story: https:\/\/desk\.example\/dashboard\/stories\/1/);
  });
  it("tells the reporter of a correction and of a takedown, with who made it", () => {
    const base = { headline: "Metro fares rise", actorName: "Emdad Editor", excerpt: null };
    assert.equal(summary({ ...base, kind: "corrected" }), "Emdad Editor added a correction to “Metro fares rise”");
    assert.equal(summary({ ...base, kind: "unpublished" }), "Emdad Editor took down “Metro fares rise”");
  });
  it("names an untitled story and the scheduler", () => {
    assert.equal(
      summary({ kind: "published_on_schedule", headline: " ", actorName: null, excerpt: null }),
      "“Untitled story” went live on schedule",
    );
  });
  it("shortens long notes on a word-ish boundary with an ellipsis", () => {
    const long = "word ".repeat(100);
    const short = excerpt(long, 50);
    assert.equal(short.length, 50);
    assert.ok(short.endsWith("…"));
  });
});

describe("webhook signatures", () => {
  const body = JSON.stringify({ event: "published" });
  const now = Date.UTC(2026, 11, 2, 10, 0, 0);
  it("verifies with the same secret and body, and not otherwise", () => {
    const header = sign("whsec_a", body, now);
    assert.match(header, /^t=\d+,v1=[0-9a-f]{64}$/);
    assert.equal(verify("whsec_a", body, header, now), true);
    assert.equal(verify("whsec_b", body, header, now), false);
    assert.equal(verify("whsec_a", body.replace("published", "submitted"), header, now), false);
  });
  it("refuses a replay older than the tolerance", () => {
    assert.equal(verify("whsec_a", body, sign("whsec_a", body, now), now + 301_000), false);
  });
});

describe("retries", () => {
  it("wait as graphile-worker does: e^attempts seconds, growing to e^10", () => {
    assert.equal(retryDelayMs(1), 2_718);
    assert.equal(retryDelayMs(2), 7_389);
    assert.equal(retryDelayMs(10), retryDelayMs(20), "capped");
    // All attempts together span more than an hour: a receiver down for lunch still gets the event.
    const total = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => retryDelayMs(i + 1)).reduce((a, b) => a + b, 0);
    assert.ok(total > 60 * 60_000, `${total} ms`);
  });
});
