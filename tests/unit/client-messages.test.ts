import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { clientMessages, SERVER_ONLY_NAMESPACES } from "@/lib/i18n/load-messages";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe("the messages a page sends to the browser", () => {
  it("leave out the server's own namespaces and keep every other", () => {
    const sent = clientMessages(en);
    for (const namespace of SERVER_ONLY_NAMESPACES) {
      expect(en).toHaveProperty(namespace);
      expect(sent).not.toHaveProperty(namespace);
    }
    expect(Object.keys(sent)).toEqual(Object.keys(en).filter((k) => !(SERVER_ONLY_NAMESPACES as readonly string[]).includes(k)));
  });

  it("are all a component can ask for: none reads a server-only namespace", () => {
    const readers = sourceFiles("components").filter((file) => {
      const text = fs.readFileSync(file, "utf8");
      return SERVER_ONLY_NAMESPACES.some((namespace) => text.includes(`"${namespace}`));
    });
    expect(readers).toEqual([]);
  });
});
