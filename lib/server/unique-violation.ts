/**
 * Whether a write failed on a unique key: two editors creating the same slug at once both pass
 * the "does it exist?" check, and the database refuses the second (Prisma's P2002).
 */
export const isUniqueViolation = (error: unknown): boolean => typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
