import { z } from "zod";
import { coded } from "./issue-codes";

const USER_ROLES = ["reader", "editor", "admin"] as const;
export const userRoleSchema = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof userRoleSchema>;
/** Roles that may change data. */
export const WRITER_ROLES: readonly UserRole[] = ["editor", "admin"];

export const emailSchema = z.string().trim().toLowerCase().email(coded("notEmail", "must be an e-mail address")).max(200);
export const passwordSchema = z.string().min(12, "must be at least 12 characters").max(200, "must be at most 200 characters");

export const credentialsSchema = z.object({ email: emailSchema, password: z.string().min(1, coded("required", "is required")).max(200) }).strict();

export const newUserSchema = z.object({ email: emailSchema, name: z.string().trim().min(1).max(120), role: userRoleSchema, password: passwordSchema }).strict();
export type NewUser = z.infer<typeof newUserSchema>;
