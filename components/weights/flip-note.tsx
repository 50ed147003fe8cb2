"use client";

import { useTranslations } from "next-intl";
import { Fragment } from "react";
import type { SliderFlipNote } from "@/lib/compare/describe-flips";

type Props = {
  note: SliderFlipNote;
  /** Who leads now. */
  leaderName: string;
  nameOf: (slug: string) => string;
};

const isolated = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;

/** What a slider can do to the lead, in the page's language: each side's change of leader, or none. */
export function FlipNote({ note, leaderName, nameOf }: Props) {
  const t = useTranslations("weights");
  if (note.kind === "none") return t.rich("flipNone", { leader: leaderName, name: isolated });
  return note.sides.map((side, i) => (
    <Fragment key={side.where}>
      {i > 0 && " "}
      {side.reachable
        ? t.rich("flipReachable", { where: side.where, at: side.at, leader: nameOf(side.leader), name: isolated })
        : t.rich("flipUnreachable", { where: side.far ? "far" : side.where, at: side.at, leader: nameOf(side.leader), name: isolated })}
    </Fragment>
  ));
}
