import { promethee2Method } from "./promethee2";
import { topsisMethod } from "./topsis";
import { wsmMethod } from "./wsm";

/** Every decision method, the one list of them: a new method is a module here and its tests. */
export const SCORING_METHOD_MODULES = [wsmMethod, topsisMethod, promethee2Method] as const;

export type MethodModule = (typeof SCORING_METHOD_MODULES)[number];
export type MethodId = MethodModule["id"];

export const METHOD_IDS = SCORING_METHOD_MODULES.map((m) => m.id) as [MethodId, ...MethodId[]];

/** The method /compare, its links and the exports start from. */
export const DEFAULT_METHOD: MethodId = METHOD_IDS[0];

/** The method whose contributions are weight x min-max normalised value, 0-1 a criterion: what category profiles read. */
export const PROFILE_METHOD: MethodId = wsmMethod.id;

export function methodOf(id: MethodId): MethodModule {
  return SCORING_METHOD_MODULES.find((m) => m.id === id)!;
}

/** The id of a method named by its id or its label (an imported sheet names it either way), or undefined. */
export function methodNamed(text: string | undefined): MethodId | undefined {
  return SCORING_METHOD_MODULES.find((m) => text === m.id || text === m.label)?.id;
}
