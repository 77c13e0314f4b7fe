/* bench-registrations.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "pln-bench-ui.h"
#include "pln-registrations-page-private.h"

/* The Registrations page with 30 000 registrations of one meeting (ten
 * years of the synthetic workspace's): a keystroke in the search (the
 * filter over every row, then the column view's layout and drawing at
 * 1200×700) against a frame of 16 ms; a click on a column header (the
 * sort) against 50 ms; and the import of a 30 000-line CSV against 1 s,
 * beside the bare CSV parse of the same bytes as the baseline. Needs a
 * display (run under xvfb-run). */

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
draw (GtkWidget       *widget,
      cairo_surface_t *surface)
{
  /* What the frame clock would do: layout, then snapshot and render. */
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, 1200, NULL, NULL, NULL, NULL);
  gtk_widget_allocate (widget, 1200, 700, -1, NULL);
  pln_bench_render (widget, surface);
}

static PlnMeeting *
meeting_of_30000 (void)
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

static void
bench_typing (PlnRegistrationsPage *page,
              cairo_surface_t      *surface)
{
  /* What a secretariat officer types: names, a delegation, an address. */
  static const char * const words[] = { "sagoda", "vitofe", "example.org", "huv", "rapp", "m" };
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint round = 0; round < 3; round++)
    for (guint w = 0; w < G_N_ELEMENTS (words); w++)
      {
        /* Letter by letter, then cleared letter by letter: one change of
         * the entry each, as typing makes, and the search it leads to
         * without the entry's pause. */
        for (int len = 1, step = 1; len > 0; len += step)
          {
            GtkEditable *entry = GTK_EDITABLE (page->search_entry);
            double start = now_ms ();
            double ms;
            int position = len - 1;

            if (step > 0)
              gtk_editable_insert_text (entry, words[w] + len - 1, 1, &position);
            else
              gtk_editable_delete_text (entry, len, len + 1);
            g_signal_emit_by_name (page->search_entry, "search-changed");
            draw (GTK_WIDGET (page), surface);
            ms = now_ms () - start;
            g_array_append_val (times, ms);

            if (len == (int) strlen (words[w]))
              step = -1;
          }
      }

  gtk_editable_delete_text (GTK_EDITABLE (page->search_entry), 0, -1);
  g_signal_emit_by_name (page->search_entry, "search-changed");
  pln_bench_print_times ("keystroke in the search: filter + layout + drawing", times, "16 ms");
}

static void
bench_sort (PlnRegistrationsPage *page,
            cairo_surface_t      *surface)
{
  static const char * const ids[] = { "name", "delegation", "email", "category", "status", "link-sent" };
  GListModel *columns = gtk_column_view_get_columns (page->column_view);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint round = 0; round < 3; round++)
    for (guint c = 0; c < G_N_ELEMENTS (ids); c++)
      for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
          double start, ms;

          if (g_strcmp0 (g_object_get_data (G_OBJECT (column), "pln-column-id"), ids[c]) != 0)
            continue;

          start = now_ms ();
          gtk_column_view_sort_by_column (page->column_view, column,
                                          round % 2 ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
          draw (GTK_WIDGET (page), surface);
          ms = now_ms () - start;
          g_array_append_val (times, ms);
        }

  pln_bench_print_times ("click on a column header: sort + layout + drawing", times, "50 ms");
}

static void
bench_import (void)
{
  g_autoptr(GString) csv = g_string_new ("First name,Last name,Country,Email,Participation,Category,Status\r\n");
  g_autoptr(GArray) parse_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) import_times = g_array_new (FALSE, FALSE, sizeof (double));
  double parse, import;

  for (guint i = 0; i < 30000; i++)
    g_string_append_printf (csv, "Given%u,\"Family %u\",\"Delegation %u, with comma\",person%u@example.org,%s,%s,%s\r\n",
                            i, i, i % 190, i, i % 3 ? "In person" : "Online",
                            i % 7 ? "State party" : "Observer State", i % 5 ? "Confirmed" : "Pending");

  for (guint round = 0; round < 5; round++)
    {
      g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
      double start = now_ms ();
      PlnCsv *parsed = pln_csv_parse (csv->str, csv->len, NULL);
      double ms = now_ms () - start;
      PlnRegistrationImport *reader;

      g_array_append_val (parse_times, ms);
      pln_csv_free (parsed);

      start = now_ms ();
      reader = pln_registration_import_new (csv->str, csv->len, meeting, NULL);
      if (pln_registration_import_apply (reader, PLN_DUPLICATES_SKIP) != 30000)
        g_error ("The benchmark's own file did not import whole");
      ms = now_ms () - start;
      g_array_append_val (import_times, ms);
      pln_registration_import_free (reader);
    }

  pln_bench_sort_times (parse_times);
  pln_bench_sort_times (import_times);
  parse = g_array_index (parse_times, double, 0);
  import = g_array_index (import_times, double, 0);
  printf ("\nImport of a 30 000-line CSV (%.1f MB, best of 5): CSV parse alone %.0f ms, "
          "whole import (parse, map, check, add) %.0f ms = %.1f× the parse; budget 1000 ms\n",
          csv->len / 1e6, parse, import, import / parse);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlnMeeting) meeting = NULL;
  cairo_surface_t *surface;
  GtkWidget *window;
  PlnRegistrationsPage *page;
  double start, opened;

  if (!pln_bench_ui_init ("bench-registrations"))
    return PLN_BENCH_EXIT_SKIP;

  meeting = meeting_of_30000 ();
  page = g_object_new (PLN_TYPE_REGISTRATIONS_PAGE, NULL);
  window = pln_bench_show (GTK_WIDGET (page), 1200, 700);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 700);
  start = now_ms ();
  pln_page_set_meeting (PLN_PAGE (page), meeting);
  draw (GTK_WIDGET (page), surface);
  opened = now_ms () - start;

  printf ("Registrations page, one meeting of %u registrations, 1200×700, GSK_RENDERER=%s\n\n",
          g_list_model_get_n_items (pln_meeting_get_registrations (meeting)),
          g_getenv ("GSK_RENDERER") ?: "default");
  printf ("Showing the meeting (summary, first layout and drawing): %.1f ms\n\n", opened);
  pln_bench_print_header ();
  bench_typing (page, surface);
  bench_sort (page, surface);
  bench_import ();

  cairo_surface_destroy (surface);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
