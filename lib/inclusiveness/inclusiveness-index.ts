import type { Actor } from "../domain/actor";
import type { Participant } from "../domain/framework";
import { ENGAGED_ROLES, INSIDE_ROLES, type Role } from "../domain/vocabulary";

export type Share = { inside: number; of: number; share: number | null };

export type InclusivenessIndex = {
  /** Littoral states that are leader, core or member, over the eight littoral states. */
  littoral: Share;
  /** World powers that are leader, core or member, over all world powers. */
  worldPowersInside: Share;
  /** World powers inside, observing or mediating, over all world powers. */
  worldPowersEngaged: Share;
};

function share(inside: number, of: number): Share {
  return { inside, of, share: of === 0 ? null : inside / of };
}

/**
 * Inclusiveness derived from roles, never typed in (DOMAIN.md): the share of the littoral
 * states inside a framework, beside the share of the world powers inside it and inside or
 * observing it. An actor with no role counts as outside.
 */
export function inclusivenessIndex(participants: readonly Pick<Participant, "actor" | "role">[], actors: readonly Actor[]): InclusivenessIndex {
  const roleOf = new Map<string, Role>(participants.map((p) => [p.actor, p.role]));
  const count = (group: readonly Actor[], roles: readonly Role[]) =>
    group.filter((a) => {
      const role = roleOf.get(a.slug);
      return role !== undefined && roles.includes(role);
    }).length;
  const littoral = actors.filter((a) => a.group === "gulf-littoral");
  const powers = actors.filter((a) => a.worldPower);
  return {
    littoral: share(count(littoral, INSIDE_ROLES), littoral.length),
    worldPowersInside: share(count(powers, INSIDE_ROLES), powers.length),
    worldPowersEngaged: share(count(powers, ENGAGED_ROLES), powers.length),
  };
}
