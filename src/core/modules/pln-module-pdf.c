/* pln-module-pdf.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-agenda-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>
#include <poppler.h>

#include "pln-error.h"
#include "pln-module.h"

/* The text of a PDF, through poppler: a module of its own (pln-module.h),
 * built only where Plenary has poppler, loaded when an agenda is first
 * imported from a PDF. */

typedef struct
{
  double   x1, y1, x2, y2;
  gunichar c;
} Glyph;

static int
compare_glyphs_x (const void *a,
                  const void *b)
{
  const Glyph *g = a, *h = b;

  return (g->x1 > h->x1) - (g->x1 < h->x1);
}

static int
compare_glyphs (gconstpointer a,
                gconstpointer b)
{
  const Glyph *g = a, *h = b;

  if (g->y1 != h->y1)
    return g->y1 < h->y1 ? -1 : 1;
  return (g->x1 > h->x1) - (g->x1 < h->x1);
}

/* A page's text laid out again from where its characters are: lines by
 * their height on the page, a blank line where the gap between lines is
 * wider than a line (a new paragraph), a tab where the gap between words
 * is that of a table's columns. poppler's own text gives a table's
 * columns one after the other. */
static void
append_page_text (PopplerPage *page,
                  GString     *out)
{
  g_autofree char *text = poppler_page_get_text (page);
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  g_autoptr(GArray) glyphs = g_array_new (FALSE, FALSE, sizeof (Glyph));
  double line_y = -1, line_h = 0, last_x2 = 0, last_bottom = -1;
  const char *p;
  guint i = 0;

  if (text == NULL || !poppler_page_get_text_layout (page, &rects, &n_rects))
    {
      g_string_append (out, text ?: "");
      return;
    }

  for (p = text; *p != '\0' && i < n_rects; p = g_utf8_next_char (p), i++)
    {
      Glyph g = { rects[i].x1, rects[i].y1, rects[i].x2, rects[i].y2, g_utf8_get_char (p) };

      /* Spaces are kept: they are where the words break. */
      if (g.c != '\n' && g.x2 >= g.x1)
        g_array_append_val (glyphs, g);
    }
  g_free (rects);

  /* Rows first: a glyph belongs to the row whose top it is near. */
  g_array_sort (glyphs, compare_glyphs);
  for (guint j = 0; j < glyphs->len; j++)
    {
      Glyph *g = &g_array_index (glyphs, Glyph, j);
      double h = g->y2 - g->y1;

      if (line_y < 0 || g->y1 > line_y + MAX (line_h, h) * 0.5)
        {
          /* A new row: the glyphs of one row were sorted by x only if
           * they share a top; sort the row now. */
          guint end = j + 1;

          while (end < glyphs->len && g_array_index (glyphs, Glyph, end).y1 <= g->y1 + h * 0.5)
            end++;
          qsort (&g_array_index (glyphs, Glyph, j), end - j, sizeof (Glyph), compare_glyphs_x);
          g = &g_array_index (glyphs, Glyph, j);

          if (line_y >= 0)
            {
              g_string_append_c (out, '\n');
              if (g->y1 - last_bottom > h * 0.6)
                g_string_append_c (out, '\n');
            }
          line_y = g->y1;
          line_h = h;
          last_x2 = g->x1;
        }
      else if (g->x1 - last_x2 > line_h * 1.5)
        g_string_append_c (out, '\t');
      else if (g->x1 - last_x2 > line_h * 0.3 && g->c != ' ' && out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');

      g_string_append_unichar (out, g->c);
      last_x2 = g->x2;
      last_bottom = MAX (last_bottom, g->y2);
    }
  g_string_append_c (out, '\n');
}

/* The text of each page, laid out again, pages one after the other:
 * page headers and numbers come along, and are dropped as debris. */
static char *
pdf_text (GBytes  *bytes,
          GError **error)
{
  g_autoptr(GError) local_error = NULL;
  /* poppler 22 has no autoptr types. */
  PopplerDocument *document = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  GString *text;
  int n_pages;

  if (document == NULL)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE, _("The PDF could not be read: %s"), local_error->message);
      return NULL;
    }

  n_pages = poppler_document_get_n_pages (document);
  text = g_string_new (NULL);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);

      if (page != NULL)
        append_page_text (page, text);
      g_string_append_c (text, '\n');
      g_clear_object (&page);
    }

  g_object_unref (document);
  return g_string_free (text, FALSE);
}

G_MODULE_EXPORT gconstpointer pln_module_get (void);

gconstpointer
pln_module_get (void)
{
  static const PlnPdfModule module = { PLN_MODULE_INTERFACE, pdf_text };

  return &module;
}
