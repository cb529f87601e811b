import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { readCsv, requireFile } from "../../../build-data/sources/csv.ts";

let dir: string;
before(async () => (dir = await mkdtemp(join(tmpdir(), "filmoteca-csv-"))));
after(() => rm(dir, { recursive: true, force: true }));

async function records(text: string | Buffer, name = "f.csv") {
  const path = join(dir, name);
  await writeFile(path, text);
  const out = [];
  for await (const r of readCsv(path)) out.push(r);
  return out;
}

describe("readCsv(path)", () => {
  it("drops a UTF-8 byte order mark from the first column's name", async () => {
    const [header] = await records("\uFEFFid,title\n1,Toy Story\n");
    assert.deepEqual(header.fields, ["id", "title"]);
  });

  it("reads CRLF line endings without a trailing \\r in the last field", async () => {
    const rows = await records("movieId,tmdbId\r\n1,862\r\n2,8844\r\n");
    assert.deepEqual(
      rows.map((r) => r.fields),
      [
        ["movieId", "tmdbId"],
        ["1", "862"],
        ["2", "8844"],
      ],
    );
  });

  it("undoubles doubled quotes, as in a double-quoted name inside a literal", async () => {
    const [, row] = await records(`id,companies\n1,"[{'name': ""Loew's"", 'id': 1460}]"\n`);
    assert.equal(row.fields[1], `[{'name': "Loew's", 'id': 1460}]`);
  });

  it("keeps a multi-line quoted overview in one record and numbers the next record's line", async () => {
    const rows = await records(`id,overview,title\n1,"First line.\nSecond line.",A\n2,Plain,B\n`);
    assert.equal(rows[1].fields[1], "First line.\nSecond line.");
    assert.deepEqual(
      rows.map((r) => r.line),
      [1, 2, 4],
    );
    assert.equal(rows[1].raw, `1,"First line.\nSecond line.",A`);
  });

  it("counts blank lines in the line numbers of the records after them", async () => {
    const rows = await records("id\n1\n\n2\n");
    assert.deepEqual(
      rows.map((r) => [r.fields[0], r.line]),
      [
        ["id", 1],
        ["1", 2],
        ["2", 4],
      ],
    );
  });

  it("yields a record of another width as it is, for the caller to judge", async () => {
    const rows = await records("a,b,c\n1,2\n");
    assert.deepEqual(rows[1].fields, ["1", "2"]);
  });

  it("feeds every byte to the hash it is given", async () => {
    const text = "id\n1\n2\n";
    const path = join(dir, "h.csv");
    await writeFile(path, text);
    const hash = createHash("sha256");
    for await (const _ of readCsv(path, { hash }));
    assert.equal(hash.digest("hex"), createHash("sha256").update(text).digest("hex"));
  });
});

describe("requireFile(path, expected)", () => {
  it("names a missing file and what was expected", async () => {
    await assert.rejects(requireFile(join(dir, "none.csv"), "a CSV"), {
      name: "InputError",
      message: `${join(dir, "none.csv")} does not exist: expected a CSV`,
    });
  });

  it("refuses a folder where a file was expected", async () => {
    await assert.rejects(requireFile(dir, "a CSV"), {
      name: "InputError",
      message: `${dir} is not a file: expected a CSV`,
    });
  });
});

describe("readCsv(path) line numbers", () => {
  it("numbers records after CRLF blank lines and multi-line fields", async () => {
    const rows = await records(`id,o\r\n1,"a\r\nb"\r\n\r\n2,c\r\n`);
    assert.deepEqual(
      rows.map((r) => [r.fields[0], r.line]),
      [
        ["id", 1],
        ["1", 2],
        ["2", 5],
      ],
    );
  });
});
