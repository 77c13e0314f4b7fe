/* pln-bench-registrations.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Registrations page with 30 000 registrations, as bench-registrations
 * and bench-scale measure it: keystrokes in the search and clicks on the
 * column headers, each followed by the layout and drawing of a frame. */

#include "config.h"

#include <adwaita.h>

#include "pln-bench-registrations.h"
#include "pln-bench-ui.h"

/* Lays @page out at 1200×700 and draws it onto @surface. */
void
pln_bench_registrations_draw (GtkWidget       *widget,
                              cairo_surface_t *surface)
{
  /* What the frame clock would do: layout, then snapshot and render. */
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, 1200, NULL, NULL, NULL, NULL);
  gtk_widget_allocate (widget, 1200, 700, -1, NULL);
  pln_bench_render (widget, surface);
}

/* Returns: (transfer full): a meeting with the 30 000 registrations of the
 * 10-year synthetic workspace's meetings. */
PlnMeeting *
pln_bench_meeting_of_30000 (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (10, 42);
  GListModel *meetings = pln_workspace_get_meetings (workspace);
  PlnMeeting *meeting = pln_meeting_new ();
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint m = 0; m < g_list_model_get_n_items (meetings); m++)
    {
      g_autoptr(PlnMeeting) source = g_list_model_get_item (meetings, m);
      GListModel *registrations = pln_meeting_get_registrations (source);

      for (guint i = 0; i < g_list_model_get_n_items (registrations); i++)
        g_ptr_array_add (all, g_list_model_get_item (registrations, i));
    }

  g_list_store_splice (G_LIST_STORE (pln_meeting_get_registrations (meeting)), 0, 0, all->pdata, all->len);
  return meeting;
}

/* The frames after a keystroke that give the list the rest of its rows,
 * show their registration in rows out of view or take rows away (see
 * pln-registration-rows.c), each timed into @frames. */
static void
add_pending_rows (PlnRegistrationsPage *page,
                  cairo_surface_t      *surface,
                  GArray               *frames)
{
  while (pln_registration_rows_get_pending (page->rows) > 0)
    {
      double start = pln_bench_now_ms ();
      double ms;

      pln_registration_rows_add_pending (page->rows);
      pln_bench_registrations_draw (GTK_WIDGET (page), surface);
      ms = pln_bench_now_ms () - start;
      g_array_append_val (frames, ms);
    }
}

/* Returns: (transfer full): the time of each keystroke, in ms, to its
 * first frame; @frames: (out) (transfer full): the frames after them that
 * add, show or take away rows. */
GArray *
pln_bench_registrations_typing (PlnRegistrationsPage  *page,
                                cairo_surface_t       *surface,
                                GArray               **frames)
{
  /* What a secretariat officer types: names, a delegation, an address. */
  static const char * const words[] = { "sagoda", "vitofe", "example.org", "huv", "rapp", "m" };
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));

  *frames = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint round = 0; round < 3; round++)
    for (guint w = 0; w < G_N_ELEMENTS (words); w++)
      {
        /* Letter by letter, then cleared letter by letter: one change of
         * the entry each, as typing makes, and the search it leads to
         * without the entry's pause. */
        for (int len = 1, step = 1; len > 0; len += step)
          {
            GtkEditable *entry = GTK_EDITABLE (page->search_entry);
            double start = pln_bench_now_ms ();
            double ms;
            int position = len - 1;

            if (step > 0)
              gtk_editable_insert_text (entry, words[w] + len - 1, 1, &position);
            else
              gtk_editable_delete_text (entry, len, len + 1);
            g_signal_emit_by_name (page->search_entry, "search-changed");
            pln_bench_registrations_draw (GTK_WIDGET (page), surface);
            ms = pln_bench_now_ms () - start;
            g_array_append_val (times, ms);
            add_pending_rows (page, surface, *frames);

            if (len == (int) strlen (words[w]))
              step = -1;
          }
      }

  gtk_editable_delete_text (GTK_EDITABLE (page->search_entry), 0, -1);
  g_signal_emit_by_name (page->search_entry, "search-changed");
  add_pending_rows (page, surface, *frames);
  return times;
}

/* Returns: (transfer full): the time of each click on a column header, in ms. */
GArray *
pln_bench_registrations_sorting (PlnRegistrationsPage *page,
                                 cairo_surface_t      *surface)
{
  static const char * const ids[] = { "name", "delegation", "email", "category", "status", "link-sent" };
  GListModel *columns = gtk_column_view_get_columns (page->column_view);
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint round = 0; round < 3; round++)
    for (guint c = 0; c < G_N_ELEMENTS (ids); c++)
      for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
          double start, ms;

          if (g_strcmp0 (g_object_get_data (G_OBJECT (column), "pln-column-id"), ids[c]) != 0)
            continue;

          start = pln_bench_now_ms ();
          gtk_column_view_sort_by_column (page->column_view, column,
                                          round % 2 ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
          pln_bench_registrations_draw (GTK_WIDGET (page), surface);
          ms = pln_bench_now_ms () - start;
          g_array_append_val (times, ms);
        }

  return times;
}

/**
 * pln_bench_registrations_open:
 * @meeting: the meeting to show
 * @surface: 1200×700, to draw onto
 * @opened_ms: (out) (optional): how long showing @meeting took
 *
 * Shows @meeting on a new Registrations page in a window of its own, laid
 * out and drawn once.
 *
 * Returns: (transfer none): the page; destroy its root when done
 */
PlnRegistrationsPage *
pln_bench_registrations_open (PlnMeeting      *meeting,
                              cairo_surface_t *surface,
                              double          *opened_ms)
{
  PlnRegistrationsPage *page = g_object_new (PLN_TYPE_REGISTRATIONS_PAGE, NULL);
  double start;

  pln_bench_show (GTK_WIDGET (page), 1200, 700);
  start = pln_bench_now_ms ();
  pln_page_set_meeting (PLN_PAGE (page), meeting);
  pln_bench_registrations_draw (GTK_WIDGET (page), surface);
  if (opened_ms != NULL)
    *opened_ms = pln_bench_now_ms () - start;

  /* What the page does while the main loop is idle, before anyone can
   * type (it folds the registrations' text for searching). */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  return page;
}
