/* pln-export-text.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-export-text"

#include "config.h"

#include <string.h>

#include "pln-export-private.h"

/* Plain text to paste into an e-mail: lines of at most 72 characters,
 * items with their label hanging, tables as one entry a row with the cells
 * separated, headings underlined. */

#define WIDTH 72

static gboolean
is_control (gunichar c)
{
  return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f);
}

/**
 * pln_text_printable:
 *
 * The text is what delegates typed or what came from their files; read in
 * a terminal (cat, an e-mail program, plenary-cli's output), an ESC
 * sequence or a C1 CSI in a name would be obeyed as a command, not shown.
 * Bytes that are not UTF-8 become U+FFFD, so none is taken for a C1
 * control either.
 *
 * Returns: (transfer full): @text without control characters other than
 *   tab and newline (C0, DEL and C1)
 */
char *
pln_text_printable (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!is_control (g_utf8_get_char (p)))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

/* Wraps @text at spaces to @width characters, each line after the first
 * prefixed by @indent; the first line is prefixed by @first. Every text
 * that goes out passes here, and leaves its control characters here. */
static void
append_wrapped (GString    *out,
                const char *first_text,
                const char *indent,
                const char *raw_text,
                guint       width)
{
  g_autofree char *first = pln_text_printable (first_text);
  g_autofree char *text = pln_text_printable (raw_text);
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);

  for (guint p = 0; paragraphs[p] != NULL; p++)
    {
      g_auto(GStrv) words = g_strsplit_set (paragraphs[p], " ", -1);
      guint column = 0;
      gboolean line_empty = TRUE;

      g_string_append (out, p == 0 ? first : indent);
      column = g_utf8_strlen (p == 0 ? first : indent, -1);

      for (guint w = 0; words[w] != NULL; w++)
        {
          guint length = g_utf8_strlen (words[w], -1);

          if (length == 0)
            continue;

          if (!line_empty && column + 1 + length > width)
            {
              g_string_append_c (out, '\n');
              g_string_append (out, indent);
              column = g_utf8_strlen (indent, -1);
              line_empty = TRUE;
            }

          if (!line_empty)
            {
              g_string_append_c (out, ' ');
              column++;
            }
          g_string_append (out, words[w]);
          column += length;
          line_empty = FALSE;
        }
      g_string_append_c (out, '\n');
    }
}

static void
append_table (GString        *out,
              const PlnBlock *block)
{
  for (guint r = 0; r < block->rows->len; r++)
    {
      char **row = g_ptr_array_index (block->rows, r);
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint c = 0; c < block->n_columns; c++)
        {
          if (row[c][0] == '\0')
            continue;
          if (line->len > 0)
            g_string_append (line, " | ");
          g_string_append (line, row[c]);
        }

      /* A row that continues the time slot above is indented under it. */
      if (line->len > 0)
        append_wrapped (out, row[0][0] == '\0' ? "    " : "", "        ", line->str, WIDTH);
      if (r == 0)
        {
          for (guint i = 0; i < WIDTH; i++)
            g_string_append_c (out, '-');
          g_string_append_c (out, '\n');
        }
    }
}

/* The block's text with its footnotes' marks, "at 10 a.m.¹". */
static char *
marked_text (const PlnBlock *block)
{
  g_autoptr(GArray) segments = pln_block_segments (block, 0, 0, block->text);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < segments->len; i++)
    {
      const PlnSegment *segment = &g_array_index (segments, PlnSegment, i);

      if (segment->note != NULL)
        pln_append_superscript (out, segment->note->number);
      else
        g_string_append_len (out, block->text + segment->start, segment->end - segment->start);
    }

  return g_string_free (out, FALSE);
}

/* Plain text has no foot of the page: a block's notes follow it, each
 * hanging after its mark. */
static void
append_notes (GString        *out,
              const PlnBlock *block)
{
  for (guint i = 0; block->notes != NULL && i < block->notes->len; i++)
    {
      const PlnNote *note = &g_array_index (block->notes, PlnNote, i);
      g_autoptr(GString) mark = g_string_new (NULL);
      g_autofree char *indent = NULL;

      pln_append_superscript (mark, note->number);
      g_string_append_c (mark, ' ');
      indent = g_strnfill (g_utf8_strlen (mark->str, -1), ' ');
      append_wrapped (out, mark->str, indent, note->text, WIDTH);
      g_string_append_c (out, '\n');
    }
}

static void
append_block (GString        *out,
              const PlnBlock *block)
{
  g_autofree char *text = block->kind != PLN_BLOCK_TABLE ? marked_text (block) : NULL;

  switch (block->kind)
    {
    case PLN_BLOCK_TITLE:
    case PLN_BLOCK_PARAGRAPH:
      append_wrapped (out, "", "", text, WIDTH);
      g_string_append_c (out, '\n');
      break;

    case PLN_BLOCK_HEADING:
      if (out->len > 0 && !g_str_has_suffix (out->str, "\n\n"))
        g_string_append_c (out, '\n');
      append_wrapped (out, "", "", text, WIDTH);
      if (block->level == 1)
        {
          g_autofree char *heading = pln_text_printable (block->text);

          for (glong c = 0; c < MIN (g_utf8_strlen (heading, -1), WIDTH); c++)
            g_string_append_c (out, '=');
          g_string_append_c (out, '\n');
        }
      g_string_append_c (out, '\n');
      break;

    case PLN_BLOCK_ITEM:
      {
        g_autofree char *pad = g_strnfill (block->level * 4, ' ');
        g_autofree char *label = pln_text_printable (block->label);
        g_autofree char *first = g_strdup_printf ("%s%-4s ", pad, label);
        g_autofree char *indent = g_strnfill (g_utf8_strlen (first, -1), ' ');

        append_wrapped (out, first, indent, text, WIDTH);
        g_string_append_c (out, '\n');
        break;
      }

    case PLN_BLOCK_TABLE:
      append_table (out, block);
      g_string_append_c (out, '\n');
      break;

    case PLN_BLOCK_PAGE_BREAK:
      g_string_append (out, "\n");
      break;

    default:
      g_assert_not_reached ();
    }

  append_notes (out, block);
}

GBytes *
pln_export_text (PlnDocument *document)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < pln_document_get_n_blocks (document); i++)
    append_block (out, pln_document_get_block (document, i));

  /* One newline at the end, not a blank line. */
  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);

  return g_string_free_to_bytes (out);
}
