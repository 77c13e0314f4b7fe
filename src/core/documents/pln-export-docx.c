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

static void
paragraph (GString      *out,
           const char   *style_id,
           const char   *label,
           const char   *text,
           PlnTextStyle  style,
           guint         indent)
{
  gboolean rtl = pln_text_is_rtl (text);

  g_string_append (out, "<w:p><w:pPr>");
  if (style_id != NULL)
    g_string_append_printf (out, "<w:pStyle w:val=\"%s\"/>", style_id);
  if (rtl)
    g_string_append (out, "<w:bidi/>");
  if (label != NULL)
    g_string_append_printf (out, "<w:ind w:left=\"%u\" w:hanging=\"680\"/>", 680 + indent * 680);
  if (style & PLN_TEXT_CENTER)
    g_string_append (out, "<w:jc w:val=\"center\"/>");
  else if (style & PLN_TEXT_RIGHT)
    g_string_append (out, "<w:jc w:val=\"right\"/>");
  g_string_append (out, "</w:pPr>");

  if (label != NULL)
    {
      run (out, label, style, FALSE);
      g_string_append (out, "<w:r><w:tab/></w:r>");
    }
  run (out, text, style, rtl);
  g_string_append (out, "</w:p>");
}

static void
table (GString        *out,
       const PlnBlock *block)
{
  double total = 0;

  for (guint c = 0; c < block->n_columns; c++)
    total += block->widths[c];

  g_string_append (out, "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                        "<w:tblBorders><w:insideH w:val=\"single\" w:sz=\"2\"/></w:tblBorders></w:tblPr><w:tblGrid>");
  for (guint c = 0; c < block->n_columns; c++)
    g_string_append_printf (out, "<w:gridCol w:w=\"%u\"/>", (guint) (9000 * block->widths[c] / total));
  g_string_append (out, "</w:tblGrid>");

  for (guint r = 0; r < block->rows->len; r++)
    {
      char **row = g_ptr_array_index (block->rows, r);

      g_string_append (out, r == 0 ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>");
      for (guint c = 0; c < block->n_columns; c++)
        {
          g_string_append_printf (out, "<w:tc><w:tcPr><w:tcW w:w=\"%u\" w:type=\"dxa\"/></w:tcPr>",
                                  (guint) (9000 * block->widths[c] / total));
          paragraph (out, NULL, NULL, row[c], r == 0 ? PLN_TEXT_ITALIC : PLN_TEXT_PLAIN, 0);
          g_string_append (out, "</w:tc>");
        }
      g_string_append (out, "</w:tr>");
    }
  g_string_append (out, "</w:tbl><w:p/>");
}

static GString *
document_xml (PlnDocument *document)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                               "<w:document " W_NS "><w:body>");

  for (guint i = 0; i < pln_document_get_n_blocks (document); i++)
    {
      const PlnBlock *block = pln_document_get_block (document, i);

      switch (block->kind)
        {
        case PLN_BLOCK_TITLE:
          paragraph (out, "Title", NULL, block->text, block->style, 0);
          break;
        case PLN_BLOCK_HEADING:
          paragraph (out, block->level == 1 ? "Heading1" : "Heading2", NULL, block->text, block->style, 0);
          break;
        case PLN_BLOCK_PARAGRAPH:
          paragraph (out, NULL, NULL, block->text, block->style, 0);
          break;
        case PLN_BLOCK_ITEM:
          paragraph (out, NULL, block->label, block->text, block->style, block->level);
          break;
        case PLN_BLOCK_TABLE:
          table (out, block);
          break;
        case PLN_BLOCK_PAGE_BREAK:
          g_string_append (out, "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
          break;
        default:
          g_assert_not_reached ();
        }
    }

  /* A4, margins of 2.5 cm (in twentieths of a point). */
  g_string_append (out, "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                        "<w:pgMar w:top=\"1418\" w:right=\"1418\" w:bottom=\"1418\" w:left=\"1418\" "
                        "w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
  return out;
}

static GString *
styles_xml (void)
{
  return g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<w:styles " W_NS ">"
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
                       "</w:styles>");
}

GBytes *
pln_export_docx (PlnDocument  *document,
                 GError      **error)
{
  const char * const names[] = {
    "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
    "word/document.xml", "word/styles.xml", "docProps/core.xml",
  };
  GString *contents[G_N_ELEMENTS (names)];
  GBytes *bytes;

  contents[0] = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                              "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                              "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                              "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                              "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                              "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                              "</Types>");
  contents[1] = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                              "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                              "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                              "</Relationships>");
  contents[2] = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                              "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                              "</Relationships>");
  contents[3] = document_xml (document);
  contents[4] = styles_xml ();
  contents[5] = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                              "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                              "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>");
  pln_xml_append_escaped (contents[5], pln_document_get_title (document) ?: "");
  g_string_append (contents[5], "</dc:title><dc:creator>Plenary</dc:creator><dc:language>en-GB</dc:language></cp:coreProperties>");

  bytes = pln_zip_build (names, contents, G_N_ELEMENTS (names), error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_string_free (contents[i], TRUE);

  return bytes;
}
