import { readFile, writeFile } from "node:fs/promises";
import { createClient } from "@libsql/client";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { expectAccessible } from "./a11y";
import { StudyPage } from "./pages/study-page";

/** The "Your data" section of /settings. */
class YourDataSection {
  readonly root: Locator;
  readonly file: Locator;
  readonly submit: Locator;
  readonly result: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId("your-data");
    this.file = page.getByLabel("Import a backup");
    this.submit = page.getByTestId("import-submit");
    this.result = page.getByTestId("import-result");
    this.error = page.getByTestId("import-error");
  }

  async goto() {
    await this.page.goto("/settings");
    await expect(this.root).toBeVisible();
    // The settings form shows once there is a session: the downloads need its cookie.
    await expect(this.page.getByLabel("New cards per day")).toBeVisible();
  }

  /** Clicks one export link and returns the downloaded file's name and bytes. */
  async download(testId: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.root.getByTestId(testId).click()]);
    const file = await download.path();
    return { name: download.suggestedFilename(), bytes: await readFile(file) };
  }

  async importFile(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.file.setInputFiles(file);
    await this.submit.click();
  }
}

async function reviewedToday(page: Page) {
  await page.goto("/");
  return page.getByTestId("reviewed-today");
}

test("a learner downloads every export and a second guest imports the backup", async ({ page, browser }) => {
  // Four downloads, two imports and three accessibility scans: more than the default 30 s on a loaded 2-core machine.
  test.slow();
  const study = new StudyPage(page);
  await study.goto();
  await study.answerWithKeyboard();
  await study.answerWithKeyboard();
  await expect(study.reviewed).toHaveText("2 reviewed");
  await expect(await reviewedToday(page)).toHaveText("2");

  const data = new YourDataSection(page);
  await data.goto();
  await expectAccessible(page);

  const reviewsCsv = await data.download("export-reviews-csv");
  expect(reviewsCsv.name).toMatch(/^factdeck-reviews-\d{4}-\d{2}-\d{2}\.csv$/);
  const reviewLines = reviewsCsv.bytes.toString("utf8").trimEnd().split("\r\n");
  expect(reviewLines[0]).toMatch(/^review_id,reviewed_at,question_id,/);
  expect(reviewLines).toHaveLength(3);

  const cardsCsv = await data.download("export-cards-csv");
  expect(cardsCsv.name).toMatch(/^factdeck-cards-.*\.csv$/);
  expect(cardsCsv.bytes.toString("utf8")).toMatch(/^question_id,question_type,article_id,/);

  const apkg = await data.download("export-apkg");
  expect(apkg.name).toMatch(/^factdeck-.*\.apkg$/);
  const zip = unzipSync(new Uint8Array(apkg.bytes));
  expect(strFromU8(zip.media!)).toBe("{}");
  // Files go to the test's own output folder, which Playwright clears.
  const anki = test.info().outputPath("collection.anki2");
  await writeFile(anki, zip["collection.anki2"]!);
  const collection = createClient({ url: `file:${anki}` });
  try {
    expect((await collection.execute("select count(*) as n from revlog")).rows[0]?.n).toBe(2);
    expect(Number((await collection.execute("select count(*) as n from notes")).rows[0]?.n)).toBeGreaterThan(10);
    // The shipped articles' cloze questions are Anki Cloze notes ({{c1::…}}) of the cloze note type.
    const cloze = (await collection.execute("select flds from notes where flds like '%{{c1::%'")).rows;
    expect(cloze.length).toBeGreaterThan(0);
    const models = JSON.parse(String((await collection.execute("select models from col")).rows[0]?.models)) as Record<string, { type: number }>;
    expect(
      Object.values(models)
        .map((m) => m.type)
        .sort(),
    ).toEqual([0, 1]);
  } finally {
    collection.close();
  }

  const backup = await data.download("export-json");
  expect(backup.name).toMatch(/^factdeck-backup-.*\.json$/);
  const parsed = JSON.parse(backup.bytes.toString("utf8")) as { format: string; reviews: unknown[]; cards: unknown[] };
  expect(parsed.format).toBe("factdeck-backup");
  expect(parsed.reviews).toHaveLength(2);
  const backupFile = test.info().outputPath("factdeck-backup.json");
  await writeFile(backupFile, backup.bytes);

  // A second guest, in a browser of their own.
  const other = await browser.newContext();
  const page2 = await other.newPage();
  const theirs = new YourDataSection(page2);
  await theirs.goto();
  await expect(await reviewedToday(page2)).toHaveText("0");

  // A bad file is refused with a message, and changes nothing.
  await theirs.goto();
  await theirs.importFile({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"format":"something-else"}') });
  await expect(theirs.error).toContainText("not a valid Factdeck backup");
  await expect(theirs.file).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page2);

  await theirs.importFile(backupFile);
  await expect(theirs.result).toHaveText(`Imported 2 reviews, ${parsed.cards.length} card${parsed.cards.length === 1 ? "" : "s"} and 0 articles.`);
  await expect(theirs.error).toHaveCount(0);
  await expectAccessible(page2);

  // The same backup again: nothing new.
  await theirs.importFile(backupFile);
  await expect(theirs.result).toHaveText("Nothing new: everything in this backup is already here.");

  await expect(await reviewedToday(page2)).toHaveText("2");
  await other.close();
});

test("the your-data section fits a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const data = new YourDataSection(page);
  await data.goto();
  const box = await data.root.boundingBox();
  expect(box?.width ?? 0).toBeLessThanOrEqual(375);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
