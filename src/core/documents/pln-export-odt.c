/* pln-export-odt.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-export-odt"

#include "config.h"

#include <string.h>

#include "pln-export-private.h"

/* ODT (OpenDocument text), to be edited: "mimetype" first and stored, as
 * the format requires, then the manifest, content, styles and metadata.
 * Items are paragraphs with a hanging indent and a tab after the label;
 * right-to-left paragraphs get a right-to-left writing mode. */

#define OFFICE_NS \
  "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " \
  "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" " \
  "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " \
  "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" " \
  "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" " \
  "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" " \
  "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\""

static const char *
style_name (const PlnBlock *block,
            gboolean        rtl)
{
  if (block->kind == PLN_BLOCK_TITLE)
    return "Title";
  if (block->kind == PLN_BLOCK_ITEM)
    return rtl ? "ItemRtl" : block->level > 0 ? "SubItem" : "Item";
  if (rtl)
    return "Rtl";
  if (block->style & PLN_TEXT_CENTER)
    return (block->style & PLN_TEXT_BOLD) ? "CenterBold" : "Center";
  if (block->style & PLN_TEXT_RIGHT)
    return "Right";
  if (block->style & PLN_TEXT_BOLD)
    return "Bold";
  if (block->style & PLN_TEXT_ITALIC)
    return "Italic";
  if (block->style & PLN_TEXT_SMALL)
    return "Small";
  return "Standard";
}

static void
text_with_breaks (GString    *out,
                  const char *text,
                  gssize      length)
{
  g_autofree char *part = g_strndup (text, length < 0 ? strlen (text) : (gsize) length);
  g_auto(GStrv) lines = g_strsplit (part, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, "<text:line-break/>");
      pln_xml_append_escaped (out, lines[i]);
    }
}

static const char *
span_style (PlnTextStyle style)
{
  if ((style & PLN_TEXT_BOLD) && (style & PLN_TEXT_ITALIC))
    return "SpanBoldItalic";
  if (style & PLN_TEXT_BOLD)
    return "SpanBold";
  if (style & PLN_TEXT_ITALIC)
    return "SpanItalic";
  return NULL;
}

/* The text of a block or of a table's cell: its spans as text:span, a
 * footnote (text:note, numbered by the application) at each mark. */
static void
marked_text (GString        *out,
             const PlnBlock *block,
             guint           row,
             guint           column,
             const char     *text)
{
  g_autoptr(GArray) segments = pln_block_segments (block, row, column, text);

  for (guint i = 0; i < segments->len; i++)
    {
      const PlnSegment *segment = &g_array_index (segments, PlnSegment, i);
      const char *span = span_style (segment->style);

      if (segment->note != NULL)
        {
          g_string_append_printf (out, "<text:note text:id=\"ftn%u\" text:note-class=\"footnote\">"
                                       "<text:note-citation>%u</text:note-citation><text:note-body>"
                                       "<text:p text:style-name=\"Footnote\">",
                                  segment->note->number, segment->note->number);
          text_with_breaks (out, segment->note->text, -1);
          g_string_append (out, "</text:p></text:note-body></text:note>");
          continue;
        }
      if (span != NULL)
        g_string_append_printf (out, "<text:span text:style-name=\"%s\">", span);
      text_with_breaks (out, text + segment->start, segment->end - segment->start);
      if (span != NULL)
        g_string_append (out, "</text:span>");
    }
}

/* A cell of row @r: a day row's spans the table (the cells it covers
 * follow it); the header's have the table's only rule under them. */
static void
cell (GString        *out,
      const PlnBlock *block,
      guint           r,
      guint           c)
{
  char **row = g_ptr_array_index (block->rows, r);
  gboolean spanning = (pln_block_get_row_flags (block, r) & PLN_ROW_SPANNING) != 0;

  g_string_append_printf (out, "<table:table-cell table:style-name=\"%s\" office:value-type=\"string\"",
                          r == 0 ? "HeaderCell" : "Cell");
  if (spanning)
    g_string_append_printf (out, " table:number-columns-spanned=\"%u\"", block->n_columns);
  g_string_append_printf (out, "><text:p text:style-name=\"%s\">",
                          r == 0 ? "Italic" : pln_text_is_rtl (row[c]) ? "Rtl" : "Standard");
  marked_text (out, block, r, c, row[c]);
  g_string_append (out, "</text:p></table:table-cell>");
  for (guint i = 1; spanning && i < block->n_columns; i++)
    g_string_append (out, "<table:covered-table-cell/>");
}

static void
table (GString        *out,
       const PlnBlock *block,
       guint           number)
{
  g_string_append_printf (out, "<table:table table:name=\"Table%u\" table:style-name=\"Table%u\">", number, number);
  for (guint c = 0; c < block->n_columns; c++)
    g_string_append_printf (out, "<table:table-column table:style-name=\"Table%u.%u\"/>", number, c);

  for (guint r = 0; r < block->rows->len; r++)
    {
      gboolean spanning = (pln_block_get_row_flags (block, r) & PLN_ROW_SPANNING) != 0;

      g_string_append (out, r == 0 ? "<table:table-header-rows><table:table-row>" : "<table:table-row table:style-name=\"Row\">");
      for (guint c = 0; c < (spanning ? 1 : block->n_columns); c++)
        cell (out, block, r, c);
      g_string_append (out, r == 0 ? "</table:table-row></table:table-header-rows>" : "</table:table-row>");
    }

  g_string_append (out, "</table:table>");
}

/* The tables' widths, and their columns' as the document has them. */
static void
table_styles (GString     *out,
              PlnDocument *document)
{
  guint number = 0;

  for (guint i = 0; i < pln_document_get_n_blocks (document); i++)
    {
      const PlnBlock *block = pln_document_get_block (document, i);

      if (block->kind != PLN_BLOCK_TABLE)
        continue;
      number++;
      g_string_append_printf (out, "<style:style style:name=\"Table%u\" style:family=\"table\">"
                                   "<style:table-properties style:width=\"16cm\" table:align=\"margins\"/></style:style>",
                              number);
      for (guint c = 0; c < block->n_columns; c++)
        g_string_append_printf (out, "<style:style style:name=\"Table%u.%u\" style:family=\"table-column\">"
                                     "<style:table-column-properties style:rel-column-width=\"%u*\"/></style:style>",
                                number, c, (guint) (1000 * block->widths[c]));
    }
}

/* The first paragraph starts the first page, whose master page has the
 * job number at its foot and no running header. */
static void
open_paragraph (GString    *out,
                const char *style,
                gboolean    first)
{
  if (first)
    g_string_append_printf (out, "<text:p text:style-name=\"First%s\">", style);
  else
    g_string_append_printf (out, "<text:p text:style-name=\"%s\">", style);
}

static GString *
content_xml (PlnDocument *document)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content " OFFICE_NS ">"
                               "<office:automatic-styles>"
                               "<style:style style:name=\"Break\" style:family=\"paragraph\"><style:paragraph-properties fo:break-before=\"page\"/></style:style>"
                               "<style:style style:name=\"SpanItalic\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\"/></style:style>"
                               "<style:style style:name=\"SpanBold\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
                               "<style:style style:name=\"SpanBoldItalic\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\" fo:font-weight=\"bold\"/></style:style>"
                               "<style:style style:name=\"Cell\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.05cm\" fo:border=\"none\"/></style:style>"
                               "<style:style style:name=\"HeaderCell\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.05cm\" fo:border=\"none\" fo:border-bottom=\"0.5pt solid #000000\"/></style:style>"
                               "<style:style style:name=\"Row\" style:family=\"table-row\"><style:table-row-properties fo:keep-together=\"always\"/></style:style>");
  guint tables = 0;
  const PlnBlock *first = pln_document_get_n_blocks (document) > 0 ? pln_document_get_block (document, 0) : NULL;
  gboolean first_rtl = first != NULL && first->text != NULL && pln_text_is_rtl (first->text);
  const char *first_style = first != NULL && first->kind != PLN_BLOCK_HEADING ? style_name (first, first_rtl) : "Standard";

  g_string_append_printf (out, "<style:style style:name=\"First%s\" style:family=\"paragraph\" style:parent-style-name=\"%s\" "
                               "style:master-page-name=\"First_20_Page\"/>", first_style, first_style);
  table_styles (out, document);
  g_string_append (out, "</office:automatic-styles><office:body><office:text>");
  if (first != NULL && (first->kind == PLN_BLOCK_HEADING || first->kind == PLN_BLOCK_TABLE || first->kind == PLN_BLOCK_PAGE_BREAK))
    g_string_append (out, "<text:p text:style-name=\"FirstStandard\"/>");

  for (guint i = 0; i < pln_document_get_n_blocks (document); i++)
    {
      const PlnBlock *block = pln_document_get_block (document, i);
      gboolean rtl = block->text != NULL && pln_text_is_rtl (block->text);

      switch (block->kind)
        {
        case PLN_BLOCK_HEADING:
          g_string_append_printf (out, "<text:h text:style-name=\"Heading_20_%u\" text:outline-level=\"%u\">",
                                  MIN (block->level, 2), block->level);
          marked_text (out, block, 0, 0, block->text);
          g_string_append (out, "</text:h>");
          break;

        case PLN_BLOCK_TITLE:
        case PLN_BLOCK_PARAGRAPH:
        case PLN_BLOCK_ITEM:
          open_paragraph (out, style_name (block, rtl), i == 0);
          if (block->kind == PLN_BLOCK_ITEM)
            {
              pln_xml_append_escaped (out, block->label);
              g_string_append (out, "<text:tab/>");
            }
          marked_text (out, block, 0, 0, block->text);
          g_string_append (out, "</text:p>");
          break;

        case PLN_BLOCK_TABLE:
          table (out, block, ++tables);
          break;

        case PLN_BLOCK_PAGE_BREAK:
          g_string_append (out, "<text:p text:style-name=\"Break\"/>");
          break;

        default:
          g_assert_not_reached ();
        }
    }

  g_string_append (out, "</office:text></office:body></office:document-content>");
  return out;
}

/* The master pages: the first with the job number at its foot, the
 * others with the symbol at their head and their number at their foot. */
static void
master_pages (GString     *out,
              PlnDocument *document)
{
  const char *header = pln_document_get_running_header (document);
  const char *footer = pln_document_get_first_footer (document);

  g_string_append (out, "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">");
  if (header != NULL)
    {
      g_string_append (out, "<style:header><text:p text:style-name=\"Header\">");
      pln_xml_append_escaped (out, header);
      g_string_append (out, "</text:p></style:header>");
    }
  g_string_append (out, "<style:footer><text:p text:style-name=\"Footer\"><text:page-number text:select-page=\"current\">1</text:page-number></text:p></style:footer>"
                        "</style:master-page>"
                        "<style:master-page style:name=\"First_20_Page\" style:display-name=\"First Page\" "
                        "style:page-layout-name=\"A4\" style:next-style-name=\"Standard\">");
  if (footer != NULL)
    {
      g_string_append (out, "<style:footer><text:p text:style-name=\"FirstFooter\">");
      pln_xml_append_escaped (out, footer);
      g_string_append (out, "</text:p></style:footer>");
    }
  g_string_append (out, "</style:master-page></office:master-styles>");
}

static GString *
styles_xml (PlnDocument *document)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles " OFFICE_NS ">"
                       "<office:styles>"
                       "<style:default-style style:family=\"paragraph\"><style:paragraph-properties fo:margin-bottom=\"0.2cm\"/>"
                       "<style:text-properties style:font-name=\"Liberation Serif\" fo:font-family=\"'Liberation Serif', 'Times New Roman', serif\" fo:font-size=\"11pt\" fo:language=\"en\" fo:country=\"GB\"/></style:default-style>"
                       "<style:style style:name=\"Standard\" style:family=\"paragraph\"/>"
                       "<style:style style:name=\"Title\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"center\" fo:margin-bottom=\"0.4cm\"/><style:text-properties fo:font-size=\"15pt\" fo:font-weight=\"bold\"/></style:style>"
                       "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\" style:default-outline-level=\"1\"><style:paragraph-properties fo:margin-top=\"0.4cm\" fo:keep-with-next=\"always\"/><style:text-properties fo:font-size=\"12pt\" fo:font-weight=\"bold\"/></style:style>"
                       "<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" style:family=\"paragraph\" style:default-outline-level=\"2\"><style:paragraph-properties fo:margin-top=\"0.3cm\" fo:keep-with-next=\"always\"/><style:text-properties fo:font-weight=\"bold\"/></style:style>"
                       "<style:style style:name=\"Bold\" style:family=\"paragraph\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
                       "<style:style style:name=\"Italic\" style:family=\"paragraph\"><style:text-properties fo:font-style=\"italic\"/></style:style>"
                       "<style:style style:name=\"Small\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"9.5pt\"/></style:style>"
                       "<style:style style:name=\"Center\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"center\"/></style:style>"
                       "<style:style style:name=\"CenterBold\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"center\"/><style:text-properties fo:font-weight=\"bold\"/></style:style>"
                       "<style:style style:name=\"Right\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"end\"/></style:style>"
                       "<style:style style:name=\"Rtl\" style:family=\"paragraph\"><style:paragraph-properties style:writing-mode=\"rl-tb\" fo:text-align=\"start\"/></style:style>"
                       "<style:style style:name=\"Item\" style:family=\"paragraph\"><style:paragraph-properties fo:margin-left=\"1.2cm\" fo:text-indent=\"-1.2cm\"><style:tab-stops><style:tab-stop style:position=\"0cm\"/></style:tab-stops></style:paragraph-properties></style:style>"
                       "<style:style style:name=\"SubItem\" style:family=\"paragraph\"><style:paragraph-properties fo:margin-left=\"2.4cm\" fo:text-indent=\"-1.2cm\"><style:tab-stops><style:tab-stop style:position=\"0cm\"/></style:tab-stops></style:paragraph-properties></style:style>"
                       "<style:style style:name=\"ItemRtl\" style:family=\"paragraph\"><style:paragraph-properties style:writing-mode=\"rl-tb\" fo:margin-right=\"1.2cm\" fo:text-indent=\"-1.2cm\"/></style:style>"
                       "<style:style style:name=\"Footnote\" style:family=\"paragraph\" style:class=\"extra\"><style:paragraph-properties fo:margin-left=\"0.5cm\" fo:text-indent=\"-0.5cm\" fo:margin-bottom=\"0.1cm\"/><style:text-properties fo:font-size=\"9pt\"/></style:style>"
                       "<style:style style:name=\"Header\" style:family=\"paragraph\" style:class=\"extra\"><style:paragraph-properties fo:border-bottom=\"0.5pt solid #000000\" fo:padding-bottom=\"0.05cm\"/><style:text-properties fo:font-size=\"8.5pt\" fo:font-weight=\"bold\"/></style:style>"
                       "<style:style style:name=\"Footer\" style:family=\"paragraph\" style:class=\"extra\"><style:paragraph-properties fo:text-align=\"center\"/><style:text-properties fo:font-size=\"8.5pt\"/></style:style>"
                       "<style:style style:name=\"FirstFooter\" style:family=\"paragraph\" style:class=\"extra\"><style:text-properties fo:font-size=\"8.5pt\"/></style:style>"
                       "<text:notes-configuration text:note-class=\"footnote\" style:num-format=\"1\" text:start-value=\"0\" "
                       "text:footnotes-position=\"page\" text:start-numbering-at=\"document\"/>"
                       "</office:styles>"
                       "<office:automatic-styles><style:page-layout style:name=\"A4\"><style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" fo:margin-top=\"1.5cm\" fo:margin-bottom=\"1.5cm\" fo:margin-left=\"2.5cm\" fo:margin-right=\"2.5cm\">"
                       "<style:footnote-sep style:width=\"0.018cm\" style:rel-width=\"25%\" style:color=\"#000000\" style:line-style=\"solid\" style:adjustment=\"left\" style:distance-before-sep=\"0.1cm\" style:distance-after-sep=\"0.1cm\"/></style:page-layout-properties>"
                       "<style:header-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-bottom=\"0.4cm\"/></style:header-style>"
                       "<style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-top=\"0.4cm\"/></style:footer-style>"
                       "</style:page-layout></office:automatic-styles>");

  master_pages (out, document);
  g_string_append (out, "</office:document-styles>");
  return out;
}

GBytes *
pln_export_odt (PlnDocument  *document,
                GError      **error)
{
  const char * const names[] = { "mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml" };
  GString *contents[G_N_ELEMENTS (names)];
  GBytes *bytes;

  contents[0] = g_string_new ("application/vnd.oasis.opendocument.text");
  contents[1] = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                              "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                              "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                              "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
                              "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                              "</manifest:manifest>");
  contents[2] = content_xml (document);
  contents[3] = styles_xml (document);
  contents[4] = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta " OFFICE_NS "><office:meta><dc:title>");
  pln_xml_append_escaped (contents[4], pln_document_get_title (document) ?: "");
  g_string_append (contents[4], "</dc:title><meta:generator>Plenary " PACKAGE_VERSION "</meta:generator><dc:language>en-GB</dc:language></office:meta></office:document-meta>");

  bytes = pln_zip_build (names, contents, G_N_ELEMENTS (names), error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_string_free (contents[i], TRUE);

  return bytes;
}
