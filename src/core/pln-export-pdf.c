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
 * block (shaping Arabic, choosing fonts, wrapping), the blocks are cut into
 * units that stay on one page (a paragraph, an item, a table row), and the
 * units are placed page after page, a heading kept with what follows it.
 * cairo draws the pages and embeds the fonts. A4, margins of 2.5 cm,
 * serif type as in United Nations documents. */

#define MARGIN 70.9
#define LABEL_WIDTH 34.0
#define INDENT 34.0
#define BODY_FONT "Liberation Serif, Times New Roman, Noto Serif, DejaVu Serif, serif"

typedef struct
{
  PangoLayout *layout;
  double       x;
  double       y;   /* from the top of the unit, then of the page */
} Piece;

typedef struct
{
  GPtrArray *pieces;
  double     height;
  double     space_after;
  gboolean   keep_with_next;
  double     rule_at;     /* a rule under a table's header row, or -1 */
  double     rule_width;
} Unit;

struct _PlnDocumentLayout
{
  GPtrArray *pages;      /* of GPtrArray of Piece */
  GPtrArray *rules;      /* of GPtrArray of double[3]: x, y, width */
  double     width;
  double     height;
  PangoContext *context;
};

static void
piece_free (gpointer data)
{
  Piece *piece = data;

  g_object_unref (piece->layout);
  g_free (piece);
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

  pango_font_description_set_size (font, size * ((style & PLN_TEXT_SMALL) ? 0.85 : 1.0) * PANGO_SCALE);
  if (style & PLN_TEXT_BOLD)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (style & PLN_TEXT_ITALIC)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  if (style & PLN_TEXT_CENTER)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  else if (style & PLN_TEXT_RIGHT)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static Unit *
unit_new (void)
{
  Unit *unit = g_new0 (Unit, 1);

  unit->pieces = g_ptr_array_new_with_free_func (piece_free);
  unit->rule_at = -1;
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
  Piece *piece = g_new0 (Piece, 1);

  piece->layout = layout;
  piece->x = x;
  piece->y = y;
  g_ptr_array_add (unit->pieces, piece);
  unit->height = MAX (unit->height, y + layout_height (layout));
}

static void
add_text_unit (GPtrArray    *units,
               PangoContext *context,
               const char   *text,
               double        x,
               double        width,
               double        size,
               PlnTextStyle  style,
               double        space_after,
               gboolean      keep)
{
  Unit *unit = unit_new ();

  unit_add (unit, make_layout (context, text, width, size, style), x, 0);
  unit->space_after = space_after;
  unit->keep_with_next = keep;
  g_ptr_array_add (units, unit);
}

static void
add_table_units (GPtrArray      *units,
                 PangoContext   *context,
                 const PlnBlock *block,
                 double          width)
{
  double total = 0;
  g_autofree double *x = g_new (double, block->n_columns + 1);

  for (guint c = 0; c < block->n_columns; c++)
    total += block->widths[c];
  x[0] = 0;
  for (guint c = 0; c < block->n_columns; c++)
    x[c + 1] = x[c] + width * block->widths[c] / total;

  for (guint r = 0; r < block->rows->len; r++)
    {
      char **row = g_ptr_array_index (block->rows, r);
      Unit *unit = unit_new ();

      for (guint c = 0; c < block->n_columns; c++)
        unit_add (unit, make_layout (context, row[c], x[c + 1] - x[c] - 8, 10, r == 0 ? PLN_TEXT_ITALIC : PLN_TEXT_PLAIN),
                  MARGIN + x[c], 0);

      unit->space_after = r == 0 ? 6 : 3;
      if (r == 0)
        {
          unit->rule_at = unit->height + 2;
          unit->rule_width = width;
          unit->keep_with_next = TRUE;
        }
      g_ptr_array_add (units, unit);
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
          add_text_unit (units, context, block->text, MARGIN, width, 15, block->style, 12, TRUE);
          break;

        case PLN_BLOCK_HEADING:
          {
            /* Space above a heading, part of its unit so it stays with it. */
            Unit *unit = unit_new ();

            unit_add (unit, make_layout (context, block->text, width, block->level == 1 ? 12 : 11,
                                         PLN_TEXT_BOLD | block->style), MARGIN, block->level == 1 ? 10 : 6);
            unit->space_after = 6;
            unit->keep_with_next = TRUE;
            g_ptr_array_add (units, unit);
            break;
          }

        case PLN_BLOCK_PARAGRAPH:
          add_text_unit (units, context, block->text, MARGIN, width, 11, block->style, 8, FALSE);
          break;

        case PLN_BLOCK_ITEM:
          {
            Unit *unit = unit_new ();
            double indent = MARGIN + block->level * INDENT;
            gboolean rtl = pln_text_is_rtl (block->text);
            double text_x = rtl ? MARGIN : indent + LABEL_WIDTH;
            double label_x = rtl ? MARGIN + width - block->level * INDENT - LABEL_WIDTH : indent;

            unit_add (unit, make_layout (context, block->label, LABEL_WIDTH, 11, block->style), label_x, 0);
            unit_add (unit, make_layout (context, block->text, width - block->level * INDENT - LABEL_WIDTH, 11, block->style),
                      text_x, 0);
            unit->space_after = 6;
            g_ptr_array_add (units, unit);
            break;
          }

        case PLN_BLOCK_TABLE:
          add_table_units (units, context, block, width);
          break;

        case PLN_BLOCK_PAGE_BREAK:
          {
            Unit *unit = unit_new ();

            unit->height = G_MAXDOUBLE / 4;   /* never fits: starts a page */
            g_ptr_array_add (units, unit);
            break;
          }

        default:
          g_assert_not_reached ();
        }
    }

  return units;
}

static GPtrArray *
new_page (PlnDocumentLayout *self)
{
  GPtrArray *page = g_ptr_array_new_with_free_func (piece_free);

  g_ptr_array_add (self->pages, page);
  g_ptr_array_add (self->rules, g_array_new (FALSE, FALSE, sizeof (double)));
  return page;
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
  PlnDocumentLayout *self = g_new0 (PlnDocumentLayout, 1);
  double width = page_width - 2 * MARGIN;
  double bottom = page_height - MARGIN;
  g_autoptr(GPtrArray) units = NULL;
  GPtrArray *page;
  double y = MARGIN;

  self->width = page_width;
  self->height = page_height;
  self->context = g_object_ref (context);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  page = new_page (self);

  units = make_units (document, context, width);
  for (guint i = 0; i < units->len; i++)
    {
      Unit *unit = g_ptr_array_index (units, i);
      double needed = unit->height;

      /* A heading goes with the first unit after it. */
      if (unit->keep_with_next && i + 1 < units->len)
        needed += unit->space_after + MIN (((Unit *) g_ptr_array_index (units, i + 1))->height, bottom - MARGIN);

      if (y + needed > bottom && y > MARGIN)
        {
          page = new_page (self);
          y = MARGIN;
        }

      if (unit->pieces->len == 0)   /* a page break */
        continue;

      for (guint p = 0; p < unit->pieces->len; p++)
        {
          Piece *source = g_ptr_array_index (unit->pieces, p);
          Piece *piece = g_new0 (Piece, 1);

          piece->layout = g_object_ref (source->layout);
          piece->x = source->x;
          piece->y = y + source->y;
          g_ptr_array_add (page, piece);
        }

      if (unit->rule_at >= 0)
        {
          double rule[3] = { MARGIN, y + unit->rule_at, unit->rule_width };

          g_array_append_vals (g_ptr_array_index (self->rules, self->pages->len - 1), rule, 3);
        }

      y += unit->height + unit->space_after;
    }

  return self;
}

guint
pln_document_layout_get_n_pages (PlnDocumentLayout *self)
{
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
  GPtrArray *pieces;
  GArray *rules;
  g_autofree char *number = NULL;
  PangoLayout *footer;

  g_return_if_fail (page < self->pages->len);

  pieces = g_ptr_array_index (self->pages, page);
  rules = g_ptr_array_index (self->rules, page);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = g_ptr_array_index (pieces, i);

      pango_cairo_update_layout (cr, piece->layout);
      cairo_move_to (cr, piece->x, piece->y);
      pango_cairo_show_layout (cr, piece->layout);
    }

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
      number = g_strdup_printf ("%u", page + 1);
      footer = make_layout (self->context, number, self->width - 2 * MARGIN, 9, PLN_TEXT_CENTER);
      pango_cairo_update_layout (cr, footer);
      cairo_move_to (cr, MARGIN, self->height - MARGIN + 18);
      pango_cairo_show_layout (cr, footer);
      g_object_unref (footer);
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
