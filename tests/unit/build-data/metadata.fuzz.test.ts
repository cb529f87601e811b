// Property-based fuzzing of the movies_metadata.csv reader through buildData: 10,000 generated and
// mutated rows per run, 500 to a file so the whole suite takes seconds.
import assert from "node:assert/strict";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { buildData } from "../../../build-data/build.ts";
import {
  csvLine,
  kaggleFolder,
  metadataCsv,
  metadataRow,
  namedList,
  pyLiteral,
  type MetadataCells,
  type MetadataColumn,
} from "../../fixtures/movies-metadata.ts";

const ROWS_PER_FILE = 500;
const FILES = 10;

const text = (maxLength: number) => fc.string({ maxLength, unit: "grapheme" });
// Titles never blank: a blank title is dropped by a cleaning rule, which this oracle does not model.
const title = text(30).map((t) => `T ${t}`);
const date = fc
  .date({ min: new Date("1900-01-01"), max: new Date("2017-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Cells of a valid film: free text anywhere text is allowed, numbers and literals that are valid. */
const validCells = fc.record({
  title,
  original_title: text(30),
  overview: text(200),
  tagline: text(40),
  homepage: text(20),
  release_date: date,
  budget: fc.nat().map(String),
  revenue: fc.nat().map(String),
  runtime: fc.oneof(
    fc.constant(""),
    fc.integer({ min: 0, max: 900 }).map((n) => `${n}.0`),
  ),
  popularity: fc.double({ min: 0, max: 600, noNaN: true }).map(String),
  vote_average: fc.integer({ min: 0, max: 100 }).map((n) => String(n / 10)),
  vote_count: fc.nat({ max: 20000 }).map(String),
  genres: fc.array(text(15), { maxLength: 4 }).map((names) => namedList(names)),
  belongs_to_collection: fc.oneof(
    fc.constant(""),
    text(30).map((name) => pyLiteral({ id: 1, name, poster_path: null, backdrop_path: null })),
  ),
});

const NUMERIC: MetadataColumn[] = [
  "budget",
  "revenue",
  "runtime",
  "popularity",
  "vote_average",
  "vote_count",
];
const LITERAL: MetadataColumn[] = [
  "belongs_to_collection",
  "genres",
  "production_companies",
  "production_countries",
  "spoken_languages",
];

/** A defect that must send a row to quarantine, and the text its reason must contain. */
interface Defect {
  cells: Partial<MetadataCells>;
  /** Drop the last cell (-1) or add one (+1) to the record. */
  width?: -1 | 1;
  reason: RegExp;
}

const defect: fc.Arbitrary<Defect> = fc.oneof(
  fc
    .constantFrom("", "12a", "1.5", "-3", "x<script>", "1997-08-20", "0x10", "٣")
    .map((id) => ({ cells: { id }, reason: /\bid\b/ })),
  fc
    .record({
      column: fc.constantFrom(...NUMERIC),
      value: fc.constantFrom("abc", "1e400", "-5", "12,5", "NaN", "--1", "<b>"),
    })
    .map(({ column, value }) => ({ cells: { [column]: value }, reason: new RegExp(column) })),
  fc.constant({ cells: { vote_average: "11" }, reason: /vote_average/ }),
  fc
    .record({
      column: fc.constantFrom(...LITERAL),
      suffix: fc.constantFrom("]", "}", ",", " x", "'", "[", "<svg onload=alert(1)>"),
    })
    .map(({ column, suffix }) => ({
      cells: { [column]: namedList(["A"]) + suffix },
      reason: new RegExp(column),
    })),
  fc.constant({ cells: { belongs_to_collection: "[1, 2]" }, reason: /belongs_to_collection/ }),
  fc.constant({ cells: { genres: "{'id': 1, 'name': 'A'}" }, reason: /genres/ }),
  fc.constantFrom<Defect>(
    { cells: {}, width: -1, reason: /column/ },
    { cells: {}, width: 1, reason: /column/ },
  ),
);

/** A row: valid (maybe repeating an earlier id) or with exactly one defect. */
const rowSpec = fc.record({
  cells: validCells,
  defect: fc.option(defect, { freq: 3 }),
  repeat: fc.boolean(),
});

let workspace: Awaited<ReturnType<typeof kaggleFolder>>;
before(async () => (workspace = await kaggleFolder("", "filmoteca-fuzz-")));
after(() => rm(workspace.dir, { recursive: true, force: true }));

/** Writes the CSV text, builds it, and returns the build's result. */
async function build(csv: string) {
  await writeFile(join(workspace.input, "movies_metadata.csv"), csv);
  return buildData({ source: "kaggle", input: workspace.input, out: workspace.out });
}

describe("the movies_metadata.csv reader under fuzzing", () => {
  it(`quarantines every defective row with a reason naming its column (${FILES} files × ${ROWS_PER_FILE} generated rows)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowSpec, { minLength: ROWS_PER_FILE, maxLength: ROWS_PER_FILE }),
        async (specs) => {
          const lines: string[] = [];
          const expected = new Map<number, RegExp>(); // first line of a defective row → reason
          const seen: number[] = [];
          let line = 2;
          let kept = 0;
          let duplicates = 0;
          specs.forEach((spec, i) => {
            const repeat = spec.repeat && !spec.defect && seen.length > 0;
            const id = repeat ? seen[i % seen.length] : 1000 + i;
            const cells = metadataRow(id, { ...spec.cells, ...spec.defect?.cells });
            let out = csvLine(cells);
            if (spec.defect?.width === -1) out = out.slice(0, out.lastIndexOf(","));
            if (spec.defect?.width === 1) out += ",extra";
            if (spec.defect) expected.set(line, spec.defect.reason);
            else if (repeat) duplicates++;
            else (kept++, seen.push(id));
            lines.push(out);
            line += out.split("\n").length;
          });
          const csv = metadataCsv([]) + lines.join("\n") + "\n";
          const { manifest, cleaned } = await build(csv);
          assert.deepEqual(manifest.counts, {
            input: specs.length,
            kept,
            duplicates,
            quarantined: expected.size,
            dropped: 0,
          });
          for (const q of cleaned.quarantine) {
            const reason = expected.get(q.line);
            assert.ok(reason, `quarantined line ${q.line} held no defect (${q.reason})`);
            assert.match(q.reason, reason);
          }
        },
      ),
      { numRuns: FILES, endOnFailure: true },
    );
  });

  // Quotes included: a stray quote must cost its record (quarantined), never the whole file.
  it(`never throws and reconciles its counts over mutated files (${FILES} files × ${ROWS_PER_FILE} mutated rows)`, () =>
    mutatedFilesReconcile(['"', '""', ",", "\n", "\r\n", "\0", "'", "\\", "\uFEFF", "{", "]"]));
});

/** Mutates rows of valid films with the given insertions; the build must reconcile every record. */
async function mutatedFilesReconcile(inserts: string[]) {
  const edit = fc.record({
    at: fc.nat(),
    insert: fc.constantFrom(...inserts),
    remove: fc.nat({ max: 3 }),
  });
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(validCells, fc.array(edit, { maxLength: 3 })), {
        minLength: ROWS_PER_FILE,
        maxLength: ROWS_PER_FILE,
      }),
      async (rows) => {
        const lines = rows.map(([cells, edits], i) => {
          let out = csvLine(metadataRow(1000 + i, cells));
          for (const { at, insert, remove } of edits) {
            const k = at % (out.length + 1);
            out = out.slice(0, k) + insert + out.slice(k + remove);
          }
          return out;
        });
        const { manifest, cleaned } = await build(metadataCsv([]) + lines.join("\n") + "\n");
        const c = manifest.counts;
        assert.equal(c.input, c.kept + c.duplicates + c.quarantined + c.dropped);
        assert.ok(c.input >= 1 && c.kept <= ROWS_PER_FILE);
        for (const q of cleaned.quarantine) {
          assert.ok(q.reason.length > 0 && q.line >= 2, JSON.stringify(q));
        }
      },
    ),
    // Shrinking 500-row files takes minutes; the seed and path in the failure reproduce it.
    { numRuns: FILES, endOnFailure: true },
  );
}
