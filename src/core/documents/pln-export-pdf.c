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
#include "pln-layout-private.h"

/* The PDF writer and the page layout shared with printing: pango sets each
 * block (shaping Arabic, choosing fonts, wrapping), the blocks become units
 * of layouts side by side (a paragraph; an item's label and text; a table
 * row's cells), and the units are placed page after page. A unit that does
 * not fit is cut between two lines, at one height for all its layouts, so
 * that no text is lost however long it is. A paragraph leaves at least two
 * lines at the foot of a page and takes at least two to the next, a heading
 * goes with the first lines of what follows it, and a table's header row is
 * repeated on the pages the table continues on. A footnote goes to the
 * foot of the page its mark is on, under a short rule; the room for the
 * notes of a unit is kept at the foot before the unit is placed. Pages
 * after the first have the document's symbol at their head; every page
 * has its number at its foot, but the first when it has the job number.
 * cairo draws the pages and embeds the fonts. */

#define MIN_LINES 2       /* of a paragraph on either side of a page break */
#define EPSILON 0.01      /* points: heights are sums of pango units */
#define FOOT_RULE 10.0    /* points: from the text above to the notes' rule, and the rule to the notes */
#define NOTE_SPACE 2.0    /* points: between two notes */

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
  GPtrArray    *notes;    /* of GPtrArray of the pieces of each page's footnotes */
  GHashTable   *note_pieces; /* of the pieces of the footnotes, by PlnNote */
  double        foot;     /* while cutting pages: the height of the current page's notes */
  char         *running_header;
  char         *first_footer;
  double        width;
  double        height;
  double        y;        /* while cutting pages: where the next unit goes */
  double        top;      /* …and where the current page's text begins */
  PangoContext *context;
};

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
             double     limit,
             guint     *last)
{
  double needed = ((Unit *) g_ptr_array_index (units, i))->height;

  *last = i;
  for (guint j = i; j + 1 < units->len && needed < limit; j++)
    {
      Unit *unit = g_ptr_array_index (units, j);
      Unit *next = g_ptr_array_index (units, j + 1);

      if (!unit->keep_with_next || next->page_break)
        break;
      needed += unit->space_after + (next->keep_with_next ? next->height : first_part_height (next));
      *last = j + 1;
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

static Piece *
note_piece (PlnDocumentLayout *self,
            const PlnNote     *note)
{
  Piece *piece = g_hash_table_lookup (self->note_pieces, note);

  if (piece == NULL)
    {
      piece = _pln_layout_note_piece (self->context, note, self->width - 2 * MARGIN);
      g_hash_table_insert (self->note_pieces, (gpointer) note, piece);
    }
  return piece;
}

static double
note_height (PlnDocumentLayout *self,
             const PlnNote     *note)
{
  return piece_top (note_piece (self, note), note_piece (self, note)->n_lines) + NOTE_SPACE;
}

/* The height the notes of the rest of @unit would take at the foot of
 * the current page. */
static double
notes_height (PlnDocumentLayout *self,
              const Unit        *unit)
{
  double height = 0;

  for (guint i = 0; i < unit->pieces->len; i++)
    {
      const Piece *piece = g_ptr_array_index (unit->pieces, i);

      for (guint m = 0; piece->marks != NULL && m < piece->marks->len; m++)
        if (g_array_index (piece->marks, PieceMark, m).line >= piece->next)
          height += note_height (self, g_array_index (piece->marks, PieceMark, m).note);
    }

  if (height > 0 && self->foot == 0)
    height += 2 * FOOT_RULE;
  return height;
}

/* keep_height() with the notes of the units kept together: all of
 * them, a little more than the first lines need at worst. */
static double
keep_notes_height (PlnDocumentLayout *self,
                   guint              i,
                   double             limit)
{
  guint last;
  double needed = keep_height (self->units, i, limit, &last);

  for (guint j = i; j <= last; j++)
    needed += notes_height (self, g_ptr_array_index (self->units, j));
  return needed;
}

/* The notes of the lines of @piece before @end go to the foot of the
 * current page. */
static void
add_notes (PlnDocumentLayout *self,
           const Piece       *piece,
           guint              end)
{
  GPtrArray *notes = g_ptr_array_index (self->notes, self->notes->len - 1);

  for (guint m = 0; piece->marks != NULL && m < piece->marks->len; m++)
    {
      const PieceMark *mark = &g_array_index (piece->marks, PieceMark, m);

      if (mark->line < piece->next || mark->line >= end)
        continue;
      if (self->foot == 0)
        self->foot = 2 * FOOT_RULE;
      self->foot += note_height (self, mark->note);
      g_ptr_array_add (notes, note_piece (self, mark->note));
    }
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
      add_notes (self, piece, piece->next + k);
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
  g_ptr_array_add (self->notes, g_ptr_array_new ());
  self->y = MARGIN;
  self->foot = 0;

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
  double height;

  for (;;)
    {
      /* Room for all the notes of the rest of the unit: those of the
       * lines that go to the next page are kept room for too. */
      double room = self->height - MARGIN - self->foot - notes_height (self, unit) - self->y;
      double cut;

      if (unit->height - unit->origin <= room + EPSILON)
        break;
      cut = find_cut (unit, room, TRUE);
      if (cut < 0 && self->y <= self->top + EPSILON)
        cut = forced_cut (unit, room);
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
  self->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->note_pieces = g_hash_table_new_full (NULL, NULL, NULL, _pln_layout_piece_free);
  self->running_header = g_strdup (pln_document_get_running_header (document));
  self->first_footer = g_strdup (pln_document_get_first_footer (document));
  self->units = _pln_layout_make_units (document, context, page_width - 2 * MARGIN);
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

      /* A heading goes with the first lines of what follows it, and
       * with their notes. */
      if (unit->keep_with_next && self->y > self->top + EPSILON &&
          self->y + keep_notes_height (self, i, body) > page_height - MARGIN - self->foot + EPSILON)
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

/* The notes of a page at its foot, the last against the margin, under
 * a rule a quarter of the text's width. */
static void
draw_notes (PlnDocumentLayout *self,
            cairo_t           *cr,
            GPtrArray         *notes)
{
  double y = self->height - MARGIN;

  if (notes->len == 0)
    return;

  for (guint i = 0; i < notes->len; i++)
    {
      const Piece *piece = g_ptr_array_index (notes, i);

      y -= piece_top (piece, piece->n_lines) + NOTE_SPACE;
    }

  cairo_move_to (cr, MARGIN, y - FOOT_RULE + NOTE_SPACE);
  cairo_rel_line_to (cr, (self->width - 2 * MARGIN) / 4, 0);
  cairo_stroke (cr);

  for (guint i = 0; i < notes->len; i++)
    {
      const Piece *piece = g_ptr_array_index (notes, i);
      Slice slice = { piece, 0, piece->n_lines, y };

      draw_slice (cr, &slice);
      y += piece_top (piece, piece->n_lines) + NOTE_SPACE;
    }
}

/* The running header (the symbol, over a rule, on the outer side: left
 * on even pages, right on odd ones) from the second page, drawn first so
 * that text extraction reads it first. */
static void
draw_running_header (PlnDocumentLayout *self,
                     cairo_t           *cr,
                     guint              page)
{
  double text_width = self->width - 2 * MARGIN;

  if (page > 0 && self->running_header != NULL)
    {
      PlnTextStyle side = page % 2 == 1 ? PLN_TEXT_PLAIN : PLN_TEXT_RIGHT;
      g_autoptr(PangoLayout) header = _pln_layout_make (self->context, self->running_header, text_width, 8.5,
                                                        PLN_TEXT_BOLD | side);

      cairo_move_to (cr, MARGIN, MARGIN - 36);
      pango_cairo_show_layout (cr, header);
      cairo_move_to (cr, MARGIN, MARGIN - 20);
      cairo_rel_line_to (cr, text_width, 0);
      cairo_stroke (cr);
    }
}

/* The page's number at its foot, or on the first page the job number. */
static void
draw_footer (PlnDocumentLayout *self,
             cairo_t           *cr,
             guint              page)
{
  double text_width = self->width - 2 * MARGIN;
  gboolean first = page == 0;

  if (first && self->first_footer != NULL)
    {
      g_autoptr(PangoLayout) footer = _pln_layout_make (self->context, self->first_footer, text_width, 8.5, PLN_TEXT_PLAIN);

      cairo_move_to (cr, MARGIN, self->height - MARGIN + 18);
      pango_cairo_show_layout (cr, footer);
    }
  else if (self->pages->len > 1)
    {
      g_autofree char *number = g_strdup_printf ("%u", page + 1);
      g_autoptr(PangoLayout) footer = _pln_layout_make (self->context, number, text_width, 9, PLN_TEXT_CENTER);

      cairo_move_to (cr, MARGIN, self->height - MARGIN + 18);
      pango_cairo_show_layout (cr, footer);
    }
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
  cairo_set_line_width (cr, 0.5);
  draw_running_header (self, cr, page);
  for (guint i = 0; i < slices->len; i++)
    draw_slice (cr, &g_array_index (slices, Slice, i));

  for (guint i = 0; i + 2 < rules->len; i += 3)
    {
      cairo_move_to (cr, g_array_index (rules, double, i), g_array_index (rules, double, i + 1));
      cairo_rel_line_to (cr, g_array_index (rules, double, i + 2), 0);
      cairo_stroke (cr);
    }

  draw_notes (self, cr, g_ptr_array_index (self->notes, page));
  draw_footer (self, cr, page);
  cairo_restore (cr);
}

void
pln_document_layout_free (PlnDocumentLayout *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->pages);
  g_ptr_array_unref (self->rules);
  g_ptr_array_unref (self->notes);
  g_hash_table_unref (self->note_pieces);
  g_ptr_array_unref (self->units);
  g_free (self->running_header);
  g_free (self->first_footer);
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
