// Hostile movies_metadata.csv files, one outcome each: what the build keeps, quarantines or refuses.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import { promisify } from "node:util";
import { describe, it } from "node:test";
import { buildData, type BuildResult } from "../../../build-data/build.ts";
import {
  METADATA_HEADER,
  csvLine,
  kaggleFolder,
  metadataCsv,
  metadataRow,
} from "../../fixtures/movies-metadata.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Buffer.concat(parts);

/** Builds the file's bytes; resolves with the result or the error the build refused it with. */
async function buildBytes(content: string | Uint8Array): Promise<BuildResult | Error> {
  const folder = await kaggleFolder(content, "filmoteca-hostile-");
  try {
    return await buildData({ source: "kaggle", input: folder.input, out: folder.out });
  } catch (error) {
    return error as Error;
  } finally {
    await rm(folder.dir, { recursive: true, force: true });
  }
}

const built = (outcome: BuildResult | Error): BuildResult => {
  if (outcome instanceof Error) throw outcome;
  return outcome;
};

const filmOf = (outcome: BuildResult | Error, id: number) =>
  built(outcome).cleaned.films.find((f) => f.id === id);

const TWO_FILMS = metadataCsv([metadataRow(1), metadataRow(2)]);
const HUGE = "x".repeat(1_000_000);

interface Case {
  name: string;
  content: () => string | Uint8Array;
  outcome: (result: BuildResult | Error) => void;
}

const CASES: Case[] = [
  {
    name: "keeps a film whose overview is 1 MB, overview whole",
    content: () => metadataCsv([metadataRow(1, { overview: HUGE }), metadataRow(2)]),
    outcome: (r) => {
      assert.equal(built(r).manifest.counts.kept, 2);
      assert.equal(filmOf(r, 1)!.overview!.length, 1_000_000);
    },
  },
  {
    name: "keeps NUL bytes inside a text field as text",
    content: () => metadataCsv([metadataRow(1, { title: "Toy\0Story" }), metadataRow(2)]),
    outcome: (r) => assert.equal(filmOf(r, 1)!.title, "Toy\0Story"),
  },
  {
    name: "quarantines a record whose id holds a NUL byte, naming the id",
    content: () => metadataCsv([metadataRow(1), metadataRow(2, { id: "2\0" })]),
    outcome: (r) => {
      assert.deepEqual(built(r).manifest.counts, {
        input: 2,
        kept: 1,
        duplicates: 0,
        quarantined: 1,
        dropped: 0,
      });
      assert.match(built(r).cleaned.quarantine[0].reason, /\bid\b/);
    },
  },
  {
    name: "reads invalid UTF-8 as U+FFFD and keeps the film",
    content: () => {
      const [head, tail] = metadataCsv([metadataRow(1, { title: "Caf@" }), metadataRow(2)]).split(
        "@",
      );
      return concat(encode(head), Uint8Array.of(0xc3, 0x28, 0xff), encode(tail));
    },
    outcome: (r) => assert.equal(filmOf(r, 1)!.title, "Caf\uFFFD(\uFFFD"),
  },
  {
    name: "ignores a UTF-8 byte-order mark: the first column is still `adult`",
    content: () => "\uFEFF" + TWO_FILMS,
    outcome: (r) => assert.equal(built(r).manifest.counts.kept, 2),
  },
  {
    name: "reads CRLF line ends like LF ones (no stray \\r in the last column)",
    content: () => TWO_FILMS.replaceAll("\n", "\r\n"),
    outcome: (r) => {
      assert.equal(built(r).manifest.counts.kept, 2);
      assert.equal(filmOf(r, 2)!.vote_count, 5415);
    },
  },
  {
    name: "refuses a file that lacks a column, naming the column",
    content: () =>
      [
        METADATA_HEADER.filter((c) => c !== "budget").join(","),
        csvLine(
          metadataRow(1),
          METADATA_HEADER.filter((c) => c !== "budget"),
        ),
      ].join("\n"),
    outcome: (r) => {
      assert.ok(r instanceof Error);
      assert.equal(r.name, "InputError");
      assert.match(r.message, /lacks the column\(s\)? budget/);
    },
  },
  {
    name: "ignores an extra column that every record has",
    content: () => {
      const header = [...METADATA_HEADER, "extra"];
      const row = (id: number) => ({ ...metadataRow(id), extra: "<script>alert(1)</script>" });
      return [header.join(","), csvLine(row(1) as never, header), csvLine(row(2) as never, header)]
        .join("\n")
        .concat("\n");
    },
    outcome: (r) => assert.equal(built(r).manifest.counts.kept, 2),
  },
  {
    name: "quarantines a record with one field too many, keeping the others",
    content: () => TWO_FILMS.replace(/\n$/, ",surplus\n"),
    outcome: (r) => {
      const { counts } = built(r).manifest;
      assert.equal(counts.kept, 1);
      assert.equal(counts.quarantined, 1);
      assert.match(built(r).cleaned.quarantine[0].reason, /column/);
      assert.equal(built(r).cleaned.quarantine[0].line, 3);
    },
  },
  {
    name: "refuses an empty file, saying it is empty",
    content: () => "",
    outcome: (r) => {
      assert.ok(r instanceof Error);
      assert.equal(r.name, "InputError");
      assert.match(r.message, /movies_metadata\.csv is empty/);
    },
  },
  {
    name: "builds an empty catalogue from a header-only file, counts all zero",
    content: () => METADATA_HEADER.join(",") + "\n",
    outcome: (r) =>
      assert.deepEqual(built(r).manifest.counts, {
        input: 0,
        kept: 0,
        duplicates: 0,
        quarantined: 0,
        dropped: 0,
      }),
  },
];

describe("buildData on hostile movies_metadata.csv files", () => {
  for (const c of CASES) it(c.name, async () => c.outcome(await buildBytes(c.content())));
});

describe("npm run data on an unusable file", () => {
  it("exits with code 2 and one line naming the missing column", async () => {
    const folder = await kaggleFolder(METADATA_HEADER.filter((c) => c !== "id").join(",") + "\n");
    try {
      const args = ["--import", "tsx", "build-data/cli.ts", "--source", "kaggle"];
      const run = promisify(execFile)(process.execPath, [
        ...args,
        "--input",
        folder.input,
        "--out",
        folder.out,
      ]);
      const error = await run.then(
        () => assert.fail("the build succeeded"),
        (e: { code: number; stderr: string }) => e,
      );
      assert.equal(error.code, 2);
      assert.match(error.stderr, /^filmoteca data: .*lacks the column\(s\)? id\b.*\n$/);
    } finally {
      await rm(folder.dir, { recursive: true, force: true });
    }
  });
});
