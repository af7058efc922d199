import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isCanonicalEmbed, parseEmbedUrl } from "./embed-url";

const yt = "dQw4w9WgXcQ";

describe("parseEmbedUrl: the allow-list", () => {
  it("knows each provider's usual addresses and stores one canonical form", () => {
    const cases: [string, string, string, string][] = [
      [
        `https://www.youtube.com/watch?v=${yt}&t=42s`,
        "youtube",
        `https://www.youtube.com/watch?v=${yt}`,
        `https://www.youtube-nocookie.com/embed/${yt}`,
      ],
      [
        `https://youtu.be/${yt}?si=abc`,
        "youtube",
        `https://www.youtube.com/watch?v=${yt}`,
        `https://www.youtube-nocookie.com/embed/${yt}`,
      ],
      [
        `https://m.youtube.com/shorts/${yt}`,
        "youtube",
        `https://www.youtube.com/watch?v=${yt}`,
        `https://www.youtube-nocookie.com/embed/${yt}`,
      ],
      [
        "https://www.facebook.com/DhakaMetroDesk/posts/pfbid02abcXYZ",
        "facebook",
        "https://www.facebook.com/DhakaMetroDesk/posts/pfbid02abcXYZ",
        "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2FDhakaMetroDesk%2Fposts%2Fpfbid02abcXYZ&show_text=true",
      ],
      [
        "https://m.facebook.com/DhakaMetroDesk/videos/1234567890/",
        "facebook",
        "https://www.facebook.com/DhakaMetroDesk/videos/1234567890",
        "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2FDhakaMetroDesk%2Fvideos%2F1234567890&show_text=true",
      ],
      [
        "https://www.facebook.com/watch/?v=987654321",
        "facebook",
        "https://www.facebook.com/watch/?v=987654321",
        "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D987654321&show_text=true",
      ],
      [
        "https://twitter.com/dhaka_desk/status/1790000000000000000?s=20",
        "x",
        "https://x.com/dhaka_desk/status/1790000000000000000",
        "https://platform.twitter.com/embed/Tweet.html?id=1790000000000000000&dnt=true",
      ],
      [
        "https://x.com/dhaka_desk/status/1790000000000000000/photo/1",
        "x",
        "https://x.com/dhaka_desk/status/1790000000000000000",
        "https://platform.twitter.com/embed/Tweet.html?id=1790000000000000000&dnt=true",
      ],
      [
        "https://www.instagram.com/p/C8aBcD12xyZ/?igsh=1",
        "instagram",
        "https://www.instagram.com/p/C8aBcD12xyZ/",
        "https://www.instagram.com/p/C8aBcD12xyZ/embed/",
      ],
      [
        "https://www.tiktok.com/@dhaka.desk/video/7312345678901234567?lang=en",
        "tiktok",
        "https://www.tiktok.com/@dhaka.desk/video/7312345678901234567",
        "https://www.tiktok.com/embed/v2/7312345678901234567",
      ],
      [
        "https://www.google.com/maps/place/Shaheed+Minar,+Dhaka/@23.7271,90.3969,17z",
        "maps",
        "https://www.google.com/maps?q=Shaheed+Minar%2C+Dhaka&z=17",
        "https://www.google.com/maps?q=Shaheed+Minar%2C+Dhaka&z=17&output=embed",
      ],
      [
        "https://www.google.com/maps/@23.8103,90.4125,14z",
        "maps",
        "https://www.google.com/maps?q=23.8103%2C90.4125&z=14",
        "https://www.google.com/maps?q=23.8103%2C90.4125&z=14&output=embed",
      ],
      [
        "https://maps.google.com/?q=Kamalapur+station",
        "maps",
        "https://www.google.com/maps?q=Kamalapur+station",
        "https://www.google.com/maps?q=Kamalapur+station&output=embed",
      ],
    ];
    for (const [input, provider, url, frameSrc] of cases) {
      const embed = parseEmbedUrl(input);
      assert.ok(embed, input);
      assert.deepEqual([embed.provider, embed.url, embed.frameSrc], [provider, url, frameSrc], input);
      // The canonical form parses to itself, which is what a save checks.
      assert.equal(parseEmbedUrl(embed.url)?.url, embed.url, input);
      assert.ok(isCanonicalEmbed(provider, url), input);
    }
  });

  it("refuses lookalike hosts, odd ports, credentials and other schemes", () => {
    for (const input of [
      `https://youtube.com.evil.example/watch?v=${yt}`,
      `https://evilyoutube.com/watch?v=${yt}`,
      `https://www.youtube.com.evil.example/embed/${yt}`,
      `https://www.youtube.com@evil.example/watch?v=${yt}`,
      `https://user:pw@www.youtube.com/watch?v=${yt}`,
      `https://www.youtube.com:8443/watch?v=${yt}`,
      `javascript://www.youtube.com/watch?v=${yt}`,
      `ftp://www.youtube.com/watch?v=${yt}`,
      `https://www.youtube.com/watch?v=${yt}"><script>`,
      "https://www.youtube.com/watch?v=short",
      "https://x.com.evil.example/a/status/1",
      "https://notfacebook.com/page/posts/1",
      "https://facebook.com.evil.example/page/videos/1",
      "https://fb.watch/abc123/",
      "https://www.instagram.com/dhaka_desk/",
      "https://instagram.com.evil.example/p/C8aBcD12xyZ/",
      "https://vm.tiktok.com/ZMabc/",
      "https://maps.app.goo.gl/abc",
      "https://www.google.com/search?q=dhaka",
      "https://www.google.com.evil.example/maps?q=x",
      "https://example.org/video.mp4",
      "not a url",
      "",
    ]) {
      assert.equal(parseEmbedUrl(input), null, input);
    }
  });

  it("a save accepts only the canonical address with its own provider", () => {
    assert.equal(isCanonicalEmbed("youtube", `https://youtu.be/${yt}`), false);
    assert.equal(isCanonicalEmbed("x", `https://www.youtube.com/watch?v=${yt}`), false);
    assert.equal(isCanonicalEmbed("youtube", `https://www.youtube.com/watch?v=${yt}`), true);
    assert.equal(isCanonicalEmbed("vimeo", "https://vimeo.com/1"), false);
    assert.equal(isCanonicalEmbed(null, null), false);
  });
});
