// A deployment with broken data: each case tampers with the data of its own copy of the built site.
// The page must say what is wrong, offer a reload, and render nothing from the data.
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { serveCopy, type StaticSite } from "./static-server.ts";

/** The file of the asset `name` in a data folder (e.g. films.0123456789ab.arrow). */
async function assetFile(data: string, name: string): Promise<string> {
  const file = (await readdir(data)).find((f) => f.startsWith(`${name}.`));
  if (!file) throw new Error(`no ${name} asset in ${data}`);
  return join(data, file);
}

interface Case {
  name: string;
  tamper: (data: string) => Promise<void>;
  /** What the message must say (the technical detail names the fault). */
  says: RegExp;
}

const CASES: Case[] = [
  {
    name: "an asset whose sha256 does not match the manifest",
    tamper: async (data) => {
      const file = await assetFile(data, "films");
      const bytes = await readFile(file);
      bytes[bytes.length >> 1] ^= 0xff; // same size, other bytes
      await writeFile(file, bytes);
    },
    says: /sha256/,
  },
  {
    name: "an asset cut short",
    tamper: async (data) => {
      const file = await assetFile(data, "vectors");
      await writeFile(file, (await readFile(file)).subarray(0, 100));
    },
    says: /100 bytes/,
  },
  {
    name: "a missing asset",
    tamper: async (data) => rm(await assetFile(data, "vectors")),
    says: /vectors\.[0-9a-f]+\.arrow.*404/,
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
      // Nothing half-renders: the search never becomes ready and no answer is drawn.
      await expect(page.locator("form[data-ready]")).toHaveCount(0);
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
