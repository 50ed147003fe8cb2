import { promethee2Method } from "./promethee2";
import { topsisMethod } from "./topsis";
import { wsmMethod } from "./wsm";

/** Every decision method, the one list of them: a new method is a module here and its tests. */
export const SCORING_METHOD_MODULES = [wsmMethod, topsisMethod, promethee2Method] as const;

export type MethodModule = (typeof SCORING_METHOD_MODULES)[number];
export type MethodId = MethodModule["id"];

export const METHOD_IDS = SCORING_METHOD_MODULES.map((m) => m.id) as [MethodId, ...MethodId[]];

export function methodOf(id: MethodId): MethodModule {
  return SCORING_METHOD_MODULES.find((m) => m.id === id)!;
}
