/* pln-export.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pln-error.h"
#include "pln-file-io.h"
#include "pln-export-private.h"
#include "pln-module.h"

static const struct
{
  const char *name;
  const char *extension;
  const char *mime_type;
} formats[] = {
  [PLN_DOCUMENT_FORMAT_PDF] = { "pdf", "pdf", "application/pdf" },
  [PLN_DOCUMENT_FORMAT_DOCX] = { "docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  [PLN_DOCUMENT_FORMAT_ODT] = { "odt", "odt", "application/vnd.oasis.opendocument.text" },
  [PLN_DOCUMENT_FORMAT_TEXT] = { "text", "txt", "text/plain" },
};

/**
 * pln_document_format_from_string:
 * @name: "pdf", "docx", "odt", "txt" or "text"
 *
 * Returns: whether @name is a format
 */
gboolean
pln_document_format_from_string (const char        *name,
                                 PlnDocumentFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (g_ascii_strcasecmp (name, formats[i].name) == 0 ||
          g_ascii_strcasecmp (name, formats[i].extension) == 0)
        {
          *format = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
pln_document_format_get_extension (PlnDocumentFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);

  return formats[format].extension;
}

const char *
pln_document_format_get_mime_type (PlnDocumentFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);

  return formats[format].mime_type;
}

const char *
pln_document_format_to_label (PlnDocumentFormat format)
{
  switch (format)
    {
    case PLN_DOCUMENT_FORMAT_PDF: return _("PDF (to print and share)");
    case PLN_DOCUMENT_FORMAT_DOCX: return _("Word document (DOCX, to edit)");
    case PLN_DOCUMENT_FORMAT_ODT: return _("OpenDocument text (ODT, to edit)");
    case PLN_DOCUMENT_FORMAT_TEXT: return _("Plain text (to paste into an e-mail)");
    default: return "";
    }
}

/**
 * pln_document_export_to_bytes:
 *
 * Returns: (transfer full): the document in @format
 */
GBytes *
pln_document_export_to_bytes (PlnDocument        *document,
                              PlnDocumentFormat   format,
                              GError            **error)
{
  g_return_val_if_fail (PLN_IS_DOCUMENT (document), NULL);

  switch (format)
    {
    case PLN_DOCUMENT_FORMAT_PDF: return pln_export_pdf (document, error);
    case PLN_DOCUMENT_FORMAT_DOCX: return pln_export_docx (document, error);
    case PLN_DOCUMENT_FORMAT_ODT: return pln_export_odt (document, error);
    case PLN_DOCUMENT_FORMAT_TEXT: return pln_export_text (document);
    default: g_return_val_if_reached (NULL);
    }
}

/**
 * pln_document_export:
 *
 * Writes the document to @file in @format, atomically: the file there
 * before is replaced only once the new one is whole on disk, and is left
 * as it was when the write fails (a full disk). A document that holds
 * personal data is readable by its owner only.
 */
gboolean
pln_document_export (PlnDocument        *document,
                     PlnDocumentFormat   format,
                     GFile              *file,
                     GCancellable       *cancellable,
                     GError            **error)
{
  g_autoptr(GBytes) bytes = pln_document_export_to_bytes (document, format, error);
  PlnWriteFlags flags = pln_document_get_personal_data (document) ? PLN_WRITE_PRIVATE : PLN_WRITE_NONE;

  if (bytes == NULL)
    return FALSE;

  return pln_file_write_safely (file, bytes, flags, NULL, NULL, cancellable, error);
}

/* Text for XML, with the characters XML cannot hold (control characters
 * other than tab and newline) left out. */
void
pln_xml_append_escaped (GString    *out,
                        const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '&': g_string_append (out, "&amp;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&apos;"); break;
        default:
          if ((guchar) *p >= 0x20 || *p == '\t' || *p == '\n')
            g_string_append_c (out, *p);
        }
    }
}

/**
 * pln_text_is_rtl:
 *
 * Returns: whether the first strong character of @text is right to left
 *   (an Arabic name), so the paragraph is set right to left
 */
gboolean
pln_text_is_rtl (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c))
        continue;

      switch ((int) g_unichar_get_script (c))
        {
        case G_UNICODE_SCRIPT_ARABIC:
        case G_UNICODE_SCRIPT_HEBREW:
        case G_UNICODE_SCRIPT_SYRIAC:
        case G_UNICODE_SCRIPT_THAANA:
        case G_UNICODE_SCRIPT_NKO:
          return TRUE;
        default:
          return FALSE;
        }
    }

  return FALSE;
}

/**
 * pln_zip_build:
 *
 * A zip container (DOCX, ODT), its members in the order given; the first
 * is stored uncompressed, as ODT's "mimetype" must be. Through libgsf,
 * in its module (pln-module.h).
 */
GBytes *
pln_zip_build (const char * const  *names,
               GString            **contents,
               guint                n_members,
               GError             **error)
{
  const PlnZipModule *zip = _pln_module_get_zip (error);

  return zip != NULL ? zip->build (names, contents, n_members, error) : NULL;
}

/**
 * pln_append_superscript:
 *
 * A footnote's mark as the text writers set it: "¹²", digits any font
 * has, that text extraction gives back as they are.
 */
void
pln_append_superscript (GString *out,
                        guint    number)
{
  static const char * const digits[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };
  g_autofree char *decimal = g_strdup_printf ("%u", number);

  for (const char *p = decimal; *p != '\0'; p++)
    g_string_append (out, digits[*p - '0']);
}

static int
compare_offsets (gconstpointer a,
                 gconstpointer b)
{
  gsize x = *(const gsize *) a, y = *(const gsize *) b;

  return x < y ? -1 : x > y;
}

static void
add_segment (GArray        *segments,
             gsize          start,
             gsize          end,
             PlnTextStyle   style,
             const PlnNote *note)
{
  PlnSegment segment = { start, end, style, note };

  g_array_append_val (segments, segment);
}

/**
 * pln_block_segments:
 * @row: the row of a table's cell, or 0
 * @column: its column, or 0
 * @text: the block's text, or the cell's
 *
 * The text cut where its spans and footnote marks are, for the writers:
 * each segment is either a run of @text with the spans' style, or a mark
 * (its note set, no text) that follows the run before it.
 *
 * Returns: (transfer full): the segments, of #PlnSegment, in order
 */
GArray *
pln_block_segments (const PlnBlock *block,
                    guint           row,
                    guint           column,
                    const char     *text)
{
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  GArray *segments = g_array_new (FALSE, FALSE, sizeof (PlnSegment));
  GArray *notes = block->kind != PLN_BLOCK_TABLE ? block->notes : NULL;
  gsize length = strlen (text);
  gsize start = 0;
  guint n = 0;

  g_array_append_val (cuts, length);
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    g_array_append_val (cuts, g_array_index (notes, PlnNote, i).offset);
  for (guint i = 0; block->spans != NULL && i < block->spans->len; i++)
    {
      const PlnSpan *span = &g_array_index (block->spans, PlnSpan, i);

      if (span->row == row && span->column == column)
        {
          g_array_append_val (cuts, span->start);
          g_array_append_val (cuts, span->end);
        }
    }
  g_array_sort (cuts, compare_offsets);

  for (guint c = 0; c < cuts->len; c++)
    {
      gsize end = MIN (g_array_index (cuts, gsize, c), length);
      PlnTextStyle style = PLN_TEXT_PLAIN;

      /* The marks that follow the text before @start. */
      for (; notes != NULL && n < notes->len && g_array_index (notes, PlnNote, n).offset <= start; n++)
        add_segment (segments, start, start, PLN_TEXT_PLAIN, &g_array_index (notes, PlnNote, n));
      if (end <= start)
        continue;

      for (guint i = 0; block->spans != NULL && i < block->spans->len; i++)
        {
          const PlnSpan *span = &g_array_index (block->spans, PlnSpan, i);

          if (span->row == row && span->column == column && span->start <= start && span->end >= end)
            style |= span->style;
        }
      add_segment (segments, start, end, style, NULL);
      start = end;
    }
  for (; notes != NULL && n < notes->len; n++)
    add_segment (segments, length, length, PLN_TEXT_PLAIN, &g_array_index (notes, PlnNote, n));

  return segments;
}
