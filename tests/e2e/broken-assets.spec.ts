// A deployment with broken data: each case tampers with the data of its own copy of the built site.
// The page must say what is wrong, offer a reload, and render nothing from the broken data.
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { serveCopy, type StaticSite } from "./static-server.ts";

/** The files of the shard family `family` in a data folder (e.g. shards/names.title.0123…/). */
async function familyFiles(data: string, family: string): Promise<string[]> {
  const dir = (await readdir(join(data, "shards"))).find((d) => d.startsWith(`${family}.`));
  if (!dir) throw new Error(`no ${family} shards in ${data}`);
  return (await readdir(join(data, "shards", dir))).map((f) => join(data, "shards", dir, f));
}

interface Case {
  name: string;
  tamper: (data: string) => Promise<void>;
  /** What the message must say (the technical detail names the fault). */
  says: RegExp;
}

// The home page's search reads the title index's shards: each case breaks every one of them.
const CASES: Case[] = [
  {
    name: "shards whose bytes were changed",
    tamper: async (data) => {
      for (const file of await familyFiles(data, "names.title")) {
        const bytes = await readFile(file);
        bytes[bytes.length >> 1] ^= 0xff; // same size, other bytes
        await writeFile(file, bytes);
      }
    },
    says: /shard shards\/names\.title\.[0-9a-f]{12}\/\d+\.bin is corrupt/,
  },
  {
    name: "shards cut short",
    tamper: async (data) => {
      for (const file of await familyFiles(data, "names.title"))
        await writeFile(file, (await readFile(file)).subarray(0, 100));
    },
    says: /is corrupt/,
  },
  {
    name: "missing shards",
    tamper: async (data) => {
      for (const file of await familyFiles(data, "names.title")) await rm(file);
    },
    says: /names\.title\.[0-9a-f]+\/\d+\.bin.*404/,
  },
  {
    name: "a manifest of another schema version",
    tamper: async (data) => {
      const path = join(data, "manifest.json");
      const manifest = JSON.parse(await readFile(path, "utf8"));
      await writeFile(path, JSON.stringify({ ...manifest, schemaVersion: 999 }));
    },
    says: /schema version 999/,
  },
  {
    name: "a missing manifest",
    tamper: async (data) => rm(join(data, "manifest.json")),
    says: /manifest\.json.*404/,
  },
];

for (const { name, tamper, says } of CASES) {
  test.describe(`a site with ${name}`, () => {
    let site: StaticSite;
    test.beforeAll(async () => {
      site = await serveCopy("dist");
      await tamper(join(site.root, "data"));
    });
    test.afterAll(() => site?.close());

    test("says so, offers a reload and renders nothing from the data", async ({ page }) => {
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${site.url}/?q=Toy%20Story`);
      const alert = page.getByRole("alert");
      await expect(alert).toContainText(/No se pudieron cargar los datos/);
      await expect(alert).toContainText(says);
      // Nothing half-renders: no answer is drawn.
      await expect(page.getByTestId("recommendations")).toHaveCount(0);
      // (Loading placeholders hidden from assistive technology are not list items here.)
      await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(0);
      const reload = alert.getByRole("button", { name: "Recargar" });
      await expect(reload).toBeVisible();
      await Promise.all([page.waitForEvent("load"), reload.click()]);
      await expect(page.getByRole("alert")).toContainText(says);
      expect(errors).toEqual([]);
    });
  });
}
