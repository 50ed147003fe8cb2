/** One cell of the comparison, "framework.criterion": the key of the maps and sets that mark cells (slugs hold neither "." nor "/"). */
export const cellKey = (framework: string, criterion: string) => `${framework}.${criterion}`;
