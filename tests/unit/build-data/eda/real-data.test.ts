// The EDA report on the real Movies Dataset files: every section the EDA page draws is present
// (at least 12 charts), and the counts agree with one another.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { buildData } from "../../../../build-data/build.ts";
import type { EdaReport } from "../../../../src/eda/eda-types.ts";
import { releaseCounts } from "../../../../src/lib/queries/dates.ts";
import { hasSharedData, SHARED_DATA } from "../../../../scripts/lib/shared-data.ts";
import { catalogFromIPC } from "../../../../src/lib/codecs/films.ts";

const skip = hasSharedData()
  ? false
  : `no real data at ${SHARED_DATA}: set FILMOTECA_SHARED_DATA to The Movies Dataset folder`;

describe("edaReport on the real Movies Dataset", { skip }, () => {
  let report: EdaReport;
  let kept: number;
  let dir: string;
  let query: { months: Int32Array; weekdays: Int32Array };
  // The whole build, as the site gets it: eda.json is read back through the manifest.
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "filmoteca-eda-"));
    const { manifest } = await buildData({ source: "kaggle", input: SHARED_DATA, out: dir });
    kept = manifest.counts.kept;
    const file = manifest.assets.eda?.file;
    assert.ok(file, "the build wrote no eda asset");
    report = JSON.parse(await readFile(join(dir, file), "utf8")) as EdaReport;
    const films = await readFile(join(dir, manifest.assets.films!.file));
    query = releaseCounts(catalogFromIPC(new Uint8Array(films)));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("has every section the page charts: 13 charts, none empty", () => {
    const sections = {
      votes: report.votes?.histogram,
      years: report.years,
      popular: report.popular,
      genres: report.genres,
      correlation: report.correlation.top,
      revenueBudget: report.revenueBudget,
      returns: report.returns.histogram,
      runtime: report.runtime?.histogram,
      languages: report.languages,
      countries: report.countries,
    };
    for (const [name, rows] of Object.entries(sections)) {
      assert.ok(rows && rows.length > 0, `${name} is empty`);
    }
    assert.equal(report.popular!.length, 15);
    assert.ok(report.genres!.length >= 10);
  });

  it("accounts for every kept film by month, weekday and year", () => {
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    assert.equal(report.rows, kept);
    assert.equal(sum(report.months), kept);
    assert.equal(sum(report.weekdays), kept);
    assert.equal(sum(report.years.map((y) => y.films)), kept);
  });

  it("gives the same counts per month and weekday as peliculas_mes and peliculas_dia", () => {
    assert.deepEqual(report.months, [...query.months]);
    assert.deepEqual(report.weekdays, [...query.weekdays]);
  });

  it("shows the films without votes in the spike at 0", () => {
    assert.ok(report.votes!.noVotes > 0);
    assert.ok(report.votes!.histogram[0].count >= report.votes!.noVotes);
  });

  it("states the latest release date against the collection date", () => {
    assert.equal(report.dates.collected, "2017-07-31");
    assert.match(report.dates.latest, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(report.dates.afterCollection > 0, report.dates.latest > "2017-07-31");
  });
});
