/* pln-layout-units.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-export-pdf"

#include "config.h"

#include <string.h>

#include "pln-layout-private.h"

/* The blocks of a document set by pango (shaping Arabic, choosing fonts,
 * wrapping) as units of layouts side by side: a paragraph; an item's
 * label and text; a table row's cells. The pages are cut from them in
 * pln-export-pdf.c. */

#define RUN_CHUNK 64      /* characters of an unbreakable run shaped as one item */

static gboolean
has_long_run (const char *text)
{
  guint run = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      run = g_unichar_isspace (g_utf8_get_char (p)) ? 0 : run + 1;
      if (run > RUN_CHUNK)
        return TRUE;
    }

  return FALSE;
}

/* A run of characters where a line cannot break (a long web address, a
 * word of 100 000 letters) is cut into items of RUN_CHUNK characters by a
 * no-op attribute: font fallback, which is on anyway. Pango 1.50 breaks
 * such a run by characters only after looking for a break between words,
 * and to measure the one it finds at the end of the text it shapes the
 * whole rest of the item again, on every line: time quadratic in the
 * length of the run (100 000 letters: a minute). Over short items that
 * work is bounded by RUN_CHUNK, and pango still breaks each line where it
 * is full, drawing its hyphen. The text is left as it is: U+200B inserted
 * every so often would bound the work too (pango draws nothing for it, so
 * the PDF's text would not show it), but the lines would break only where
 * it was inserted, short of full. */
static PangoAttrList *
chunk_long_runs (const char *text)
{
  PangoAttrList *list = NULL;
  g_autofree PangoLogAttr *attrs = NULL;
  glong n_chars;
  const char *start = text;
  guint run = 0;
  glong i = 0;

  if (!has_long_run (text))
    return NULL;

  n_chars = g_utf8_strlen (text, -1);
  attrs = g_new0 (PangoLogAttr, n_chars + 1);
  pango_get_log_attrs (text, -1, -1, pango_language_get_default (), attrs, n_chars + 1);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), i++, run++)
    {
      if (attrs[i].is_line_break)
        {
          start = p;
          run = 0;
        }
      else if (run >= RUN_CHUNK && attrs[i].is_cursor_position)
        {
          PangoAttribute *attr = pango_attr_fallback_new (TRUE);

          attr->start_index = start - text;
          attr->end_index = p - text;
          if (list == NULL)
            list = pango_attr_list_new ();
          pango_attr_list_insert (list, attr);
          start = p;
          run = 0;
        }
    }

  return list;
}

PangoLayout *
_pln_layout_make (PangoContext *context,
                  const char   *text,
                  double        width,
                  double        size,
                  PlnTextStyle  style)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (BODY_FONT);
  PangoAttrList *chunks = chunk_long_runs (text);

  pango_font_description_set_size (font, size * ((style & PLN_TEXT_SMALL) ? 0.85 : 1.0) * PANGO_SCALE);
  if (style & PLN_TEXT_BOLD)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (style & PLN_TEXT_ITALIC)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  if (chunks != NULL)
    {
      pango_layout_set_attributes (layout, chunks);
      pango_attr_list_unref (chunks);
    }
  if (style & PLN_TEXT_CENTER)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  else if (style & PLN_TEXT_RIGHT)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);

  return layout;
}

/* Takes @layout and measures where its lines are. */
Piece *
_pln_layout_piece_new (PangoLayout *layout,
                       double       x,
                       double       y)
{
  Piece *piece = g_new0 (Piece, 1);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  guint i = 0;

  piece->layout = layout;
  piece->x = x;
  piece->y = y;
  piece->n_lines = pango_layout_get_line_count (layout);
  piece->tops = g_new0 (double, piece->n_lines + 1);

  do
    {
      int top, bottom;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      piece->tops[i] = (double) top / PANGO_SCALE;
      piece->tops[++i] = (double) bottom / PANGO_SCALE;
    }
  while (i < piece->n_lines && pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
  return piece;
}

void
_pln_layout_piece_free (gpointer data)
{
  Piece *piece = data;

  g_clear_pointer (&piece->marks, g_array_unref);
  g_object_unref (piece->layout);
  g_free (piece->tops);
  g_free (piece);
}

static Unit *
add_unit (GPtrArray *units,
          double     space_after,
          gboolean   keep_with_next)
{
  Unit *unit = g_new0 (Unit, 1);

  unit->pieces = g_ptr_array_new_with_free_func (_pln_layout_piece_free);
  unit->space_after = space_after;
  unit->keep_with_next = keep_with_next;
  unit->rule_at = -1;
  g_ptr_array_add (units, unit);
  return unit;
}

static void
unit_free (gpointer data)
{
  Unit *unit = data;

  g_ptr_array_unref (unit->pieces);
  g_free (unit);
}

static Piece *
unit_add (Unit        *unit,
          PangoLayout *layout,
          double       x,
          double       y)
{
  Piece *piece = _pln_layout_piece_new (layout, x, y);

  g_ptr_array_add (unit->pieces, piece);
  unit->height = MAX (unit->height, piece_top (piece, piece->n_lines));
  return piece;
}

/* A layout of @text (a block's, or a table cell's at @row and @column)
 * with its spans' styles and its footnotes' marks ("¹"), whose lines go
 * to @marks once the layout is a piece. */
static PangoLayout *
marked_layout (PangoContext   *context,
               const PlnBlock *block,
               guint           row,
               guint           column,
               const char     *text,
               double          width,
               double          size,
               PlnTextStyle    style,
               GArray         *marks)
{
  g_autoptr(GArray) segments = pln_block_segments (block, row, column, text);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(PangoAttrList) spans = pango_attr_list_new ();
  PangoLayout *layout;
  PangoAttrList *attrs;

  for (guint i = 0; i < segments->len; i++)
    {
      const PlnSegment *segment = &g_array_index (segments, PlnSegment, i);
      gsize start = out->len;

      if (segment->note != NULL)
        {
          PieceMark mark = { out->len, segment->note };   /* the line is found below */

          pln_append_superscript (out, segment->note->number);
          g_array_append_val (marks, mark);
          continue;
        }
      g_string_append_len (out, text + segment->start, segment->end - segment->start);
      if (segment->style & (PLN_TEXT_BOLD | PLN_TEXT_ITALIC))
        {
          PangoAttribute *attr = (segment->style & PLN_TEXT_ITALIC) ? pango_attr_style_new (PANGO_STYLE_ITALIC)
                                                                     : pango_attr_weight_new (PANGO_WEIGHT_BOLD);

          attr->start_index = start;
          attr->end_index = out->len;
          pango_attr_list_insert (spans, attr);
        }
    }

  layout = _pln_layout_make (context, out->str, width, size, style);
  attrs = pango_layout_get_attributes (layout);
  if (attrs != NULL)
    pango_attr_list_splice (attrs, spans, 0, 0);
  else
    pango_layout_set_attributes (layout, spans);
  return layout;
}

/* @marks, made by marked_layout() with their bytes in the layout's text,
 * become @piece's, with their lines. */
static void
piece_set_marks (Piece  *piece,
                 GArray *marks)
{
  for (guint i = 0; i < marks->len; i++)
    {
      PieceMark *mark = &g_array_index (marks, PieceMark, i);
      int line = 0;

      pango_layout_index_to_line_x (piece->layout, mark->line, FALSE, &line, NULL);
      mark->line = MIN ((guint) MAX (line, 0), piece->n_lines - 1);
    }
  if (marks->len > 0)
    piece->marks = g_array_ref (marks);
}

static void
add_text_unit (Unit           *unit,
               PangoContext   *context,
               const PlnBlock *block,
               double          width,
               double          size,
               PlnTextStyle    style,
               double          x,
               double          y)
{
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (PieceMark));
  PangoLayout *layout = marked_layout (context, block, 0, 0, block->text, width, size, style, marks);

  piece_set_marks (unit_add (unit, layout, x, y), marks);
}

/**
 * _pln_layout_note_piece:
 *
 * A footnote as the foot of a page shows it: its number, then its text
 * hanging after it, in small type.
 */
Piece *
_pln_layout_note_piece (PangoContext  *context,
                        const PlnNote *note,
                        double         width)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(PangoTabArray) tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT, (int) NOTE_HANG);
  PangoLayout *layout;

  pln_append_superscript (text, note->number);
  g_string_append_printf (text, "\t%s", note->text);
  layout = _pln_layout_make (context, text->str, width, NOTE_SIZE, PLN_TEXT_PLAIN);
  pango_layout_set_tabs (layout, tabs);
  pango_layout_set_indent (layout, -NOTE_HANG * PANGO_SCALE);
  return _pln_layout_piece_new (layout, MARGIN, 0);
}

static void
add_item_unit (GPtrArray      *units,
               PangoContext   *context,
               const PlnBlock *block,
               double          width)
{
  Unit *unit = add_unit (units, 6, FALSE);
  double indent = MARGIN + block->level * INDENT;
  double text_width = width - block->level * INDENT - LABEL_WIDTH;
  gboolean rtl = pln_text_is_rtl (block->text);

  /* Right-to-left, the label hangs on the right, against the margin. */
  unit_add (unit, _pln_layout_make (context, block->label, LABEL_WIDTH, 11,
                                    block->style | (rtl ? PLN_TEXT_RIGHT : PLN_TEXT_PLAIN)),
            rtl ? indent + text_width : indent, 0);
  add_text_unit (unit, context, block, text_width, 11, block->style, rtl ? MARGIN : indent + LABEL_WIDTH, 0);
}

/* A table's rows, each a unit: the header row with the table's only rule
 * under it, repeated on the pages the table goes on to; a spanning row
 * across the table; a row kept with the next goes with it. */
static void
add_table_units (GPtrArray      *units,
                 PangoContext   *context,
                 const PlnBlock *block,
                 double          width)
{
  double total = 0;
  g_autofree double *x = g_new (double, block->n_columns + 1);
  Unit *header = NULL;

  for (guint c = 0; c < block->n_columns; c++)
    total += block->widths[c];
  x[0] = 0;
  for (guint c = 0; c < block->n_columns; c++)
    x[c + 1] = x[c] + width * block->widths[c] / total;

  for (guint r = 0; r < block->rows->len; r++)
    {
      char **row = g_ptr_array_index (block->rows, r);
      PlnRowFlags flags = pln_block_get_row_flags (block, r);
      gboolean spanning = (flags & PLN_ROW_SPANNING) != 0;
      Unit *unit = add_unit (units, r == 0 ? 6 : 3, r == 0 || (flags & PLN_ROW_KEEP_WITH_NEXT));

      for (guint c = 0; c < (spanning ? 1 : block->n_columns); c++)
        {
          g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (PieceMark));
          double right = spanning ? x[block->n_columns] : x[c + 1];

          unit_add (unit, marked_layout (context, block, r, c, row[c], right - x[c] - 8, 10,
                                         r == 0 ? PLN_TEXT_ITALIC : PLN_TEXT_PLAIN, marks),
                    MARGIN + x[c], 0);
        }

      if (r == 0)
        {
          unit->rule_at = unit->height + 2;
          unit->rule_width = width;
          header = unit;
        }
      else
        unit->header = header;
    }
}

GPtrArray *
_pln_layout_make_units (PlnDocument  *document,
                        PangoContext *context,
                        double        width)
{
  GPtrArray *units = g_ptr_array_new_with_free_func (unit_free);
  guint n = pln_document_get_n_blocks (document);

  for (guint i = 0; i < n; i++)
    {
      const PlnBlock *block = pln_document_get_block (document, i);

      switch (block->kind)
        {
        case PLN_BLOCK_TITLE:
          add_text_unit (add_unit (units, 12, TRUE), context, block, width, 15, block->style, MARGIN, 0);
          break;

        case PLN_BLOCK_HEADING:
          /* Space above a heading, part of its unit so it stays with it. */
          add_text_unit (add_unit (units, 6, TRUE), context, block, width, block->level == 1 ? 12 : 11,
                         PLN_TEXT_BOLD | block->style, MARGIN, block->level == 1 ? 10 : 6);
          break;

        case PLN_BLOCK_PARAGRAPH:
          add_text_unit (add_unit (units, 8, FALSE), context, block, width, 11, block->style, MARGIN, 0);
          break;

        case PLN_BLOCK_ITEM:
          add_item_unit (units, context, block, width);
          break;

        case PLN_BLOCK_TABLE:
          add_table_units (units, context, block, width);
          break;

        case PLN_BLOCK_PAGE_BREAK:
          add_unit (units, 0, FALSE)->page_break = TRUE;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return units;
}
