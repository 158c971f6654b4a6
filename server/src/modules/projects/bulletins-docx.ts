/**
 * The bulletin as Word (.docx), in the 党政机关公文 manner: A4 with the standard margins, 黑体 title and headings,
 * 仿宋 body in 三号 with 28-point lines, bordered tables in 五号, a red rule under the number, page numbers "— 1 —".
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  type IBorderOptions,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { Block, BulletinDocument, Column } from "./bulletins-document.js";

const latin = { ascii: "Times New Roman", hAnsi: "Times New Roman" };
const HEI = { ...latin, eastAsia: "黑体" };
const FANGSONG = { ...latin, eastAsia: "仿宋" };
const SONG = { ...latin, eastAsia: "宋体" };

/** A4 in twips, margins 37/35/28/26 mm (GB/T 9704). */
const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1587, right: 1474 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Half-points: title 小二 18pt (二号 would break a long zone name mid-word), body 三号 16pt, notes 小四, tables 五号. */
const SIZE = { title: 36, body: 32, note: 24, table: 21 };
const LINE = { line: 560, lineRule: LineRuleType.EXACT };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };
const rule: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

function run(text: string, font: typeof SONG, size: number, bold = false) {
  return new TextRun({ text, font, size, bold });
}

type CellStyle = "header" | "body" | "total";

function table(columns: Column[], rows: string[][], totalRow: boolean) {
  const sum = columns.reduce((a, c) => a + c.width, 0);
  const widths = columns.map((c) => Math.floor((c.width / sum) * TEXT_WIDTH));
  const cell = (text: string, i: number, style: CellStyle) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      shading: style === "header" ? { type: ShadingType.CLEAR, color: "auto", fill: "F2F2F2" } : undefined,
      children: [
        new Paragraph({
          alignment:
            style === "header" || (style === "total" && i === 0)
              ? AlignmentType.CENTER
              : ALIGN[columns[i]?.align ?? "left"],
          children: [run(text, style === "body" ? SONG : HEI, SIZE.table, style !== "body")],
        }),
      ],
    });
  const styleOf = (n: number): CellStyle => (totalRow && n === rows.length - 1 ? "total" : "body");
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c.title, i, "header")) }),
      ...rows.map((r, n) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, i, styleOf(n))) })),
    ],
  });
}

function block(b: Block, next: Block | undefined): (Paragraph | Table)[] {
  const body = { spacing: LINE, indent: { firstLine: 640 } };
  switch (b.kind) {
    // Headings, and a lead-in to a table, stay on the page of what follows them.
    case "heading":
      return [new Paragraph({ ...body, keepNext: true, children: [run(b.text, HEI, SIZE.body)] })];
    case "subheading":
      return [new Paragraph({ ...body, keepNext: true, children: [run(b.text, FANGSONG, SIZE.body, true)] })];
    case "paragraph":
      return [
        new Paragraph({ ...body, keepNext: next?.kind === "table", children: [run(b.text, FANGSONG, SIZE.body)] }),
      ];
    case "note":
      return [new Paragraph({ spacing: { before: 60, after: 60 }, children: [run(b.text, FANGSONG, SIZE.note)] })];
    case "table":
      // A small gap after each table keeps the next heading off its bottom border.
      return [table(b.columns, b.rows, b.totalRow ?? false), new Paragraph({ spacing: { after: 120 }, children: [] })];
  }
}

export async function renderDocx(d: BulletinDocument): Promise<Buffer> {
  const doc = new Document({
    title: d.title,
    creator: d.issuer,
    styles: { default: { document: { run: { font: FANGSONG, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: SONG, size: 28 })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [
              run(d.titleLines[0], HEI, SIZE.title, true),
              new TextRun({ break: 1, text: d.titleLines[1], font: HEI, size: SIZE.title, bold: true }),
            ],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 360 },
            border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: "C00000", space: 6 } },
            children: [run(d.number, FANGSONG, SIZE.body)],
          }),
          ...d.blocks.flatMap((b, i) => block(b, d.blocks[i + 1])),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { before: 480, ...LINE },
            children: [run(d.issuer, FANGSONG, SIZE.body)],
          }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: LINE,
            children: [run(d.dateLine, FANGSONG, SIZE.body)],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
