import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { matchPeople, personLabel, type Assignable } from "./people";

// Two staff share a name (issue 19, item 18: an assignment and its email went to the copy desk).
const people: Assignable[] = [
  { id: "1", name: "Nusrat Jahan", email: "nusrat.jahan@dateline.example", role: "reporter" },
  { id: "2", name: "Nusrat Jahan", email: "n.jahan.copy@dateline.example", role: "copy_editor" },
  { id: "3", name: "Tanvir Ahmed", email: "tanvir@dateline.example", role: "section_editor" },
];

describe("personLabel", () => {
  it("tells two people with one name apart by role and email", () => {
    const [a, b] = people.map(personLabel);
    assert.notEqual(a, b);
    assert.equal(a, "Nusrat Jahan — Reporter — nusrat.jahan@dateline.example");
    assert.match(b!, /Copy editor/);
    assert.match(b!, /n\.jahan\.copy@dateline\.example/);
  });
});

describe("matchPeople", () => {
  it("finds by email, by name, by role, and by words in any order", () => {
    assert.deepEqual(
      matchPeople(people, "n.jahan.copy").map((p) => p.id),
      ["2"],
    );
    assert.deepEqual(
      matchPeople(people, "nusrat").map((p) => p.id),
      ["1", "2"],
    );
    assert.deepEqual(
      matchPeople(people, "jahan reporter").map((p) => p.id),
      ["1"],
    );
    assert.deepEqual(
      matchPeople(people, "  TANVIR ").map((p) => p.id),
      ["3"],
    );
    assert.deepEqual(matchPeople(people, "nobody@else").length, 0);
    assert.equal(matchPeople(people, "").length, 3);
  });
});
