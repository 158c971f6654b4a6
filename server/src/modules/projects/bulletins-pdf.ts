/**
 * The bulletin as PDF, drawn with pdfkit in Noto Sans CJK (the font is embedded as a subset, so any reader shows
 * the Chinese). The font comes from ZONEOS_CJK_FONT or Debian's fonts-noto-cjk; without it there is no PDF.
 */
import { existsSync } from "node:fs";
import { basename } from "node:path";
import PDFDocument from "pdfkit";
import type { Block, BulletinDocument, Column } from "./bulletins-document.js";

const DEFAULT_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

interface FontFace {
  path: string;
  /** The PostScript name of the face inside a collection (.ttc); fonts that are not collections need none. */
  family?: string;
}

/** A collection needs the face's PostScript name: NotoSansCJK-Regular.ttc holds NotoSansCJKsc-Regular. */
function face(path: string): FontFace {
  if (!/\.(ttc|otc)$/i.test(path)) return { path };
  const m = /^(Noto\w+CJK)-(\w+)\.(ttc|otc)$/i.exec(basename(path));
  return { path, family: m ? `${m[1]}sc-${m[2]}` : "NotoSansCJKsc-Regular" };
}

/** The configured CJK font and its bold sibling (the regular face again when there is none); null when missing. */
export function cjkFont(): { path: string; regular: FontFace; bold: FontFace } | null {
  const path = process.env.ZONEOS_CJK_FONT || DEFAULT_FONT;
  if (!existsSync(path)) return null;
  const boldPath = path.replace(/-Regular(\.\w+)$/, "-Bold$1");
  return { path, regular: face(path), bold: boldPath !== path && existsSync(boldPath) ? face(boldPath) : face(path) };
}

const MARGIN = { top: 72, bottom: 72, left: 66, right: 66 };
const SIZE = { title: 19, number: 12, heading: 13.5, body: 11.5, note: 9.5, table: 9 };
const PAD = 4;
const REGULAR = "cjk";
const BOLD = "cjkBold";

type Doc = InstanceType<typeof PDFDocument>;

const left = (doc: Doc) => doc.page.margins.left;
const textWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` more points fit on this one. */
function keepRoom(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function table(doc: Doc, columns: Column[], rows: string[][], totalRow: boolean) {
  const width = textWidth(doc);
  const sum = columns.reduce((a, c) => a + c.width, 0);
  const widths = columns.map((c) => (c.width / sum) * width);
  const heightOf = (cells: string[], font: string) => {
    doc.font(font).fontSize(SIZE.table);
    return Math.max(...cells.map((t, i) => doc.heightOfString(t, { width: (widths[i] ?? 0) - 2 * PAD }))) + 2 * PAD;
  };
  const draw = (cells: string[], style: "header" | "body" | "total") => {
    const font = style === "body" ? REGULAR : BOLD;
    const h = heightOf(cells, font);
    const y = doc.y;
    if (style === "header") doc.rect(left(doc), y, width, h).fill("#F2F2F2");
    let x = left(doc);
    cells.forEach((text, i) => {
      const w = widths[i] ?? 0;
      doc.rect(x, y, w, h).lineWidth(0.5).strokeColor("#000000").stroke();
      const inner = doc
        .font(font)
        .fontSize(SIZE.table)
        .heightOfString(text, { width: w - 2 * PAD });
      const align = style === "header" || (style === "total" && i === 0) ? "center" : (columns[i]?.align ?? "left");
      doc.fillColor("#000000").text(text, x + PAD, y + (h - inner) / 2, { width: w - 2 * PAD, align });
      x += w;
    });
    doc.x = left(doc);
    doc.y = y + h;
  };
  const header = columns.map((c) => c.title);
  keepRoom(doc, heightOf(header, BOLD) + heightOf(rows[0] ?? [], REGULAR));
  draw(header, "header");
  rows.forEach((row, n) => {
    const h = heightOf(row, REGULAR);
    // A row never splits; the header repeats on the next page.
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      draw(header, "header");
    }
    draw(row, totalRow && n === rows.length - 1 ? "total" : "body");
  });
  doc.moveDown(0.6);
}

function block(doc: Doc, b: Block, next: Block | undefined) {
  const width = textWidth(doc);
  switch (b.kind) {
    case "heading":
      keepRoom(doc, SIZE.heading * 6);
      doc.moveDown(0.4);
      doc
        .font(BOLD)
        .fontSize(SIZE.heading)
        .text(b.text, left(doc), doc.y, { width, indent: SIZE.body * 2 });
      doc.moveDown(0.3);
      return;
    case "subheading":
      keepRoom(doc, SIZE.body * 9);
      doc
        .font(BOLD)
        .fontSize(SIZE.body)
        .text(b.text, left(doc), doc.y, { width, indent: SIZE.body * 2 });
      doc.moveDown(0.3);
      return;
    case "paragraph": {
      const options = { width, indent: SIZE.body * 2, lineGap: SIZE.body * 0.55 };
      doc.font(REGULAR).fontSize(SIZE.body);
      // A lead-in ("…如下：") stays on the page of the table it introduces.
      if (next?.kind === "table") keepRoom(doc, doc.heightOfString(b.text, options) + SIZE.table * 7);
      doc.text(b.text, left(doc), doc.y, options);
      doc.moveDown(0.4);
      return;
    }
    case "note":
      doc.font(REGULAR).fontSize(SIZE.note).fillColor("#333333").text(b.text, left(doc), doc.y, { width, lineGap: 2 });
      doc.fillColor("#000000").moveDown(0.4);
      return;
    case "table":
      table(doc, b.columns, b.rows, b.totalRow ?? false);
  }
}

/** Renders the bulletin; null when the CJK font is missing (the caller keeps the Word version). */
export async function renderPdf(d: BulletinDocument): Promise<Buffer | null> {
  const font = cjkFont();
  if (!font) return null;
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    lang: "zh-CN",
    info: { Title: d.title, Author: d.issuer, Creator: "ZoneOS" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  doc.registerFont(REGULAR, font.regular.path, font.regular.family);
  doc.registerFont(BOLD, font.bold.path, font.bold.family);

  const width = textWidth(doc);
  doc.font(BOLD).fontSize(SIZE.title);
  for (const line of d.titleLines) doc.text(line, left(doc), doc.y, { width, align: "center", lineGap: 4 });
  doc.moveDown(0.6);
  doc.font(REGULAR).fontSize(SIZE.number).text(d.number, { width, align: "center" });
  const ruleY = doc.y + 6;
  doc
    .moveTo(left(doc), ruleY)
    .lineTo(left(doc) + width, ruleY)
    .lineWidth(1.5)
    .strokeColor("#C00000")
    .stroke();
  doc.strokeColor("#000000");
  doc.y = ruleY + 16;

  d.blocks.forEach((b, i) => {
    block(doc, b, d.blocks[i + 1]);
  });

  keepRoom(doc, SIZE.body * 6);
  doc.moveDown(1.5);
  doc.font(REGULAR).fontSize(SIZE.body);
  doc.text(d.issuer, left(doc), doc.y, { width, align: "right" });
  doc.text(d.dateLine, { width, align: "right" });

  // Page numbers in the bottom margin ("— 1 —"): lift the margin so pdfkit does not start a new page for them.
  const pages = doc.bufferedPageRange();
  for (let i = pages.start; i < pages.start + pages.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc
      .font(REGULAR)
      .fontSize(10)
      .text(`— ${i + 1} —`, 0, doc.page.height - 44, { width: doc.page.width, align: "center" });
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
