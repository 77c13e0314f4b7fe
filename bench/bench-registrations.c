/* bench-registrations.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "pln-bench-ui.h"
#include "pln-bench-registrations.h"

/* The Registrations page with 30 000 registrations of one meeting (ten
 * years of the synthetic workspace's): a keystroke in the search (the
 * filter over every row, then the column view's layout and drawing at
 * 1200×700) against a frame of 16 ms; a click on a column header (the
 * sort) against 50 ms; and the import of a 30 000-line CSV against 1 s,
 * beside the bare CSV parse of the same bytes as the baseline. Needs a
 * display (run under xvfb-run). */

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
      double start = pln_bench_now_ms ();
      PlnCsv *parsed = pln_csv_parse (csv->str, csv->len, NULL);
      double ms = pln_bench_now_ms () - start;
      PlnRegistrationImport *reader;

      g_array_append_val (parse_times, ms);
      pln_csv_free (parsed);

      start = pln_bench_now_ms ();
      reader = pln_registration_import_new (csv->str, csv->len, meeting, NULL);
      if (pln_registration_import_apply (reader, PLN_DUPLICATES_SKIP) != 30000)
        g_error ("The benchmark's own file did not import whole");
      ms = pln_bench_now_ms () - start;
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
  g_autoptr(GArray) typing = NULL;
  g_autoptr(GArray) frames = NULL;
  g_autoptr(GArray) sorting = NULL;
  cairo_surface_t *surface;
  PlnRegistrationsPage *page;
  double opened;

  if (!pln_bench_ui_init ("bench-registrations"))
    return PLN_BENCH_EXIT_SKIP;

  meeting = pln_bench_meeting_of_30000 ();
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 700);
  page = pln_bench_registrations_open (meeting, surface, &opened);

  printf ("Registrations page, one meeting of %u registrations, 1200×700, GSK_RENDERER=%s\n\n",
          g_list_model_get_n_items (pln_meeting_get_registrations (meeting)),
          g_getenv ("GSK_RENDERER") ?: "default");
  printf ("Showing the meeting (summary, first layout and drawing): %.1f ms\n\n", opened);
  pln_bench_print_header ();
  typing = pln_bench_registrations_typing (page, surface, &frames);
  pln_bench_print_times ("keystroke in the search: filter + layout + drawing", typing, "16 ms");
  pln_bench_print_times ("the frames after it that add, show or take away rows", frames, "16 ms");
  sorting = pln_bench_registrations_sorting (page, surface);
  pln_bench_print_times ("click on a column header: sort + layout + drawing", sorting, "50 ms");
  bench_import ();

  cairo_surface_destroy (surface);
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (page))));
  return 0;
}
