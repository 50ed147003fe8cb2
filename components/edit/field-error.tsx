import type { FieldErrors, FieldValues } from "react-hook-form";

/** The message of a form field's error (nested paths such as "scale.max" too), beside its field. */
export function FieldError<T extends FieldValues>({ errors, name }: { errors: FieldErrors<T>; name: string }) {
  const message = name.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors) as
    | { message?: string; root?: { message?: string } }
    | undefined;
  const text = message?.message ?? message?.root?.message;
  return text ? (
    <p className="field-error" id={`${name.replace(/\./g, "-")}-error`}>
      {text}
    </p>
  ) : null;
}
