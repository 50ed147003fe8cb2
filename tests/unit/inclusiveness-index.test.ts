import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { inclusivenessIndex } from "@/lib/inclusiveness/inclusiveness-index";

const littoral = ["ir", "iq", "sa", "ae", "qa", "kw", "bh", "om"].map(
  (slug): Actor => ({ slug, name: slug, kind: "state", group: "gulf-littoral", worldPower: false }),
);
const powers = ["cn", "eu", "in", "ru", "us"].map(
  (slug): Actor => ({ slug, name: slug, kind: slug === "eu" ? "organisation" : "state", group: "extra-regional", worldPower: true }),
);
const others: Actor[] = [{ slug: "gb", name: "UK", kind: "state", group: "extra-regional", worldPower: false }];
const actors = [...littoral, ...powers, ...others];

describe("inclusivenessIndex", () => {
  it("counts leader, core and member as inside; observer only as engaged", () => {
    const index = inclusivenessIndex(
      [
        { actor: "ir", role: "leader" },
        { actor: "sa", role: "core" },
        { actor: "om", role: "member" },
        { actor: "iq", role: "observer" },
        { actor: "ru", role: "member" },
        { actor: "cn", role: "observer" },
        { actor: "us", role: "excluded" },
        { actor: "eu", role: "targeted" },
        { actor: "gb", role: "member" },
      ],
      actors,
    );
    expect(index.littoral).toEqual({ inside: 3, of: 8, share: 3 / 8 });
    expect(index.worldPowersInside).toEqual({ inside: 1, of: 5, share: 1 / 5 });
    expect(index.worldPowersEngaged).toEqual({ inside: 2, of: 5, share: 2 / 5 });
  });

  it("counts actors with no role as outside, and has no share when a group is empty", () => {
    expect(inclusivenessIndex([], actors).littoral).toEqual({ inside: 0, of: 8, share: 0 });
    expect(inclusivenessIndex([{ actor: "ir", role: "member" }], littoral).worldPowersInside).toEqual({ inside: 0, of: 0, share: null });
  });
});
