/* pln-export-odt.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-export-odt"

#include "config.h"

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
                  const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, "<text:line-break/>");
      pln_xml_append_escaped (out, lines[i]);
    }
}

static void
table (GString        *out,
       const PlnBlock *block,
       guint           number)
{
  g_string_append_printf (out, "<table:table table:name=\"Table%u\">", number);
  g_string_append_printf (out, "<table:table-column table:number-columns-repeated=\"%u\"/>", block->n_columns);

  for (guint r = 0; r < block->rows->len; r++)
    {
      char **row = g_ptr_array_index (block->rows, r);

      g_string_append (out, r == 0 ? "<table:table-header-rows><table:table-row>" : "<table:table-row>");
      for (guint c = 0; c < block->n_columns; c++)
        {
          g_string_append_printf (out, "<table:table-cell office:value-type=\"string\"><text:p text:style-name=\"%s\">",
                                  r == 0 ? "Italic" : pln_text_is_rtl (row[c]) ? "Rtl" : "Standard");
          text_with_breaks (out, row[c]);
          g_string_append (out, "</text:p></table:table-cell>");
        }
      g_string_append (out, r == 0 ? "</table:table-row></table:table-header-rows>" : "</table:table-row>");
    }

  g_string_append (out, "</table:table>");
}

static GString *
content_xml (PlnDocument *document)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content " OFFICE_NS ">"
                               "<office:automatic-styles>"
                               "<style:style style:name=\"Break\" style:family=\"paragraph\"><style:paragraph-properties fo:break-before=\"page\"/></style:style>"
                               "</office:automatic-styles><office:body><office:text>");
  guint tables = 0;

  for (guint i = 0; i < pln_document_get_n_blocks (document); i++)
    {
      const PlnBlock *block = pln_document_get_block (document, i);
      gboolean rtl = block->text != NULL && pln_text_is_rtl (block->text);

      switch (block->kind)
        {
        case PLN_BLOCK_HEADING:
          g_string_append_printf (out, "<text:h text:style-name=\"Heading_20_%u\" text:outline-level=\"%u\">",
                                  MIN (block->level, 2), block->level);
          text_with_breaks (out, block->text);
          g_string_append (out, "</text:h>");
          break;

        case PLN_BLOCK_TITLE:
        case PLN_BLOCK_PARAGRAPH:
        case PLN_BLOCK_ITEM:
          g_string_append_printf (out, "<text:p text:style-name=\"%s\">", style_name (block, rtl));
          if (block->kind == PLN_BLOCK_ITEM)
            {
              pln_xml_append_escaped (out, block->label);
              g_string_append (out, "<text:tab/>");
            }
          text_with_breaks (out, block->text);
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

static GString *
styles_xml (void)
{
  return g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles " OFFICE_NS ">"
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
                       "</office:styles>"
                       "<office:automatic-styles><style:page-layout style:name=\"A4\"><style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" fo:margin-top=\"2.5cm\" fo:margin-bottom=\"2.5cm\" fo:margin-left=\"2.5cm\" fo:margin-right=\"2.5cm\"/></style:page-layout></office:automatic-styles>"
                       "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\"/></office:master-styles>"
                       "</office:document-styles>");
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
  contents[3] = styles_xml ();
  contents[4] = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta " OFFICE_NS "><office:meta><dc:title>");
  pln_xml_append_escaped (contents[4], pln_document_get_title (document) ?: "");
  g_string_append (contents[4], "</dc:title><meta:generator>Plenary " PACKAGE_VERSION "</meta:generator><dc:language>en-GB</dc:language></office:meta></office:document-meta>");

  bytes = pln_zip_build (names, contents, G_N_ELEMENTS (names), error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_string_free (contents[i], TRUE);

  return bytes;
}
