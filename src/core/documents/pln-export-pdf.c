/* pln-export-pdf.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-export-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "pln-error.h"
#include "pln-export-private.h"

/* The PDF writer and the page layout shared with printing: pango sets each
 * block (shaping Arabic, choosing fonts, wrapping), the blocks become units
 * of layouts side by side (a paragraph; an item's label and text; a table
 * row's cells), and the units are placed page after page. A unit that does
 * not fit is cut between two lines, at one height for all its layouts, so
 * that no text is lost however long it is. A paragraph leaves at least two
 * lines at the foot of a page and takes at least two to the next, a heading
 * goes with the first lines of what follows it, and a table's header row is
 * repeated on the pages the table continues on. cairo draws the pages and
 * embeds the fonts. A4, margins of 2.5 cm, serif type as in United Nations
 * documents. */

#define MARGIN 70.9
#define LABEL_WIDTH 34.0
#define INDENT 34.0
#define BODY_FONT "Liberation Serif, Times New Roman, Noto Serif, DejaVu Serif, serif"
#define MIN_LINES 2       /* of a paragraph on either side of a page break */
#define RUN_CHUNK 64      /* characters of an unbreakable run shaped as one item */
#define EPSILON 0.01      /* points: heights are sums of pango units */

typedef struct
{
  PangoLayout *layout;
  double       x;
  double       y;         /* of the layout's top, from the top of the unit */
  guint        n_lines;
  double      *tops;      /* of each line from the layout's top, then the last one's bottom */
  guint        next;      /* while cutting pages: the first line not yet on one */
} Piece;

typedef struct _Unit Unit;

struct _Unit
{
  GPtrArray *pieces;
  double     height;
  double     space_after;
  gboolean   keep_with_next;
  gboolean   page_break;
  double     rule_at;     /* a rule under a table's header row, or -1 */
  double     rule_width;
  Unit      *header;      /* a table row's header row */
  double     origin;      /* while cutting pages: where the rest of the unit begins */
};

/* What a page shows of a piece: @n_lines lines from @first, the top of
 * the first at @y. */
typedef struct
{
  const Piece *piece;
  guint        first;
  guint        n_lines;
  double       y;
} Slice;

struct _PlnDocumentLayout
{
  GPtrArray    *units;    /* owns the pieces the pages show */
  GPtrArray    *pages;    /* of GArray of Slice */
  GPtrArray    *rules;    /* of GArray of double: x, y and width of each rule */
  double        width;
  double        height;
  double        y;        /* while cutting pages: where the next unit goes */
  double        top;      /* …and where the current page's text begins */
  PangoContext *context;
};

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

static PangoLayout *
make_layout (PangoContext *context,
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
static Piece *
piece_new (PangoLayout *layout,
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

static void
piece_free (gpointer data)
{
  Piece *piece = data;

  g_object_unref (piece->layout);
  g_free (piece->tops);
  g_free (piece);
}

/* Where line @line of @piece begins and ends, from the top of the unit. */
static inline double
piece_top (const Piece *piece,
           guint        line)
{
  return piece->y + piece->tops[line];
}

static inline double
piece_bottom (const Piece *piece,
              guint        line)
{
  return piece->y + piece->tops[line + 1];
}

static Unit *
add_unit (GPtrArray *units,
          double     space_after,
          gboolean   keep_with_next)
{
  Unit *unit = g_new0 (Unit, 1);

  unit->pieces = g_ptr_array_new_with_free_func (piece_free);
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

static void
unit_add (Unit        *unit,
          PangoLayout *layout,
          double       x,
          double       y)
{
  Piece *piece = piece_new (layout, x, y);

  g_ptr_array_add (unit->pieces, piece);
  unit->height = MAX (unit->height, piece_top (piece, piece->n_lines));
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
  unit_add (unit, make_layout (context, block->label, LABEL_WIDTH, 11,
                               block->style | (rtl ? PLN_TEXT_RIGHT : PLN_TEXT_PLAIN)),
            rtl ? indent + text_width : indent, 0);
  unit_add (unit, make_layout (context, block->text, text_width, 11, block->style),
            rtl ? MARGIN : indent + LABEL_WIDTH, 0);
}

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
      Unit *unit = add_unit (units, r == 0 ? 6 : 3, r == 0);

      for (guint c = 0; c < block->n_columns; c++)
        unit_add (unit, make_layout (context, row[c], x[c + 1] - x[c] - 8, 10,
                                     r == 0 ? PLN_TEXT_ITALIC : PLN_TEXT_PLAIN),
                  MARGIN + x[c], 0);

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

static GPtrArray *
make_units (PlnDocument  *document,
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
          unit_add (add_unit (units, 12, TRUE),
                    make_layout (context, block->text, width, 15, block->style), MARGIN, 0);
          break;

        case PLN_BLOCK_HEADING:
          /* Space above a heading, part of its unit so it stays with it. */
          unit_add (add_unit (units, 6, TRUE),
                    make_layout (context, block->text, width, block->level == 1 ? 12 : 11,
                                 PLN_TEXT_BOLD | block->style),
                    MARGIN, block->level == 1 ? 10 : 6);
          break;

        case PLN_BLOCK_PARAGRAPH:
          unit_add (add_unit (units, 8, FALSE),
                    make_layout (context, block->text, width, 11, block->style), MARGIN, 0);
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

/* How many of the lines of @piece not yet on a page end above @cut, a
 * height from where the rest of the unit begins. */
static guint
lines_above (const Piece *piece,
             double       origin,
             double       cut)
{
  guint k = 0;

  while (piece->next + k < piece->n_lines && piece_bottom (piece, piece->next + k) - origin <= cut + EPSILON)
    k++;

  return k;
}

/* Whether the rest of @unit can be cut at @cut: something goes above it
 * and something below. @strict asks for the cut to fall between two lines
 * of every layout, and to leave no line of a paragraph alone on either
 * side of it. */
static gboolean
cut_is_good (const Unit *unit,
             double      cut,
             gboolean    strict)
{
  gboolean kept = FALSE;
  gboolean left = FALSE;

  for (guint i = 0; i < unit->pieces->len; i++)
    {
      const Piece *piece = g_ptr_array_index (unit->pieces, i);
      guint rest = piece->n_lines - piece->next;
      guint k = lines_above (piece, unit->origin, cut);

      if (strict && k < rest && piece_top (piece, piece->next + k) - unit->origin < cut - EPSILON)
        return FALSE;
      if (strict && k > 0 && k < rest && (k < MIN_LINES || rest - k < MIN_LINES))
        return FALSE;

      kept |= k > 0;
      left |= k < rest;
    }

  return kept && left;
}

/* The lowest good cut of the rest of @unit in @room, or -1. */
static double
find_cut (const Unit *unit,
          double      room,
          gboolean    strict)
{
  double best = -1;

  for (guint i = 0; i < unit->pieces->len; i++)
    {
      const Piece *piece = g_ptr_array_index (unit->pieces, i);

      for (guint line = piece->next; line < piece->n_lines; line++)
        {
          double cut = piece_bottom (piece, line) - unit->origin;

          if (cut > room + EPSILON)
            break;
          if (cut > best && cut_is_good (unit, cut, strict))
            best = cut;
        }
    }

  return best;
}

/* A unit taller than an empty page: cut wherever something fits, and at
 * worst after one line, so that every line reaches a page. */
static double
forced_cut (const Unit *unit,
            double      room)
{
  double cut = find_cut (unit, room, FALSE);

  for (guint i = 0; cut < 0 && i < unit->pieces->len; i++)
    {
      const Piece *piece = g_ptr_array_index (unit->pieces, i);

      if (piece->next < piece->n_lines)
        cut = piece_bottom (piece, piece->next) - unit->origin;
    }

  return cut;
}

/* How much of @unit must go on a page with the heading before it: its
 * first two lines, or all of it if it cannot be cut. */
static double
first_part_height (const Unit *unit)
{
  double best = unit->height;

  for (guint i = 0; i < unit->pieces->len; i++)
    {
      const Piece *piece = g_ptr_array_index (unit->pieces, i);

      for (guint line = 0; line < piece->n_lines && piece_bottom (piece, line) < best; line++)
        if (cut_is_good (unit, piece_bottom (piece, line), TRUE))
          {
            best = piece_bottom (piece, line);
            break;
          }
    }

  return best;
}

/* The height unit @i needs at the foot of a page: its own, and that of
 * the units it is kept with (headings, a table's header row) down to the
 * first part of the unit that follows them. */
static double
keep_height (GPtrArray *units,
             guint      i,
             double     limit)
{
  double needed = ((Unit *) g_ptr_array_index (units, i))->height;

  for (guint j = i; j + 1 < units->len && needed < limit; j++)
    {
      Unit *unit = g_ptr_array_index (units, j);
      Unit *next = g_ptr_array_index (units, j + 1);

      if (!unit->keep_with_next || next->page_break)
        break;
      needed += unit->space_after + (next->keep_with_next ? next->height : first_part_height (next));
    }

  return needed;
}

static void
add_slice (PlnDocumentLayout *self,
           const Piece       *piece,
           guint              first,
           guint              n_lines,
           double             y)
{
  Slice slice = { piece, first, n_lines, y };

  g_array_append_val (g_ptr_array_index (self->pages, self->pages->len - 1), slice);
}

static void
add_rule (PlnDocumentLayout *self,
          double             y,
          double             width)
{
  double rule[3] = { MARGIN, y, width };

  g_array_append_vals (g_ptr_array_index (self->rules, self->rules->len - 1), rule, 3);
}

/* Puts the lines of the rest of @unit that end above @cut at the current
 * height of the page. */
static void
place_lines (PlnDocumentLayout *self,
             Unit              *unit,
             double             cut)
{
  double origin = unit->origin;
  double rest = unit->height;

  for (guint i = 0; i < unit->pieces->len; i++)
    {
      Piece *piece = g_ptr_array_index (unit->pieces, i);
      guint k = lines_above (piece, origin, cut);

      if (k > 0)
        add_slice (self, piece, piece->next, k, self->y + piece_top (piece, piece->next) - origin);
      piece->next += k;
      if (piece->next < piece->n_lines)
        rest = MIN (rest, piece_top (piece, piece->next));
    }

  if (unit->rule_at >= 0 && rest >= unit->height)
    add_rule (self, self->y + unit->rule_at - origin, unit->rule_width);
  unit->origin = rest;
}

/* A table's header row again, whole, at the top of a page. */
static void
place_header (PlnDocumentLayout *self,
              const Unit        *header)
{
  for (guint i = 0; i < header->pieces->len; i++)
    {
      const Piece *piece = g_ptr_array_index (header->pieces, i);

      add_slice (self, piece, 0, piece->n_lines, self->y + piece_top (piece, 0));
    }

  add_rule (self, self->y + header->rule_at, header->rule_width);
  self->y += header->height + header->space_after;
}

/* A new page, for the rest of a table's row when @header is not %NULL. */
static void
start_page (PlnDocumentLayout *self,
            const Unit        *header)
{
  g_ptr_array_add (self->pages, g_array_new (FALSE, FALSE, sizeof (Slice)));
  g_ptr_array_add (self->rules, g_array_new (FALSE, FALSE, sizeof (double)));
  self->y = MARGIN;

  /* Unless the header row alone would fill much of the page. */
  if (header != NULL && header->height < (self->height - 2 * MARGIN) / 3)
    place_header (self, header);
  self->top = self->y;
}

/* Places @unit, page after page as long as it does not fit. */
static void
place_unit (PlnDocumentLayout *self,
            Unit              *unit)
{
  double bottom = self->height - MARGIN;
  double height;

  while (unit->height - unit->origin > bottom - self->y + EPSILON)
    {
      double cut = find_cut (unit, bottom - self->y, TRUE);

      if (cut < 0 && self->y <= self->top + EPSILON)
        cut = forced_cut (unit, bottom - self->y);
      if (cut > 0)
        place_lines (self, unit, cut);
      start_page (self, unit->header);
    }

  height = unit->height - unit->origin;
  place_lines (self, unit, G_MAXDOUBLE);
  self->y += height + unit->space_after;
}

/**
 * pln_document_layout_new:
 * @context: where the text is set: pango_cairo_create_context() of the
 *   PDF's cairo context, or gtk_print_context_create_pango_context()
 * @page_width: the page's width in points (A4: 595.28)
 * @page_height: its height
 *
 * Sets the document and cuts it into pages.
 */
PlnDocumentLayout *
pln_document_layout_new (PlnDocument  *document,
                         PangoContext *context,
                         double        page_width,
                         double        page_height)
{
  PlnDocumentLayout *self;
  double body = page_height - 2 * MARGIN;

  g_return_val_if_fail (PLN_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  self = g_new0 (PlnDocumentLayout, 1);
  self->width = page_width;
  self->height = page_height;
  self->context = g_object_ref (context);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->units = make_units (document, context, page_width - 2 * MARGIN);
  start_page (self, NULL);

  for (guint i = 0; i < self->units->len; i++)
    {
      Unit *unit = g_ptr_array_index (self->units, i);

      if (unit->page_break)
        {
          if (self->y > self->top + EPSILON)
            start_page (self, NULL);
          continue;
        }

      /* A heading goes with the first lines of what follows it. */
      if (unit->keep_with_next && self->y > self->top + EPSILON &&
          self->y + keep_height (self->units, i, body) > page_height - MARGIN + EPSILON)
        start_page (self, unit->header);

      place_unit (self, unit);
    }

  return self;
}

/* Draws the lines of @slice as pango_cairo_show_layout() would draw them
 * all: each at its own offset, which holds its alignment and, in
 * right-to-left text, the side it starts on. The layouts are not updated
 * for @cr (pango_cairo_update_layout()): they were set for it, and in
 * pango 1.50 an update sets them again, at the cost of all the shaping, and
 * could move the lines the pages were cut at. */
static void
draw_slice (cairo_t     *cr,
            const Slice *slice)
{
  const Piece *piece = slice->piece;
  PangoLayoutIter *iter = pango_layout_get_iter (piece->layout);

  for (guint i = 0; i < slice->first; i++)
    pango_layout_iter_next_line (iter);

  for (guint i = 0; i < slice->n_lines; i++)
    {
      PangoRectangle logical;
      double baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cairo_move_to (cr, piece->x + (double) logical.x / PANGO_SCALE,
                     slice->y + baseline - piece->tops[slice->first]);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
      pango_layout_iter_next_line (iter);
    }

  pango_layout_iter_free (iter);
}

guint
pln_document_layout_get_n_pages (PlnDocumentLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

/**
 * pln_document_layout_render_page:
 * @page: from 0
 *
 * Draws a page, with its number at the foot, in points from the page's
 * top left corner.
 */
void
pln_document_layout_render_page (PlnDocumentLayout *self,
                                 cairo_t           *cr,
                                 guint              page)
{
  GArray *slices;
  GArray *rules;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page < self->pages->len);

  slices = g_ptr_array_index (self->pages, page);
  rules = g_ptr_array_index (self->rules, page);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < slices->len; i++)
    draw_slice (cr, &g_array_index (slices, Slice, i));

  cairo_set_line_width (cr, 0.5);
  for (guint i = 0; i + 2 < rules->len; i += 3)
    {
      cairo_move_to (cr, g_array_index (rules, double, i), g_array_index (rules, double, i + 1));
      cairo_rel_line_to (cr, g_array_index (rules, double, i + 2), 0);
      cairo_stroke (cr);
    }

  /* The page number, when there is more than one page. */
  if (self->pages->len > 1)
    {
      g_autofree char *number = g_strdup_printf ("%u", page + 1);
      g_autoptr(PangoLayout) footer = make_layout (self->context, number, self->width - 2 * MARGIN, 9,
                                                   PLN_TEXT_CENTER);

      cairo_move_to (cr, MARGIN, self->height - MARGIN + 18);
      pango_cairo_show_layout (cr, footer);
    }
  cairo_restore (cr);
}

void
pln_document_layout_free (PlnDocumentLayout *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->pages);
  g_ptr_array_unref (self->rules);
  g_ptr_array_unref (self->units);
  g_object_unref (self->context);
  g_free (self);
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
pln_export_pdf (PlnDocument  *document,
                GError      **error)
{
  const double width = 595.28, height = 841.89;   /* A4 */
  GByteArray *data = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_cb, data, width, height);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  g_autoptr(PlnDocumentLayout) layout = NULL;
  cairo_status_t status;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, pln_document_get_title (document) ?: "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Plenary " PACKAGE_VERSION);

  layout = pln_document_layout_new (document, context, width, height);
  for (guint page = 0; page < pln_document_layout_get_n_pages (layout); page++)
    {
      pln_document_layout_render_page (layout, cr, page);
      cairo_show_page (cr);
    }

  g_clear_pointer (&layout, pln_document_layout_free);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_EXPORT, _("The PDF could not be made: %s"),
                   cairo_status_to_string (status));
      g_byte_array_unref (data);
      return NULL;
    }

  return g_byte_array_free_to_bytes (data);
}
