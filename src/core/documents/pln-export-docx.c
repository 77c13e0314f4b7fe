/* pln-export-docx.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-export-docx"

#include "config.h"

#include "pln-export-private.h"

/* DOCX (Office Open XML WordprocessingML), to be edited: styles for the
 * title and headings, items as paragraphs with a hanging indent and a tab
 * after the label, tables with a grid, right-to-left paragraphs marked. */

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
#define R_NS "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define XML_HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

static void
run (GString      *out,
     const char   *text,
     PlnTextStyle  style,
     gboolean      rtl)
{
  g_string_append (out, "<w:r>");
  if (style & (PLN_TEXT_BOLD | PLN_TEXT_ITALIC | PLN_TEXT_SMALL) || rtl)
    {
      g_string_append (out, "<w:rPr>");
      if (style & PLN_TEXT_BOLD)
        g_string_append (out, "<w:b/>");
      if (style & PLN_TEXT_ITALIC)
        g_string_append (out, "<w:i/>");
      if (rtl)
        g_string_append (out, "<w:rtl/>");
      if (style & PLN_TEXT_SMALL)
        g_string_append (out, "<w:sz w:val=\"18\"/>");
      g_string_append (out, "</w:rPr>");
    }

  /* Line breaks inside a block become w:br. */
  {
    g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      {
        if (i > 0)
          g_string_append (out, "<w:br/>");
        g_string_append (out, "<w:t xml:space=\"preserve\">");
        pln_xml_append_escaped (out, lines[i]);
        g_string_append (out, "</w:t>");
      }
  }
  g_string_append (out, "</w:r>");
}

/* The footnotes part, written along with the document: each note's
 * paragraph starts with its mark (w:footnoteRef). */
static void
footnote (GString       *footnotes,
          const PlnNote *note)
{
  gboolean rtl = pln_text_is_rtl (note->text);

  g_string_append_printf (footnotes, "<w:footnote w:id=\"%u\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/>%s</w:pPr>"
                                     "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>"
                                     "<w:r><w:tab/></w:r>",
                          note->number, rtl ? "<w:bidi/>" : "");
  run (footnotes, note->text, PLN_TEXT_PLAIN, rtl);
  g_string_append (footnotes, "</w:p></w:footnote>");
}

/* The runs of @text (a block's, or a table cell's at @row and @column):
 * its spans in their style, a reference at each footnote's mark. */
static void
runs (GString        *out,
      GString        *footnotes,
      const PlnBlock *block,
      guint           row,
      guint           column,
      const char     *text,
      PlnTextStyle    style,
      gboolean        rtl)
{
  g_autoptr(GArray) segments = pln_block_segments (block, row, column, text);

  for (guint i = 0; i < segments->len; i++)
    {
      const PlnSegment *segment = &g_array_index (segments, PlnSegment, i);
      g_autofree char *part = g_strndup (text + segment->start, segment->end - segment->start);

      if (segment->note == NULL)
        {
          run (out, part, style | segment->style, rtl);
          continue;
        }
      g_string_append_printf (out, "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr>"
                                   "<w:footnoteReference w:id=\"%u\"/></w:r>", segment->note->number);
      footnote (footnotes, segment->note);
    }
}

typedef struct
{
  const char   *style_id;
  const char   *label;
  PlnTextStyle  style;
  guint         indent;
  gboolean      keep_next;
} Para;

static void
paragraph (GString        *out,
           GString        *footnotes,
           const Para     *para,
           const PlnBlock *block,
           guint           row,
           guint           column,
           const char     *text)
{
  gboolean rtl = pln_text_is_rtl (text);

  g_string_append (out, "<w:p><w:pPr>");
  if (para->style_id != NULL)
    g_string_append_printf (out, "<w:pStyle w:val=\"%s\"/>", para->style_id);
  if (para->keep_next)
    g_string_append (out, "<w:keepNext/>");
  if (rtl)
    g_string_append (out, "<w:bidi/>");
  if (para->label != NULL)
    g_string_append_printf (out, "<w:ind w:left=\"%u\" w:hanging=\"680\"/>", 680 + para->indent * 680);
  if (para->style & PLN_TEXT_CENTER)
    g_string_append (out, "<w:jc w:val=\"center\"/>");
  else if (para->style & PLN_TEXT_RIGHT)
    g_string_append (out, "<w:jc w:val=\"right\"/>");
  g_string_append (out, "</w:pPr>");

  if (para->label != NULL)
    {
      run (out, para->label, para->style, FALSE);
      g_string_append (out, "<w:r><w:tab/></w:r>");
    }
  runs (out, footnotes, block, row, column, text, para->style, rtl);
  g_string_append (out, "</w:p>");
}

/* A cell of row @r: a day row's spans the table; the header's have the
 * rule under them, the only one of the table. */
static void
cell (GString        *out,
      GString        *footnotes,
      const PlnBlock *block,
      guint           r,
      guint           c,
      guint           width)
{
  PlnRowFlags flags = pln_block_get_row_flags (block, r);
  Para para = { NULL, NULL, r == 0 ? PLN_TEXT_ITALIC : PLN_TEXT_PLAIN, 0, (flags & PLN_ROW_KEEP_WITH_NEXT) != 0 };
  char **row = g_ptr_array_index (block->rows, r);

  g_string_append_printf (out, "<w:tc><w:tcPr><w:tcW w:w=\"%u\" w:type=\"dxa\"/>", width);
  if (flags & PLN_ROW_SPANNING)
    g_string_append_printf (out, "<w:gridSpan w:val=\"%u\"/>", block->n_columns);
  if (r == 0)
    g_string_append (out, "<w:tcBorders><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:tcBorders>");
  g_string_append (out, "</w:tcPr>");
  paragraph (out, footnotes, &para, block, r, c, row[c]);
  g_string_append (out, "</w:tc>");
}

static void
table (GString        *out,
       GString        *footnotes,
       const PlnBlock *block)
{
  double total = 0;

  for (guint c = 0; c < block->n_columns; c++)
    total += block->widths[c];

  g_string_append (out, "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                        "<w:tblBorders><w:top w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:insideH w:val=\"nil\"/>"
                        "<w:insideV w:val=\"nil\"/></w:tblBorders></w:tblPr><w:tblGrid>");
  for (guint c = 0; c < block->n_columns; c++)
    g_string_append_printf (out, "<w:gridCol w:w=\"%u\"/>", (guint) (9000 * block->widths[c] / total));
  g_string_append (out, "</w:tblGrid>");

  for (guint r = 0; r < block->rows->len; r++)
    {
      gboolean spanning = (pln_block_get_row_flags (block, r) & PLN_ROW_SPANNING) != 0;

      g_string_append (out, r == 0 ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>");
      if (spanning)
        cell (out, footnotes, block, r, 0, 9000);
      for (guint c = 0; !spanning && c < block->n_columns; c++)
        cell (out, footnotes, block, r, c, (guint) (9000 * block->widths[c] / total));
      g_string_append (out, "</w:tr>");
    }
  g_string_append (out, "</w:tbl><w:p/>");
}

static GString *
document_xml (PlnDocument *document,
              GString     *footnotes)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                               "<w:document " W_NS " " R_NS "><w:body>");

  for (guint i = 0; i < pln_document_get_n_blocks (document); i++)
    {
      const PlnBlock *block = pln_document_get_block (document, i);
      Para para = { NULL, NULL, block->style, 0, FALSE };

      switch (block->kind)
        {
        case PLN_BLOCK_TITLE:
        case PLN_BLOCK_HEADING:
        case PLN_BLOCK_PARAGRAPH:
          para.style_id = block->kind == PLN_BLOCK_TITLE ? "Title" : block->kind == PLN_BLOCK_PARAGRAPH ? NULL :
                          block->level == 1 ? "Heading1" : "Heading2";
          paragraph (out, footnotes, &para, block, 0, 0, block->text);
          break;
        case PLN_BLOCK_ITEM:
          para.label = block->label;
          para.indent = block->level;
          paragraph (out, footnotes, &para, block, 0, 0, block->text);
          break;
        case PLN_BLOCK_TABLE:
          table (out, footnotes, block);
          break;
        case PLN_BLOCK_PAGE_BREAK:
          g_string_append (out, "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
          break;
        default:
          g_assert_not_reached ();
        }
    }

  /* A4, margins of 2.5 cm (in twentieths of a point); the first page
   * has its own header (none) and footer (the job number). */
  g_string_append (out, "<w:sectPr>"
                        "<w:headerReference w:type=\"default\" r:id=\"rId3\"/><w:headerReference w:type=\"first\" r:id=\"rId4\"/>"
                        "<w:footerReference w:type=\"default\" r:id=\"rId5\"/><w:footerReference w:type=\"first\" r:id=\"rId6\"/>"
                        "<w:footnotePr><w:numFmt w:val=\"decimal\"/></w:footnotePr>"
                        "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                        "<w:pgMar w:top=\"1418\" w:right=\"1418\" w:bottom=\"1418\" w:left=\"1418\" "
                        "w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/><w:titlePg/></w:sectPr></w:body></w:document>");
  return out;
}

static GString *
styles_xml (void)
{
  return g_string_new (XML_HEAD "<w:styles " W_NS ">"
                       "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
                       "<w:sz w:val=\"22\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>"
                       "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                       "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                       "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
                       "<w:pPr><w:jc w:val=\"center\"/><w:spacing w:after=\"240\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"30\"/></w:rPr></w:style>"
                       "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
                       "<w:pPr><w:keepNext/><w:spacing w:before=\"240\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"24\"/></w:rPr></w:style>"
                       "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/>"
                       "<w:pPr><w:keepNext/><w:spacing w:before=\"180\"/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
                       "<w:style w:type=\"paragraph\" w:styleId=\"FootnoteText\"><w:name w:val=\"footnote text\"/><w:basedOn w:val=\"Normal\"/>"
                       "<w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"284\" w:hanging=\"284\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/></w:rPr></w:style>"
                       "<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/>"
                       "<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>"
                       "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/>"
                       "<w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"000000\"/></w:pBdr></w:pPr><w:rPr><w:b/><w:sz w:val=\"17\"/></w:rPr></w:style>"
                       "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
                       "<w:rPr><w:sz w:val=\"17\"/></w:rPr></w:style>"
                       "</w:styles>");
}

/* The notes written along with the document, after the separators Word
 * draws above them (ids -1 and 0, as settings.xml says). */
static GString *
footnotes_xml (void)
{
  return g_string_new (XML_HEAD "<w:footnotes " W_NS ">"
                       "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
                       "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>");
}

/* A header or footer part: @text in @style_id, or the page's number. */
static GString *
header_footer_xml (const char *element,
                   const char *style_id,
                   const char *text,
                   gboolean    page_number)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, XML_HEAD "<w:%s " W_NS "><w:p><w:pPr><w:pStyle w:val=\"%s\"/>%s</w:pPr>",
                          element, style_id, page_number ? "<w:jc w:val=\"center\"/>" : "");
  if (page_number)
    g_string_append (out, "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>");
  else if (text != NULL)
    run (out, text, PLN_TEXT_PLAIN, FALSE);
  g_string_append_printf (out, "</w:p></w:%s>", element);
  return out;
}

#define RELATIONSHIP(id, type, target) \
  "<Relationship Id=\"" id "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" type "\" Target=\"" target "\"/>"
#define OVERRIDE(part, type) \
  "<Override PartName=\"" part "\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml." type "+xml\"/>"

GBytes *
pln_export_docx (PlnDocument  *document,
                 GError      **error)
{
  const char * const names[] = {
    "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
    "word/document.xml", "word/styles.xml", "word/footnotes.xml", "word/settings.xml",
    "word/header1.xml", "word/header2.xml", "word/footer1.xml", "word/footer2.xml", "docProps/core.xml",
  };
  GString *contents[G_N_ELEMENTS (names)];
  GBytes *bytes;

  contents[0] = g_string_new (XML_HEAD "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                              "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                              OVERRIDE ("/word/document.xml", "document.main")
                              OVERRIDE ("/word/styles.xml", "styles")
                              OVERRIDE ("/word/footnotes.xml", "footnotes")
                              OVERRIDE ("/word/settings.xml", "settings")
                              OVERRIDE ("/word/header1.xml", "header")
                              OVERRIDE ("/word/header2.xml", "header")
                              OVERRIDE ("/word/footer1.xml", "footer")
                              OVERRIDE ("/word/footer2.xml", "footer")
                              "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                              "</Types>");
  contents[1] = g_string_new (XML_HEAD "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                              RELATIONSHIP ("rId1", "officeDocument", "word/document.xml")
                              "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                              "</Relationships>");
  contents[2] = g_string_new (XML_HEAD "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                              RELATIONSHIP ("rId1", "styles", "styles.xml")
                              RELATIONSHIP ("rId2", "footnotes", "footnotes.xml")
                              RELATIONSHIP ("rId3", "header", "header1.xml")
                              RELATIONSHIP ("rId4", "header", "header2.xml")
                              RELATIONSHIP ("rId5", "footer", "footer1.xml")
                              RELATIONSHIP ("rId6", "footer", "footer2.xml")
                              RELATIONSHIP ("rId7", "settings", "settings.xml")
                              "</Relationships>");
  contents[5] = footnotes_xml ();
  contents[3] = document_xml (document, contents[5]);
  g_string_append (contents[5], "</w:footnotes>");
  contents[4] = styles_xml ();
  contents[6] = g_string_new (XML_HEAD "<w:settings " W_NS "><w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr></w:settings>");
  /* The symbol at the head of the pages after the first; the page's
   * number at their foot, the job number at the first's. */
  contents[7] = header_footer_xml ("hdr", pln_document_get_running_header (document) ? "Header" : "Footer",
                                  pln_document_get_running_header (document), FALSE);
  contents[8] = header_footer_xml ("hdr", "Footer", NULL, FALSE);
  contents[9] = header_footer_xml ("ftr", "Footer", NULL, TRUE);
  contents[10] = header_footer_xml ("ftr", "Footer", pln_document_get_first_footer (document), FALSE);
  contents[11] = g_string_new (XML_HEAD "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                               "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>");
  pln_xml_append_escaped (contents[11], pln_document_get_title (document) ?: "");
  g_string_append (contents[11], "</dc:title><dc:creator>Plenary</dc:creator><dc:language>en-GB</dc:language></cp:coreProperties>");

  bytes = pln_zip_build (names, contents, G_N_ELEMENTS (names), error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_string_free (contents[i], TRUE);

  return bytes;
}
