/* bench-compendium.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "plenary-core.h"

/* The compendium of the 100-year synthetic workspace (1 000 meetings,
 * 50 000 recommendations, a thematic index of 16 themes): building the
 * index once; then queries typed a letter at a time, each keystroke a
 * search of the whole compendium with the filters the view has, against
 * 16 ms median and 33 ms at the 95th percentile; the earlier
 * recommendations offered as a recommendation is typed; an edit of a
 * recommendation followed by a search (the index kept current); and the
 * compendium document exported, against 2 s. */

#define YEARS 100

static const char * const typed[] = {
  "cooperation private sector",
  "\"technical assistance\" training",
  "smuggling of migrants investigations",
  "STRENGTHEN coopération",
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *what,
        GArray     *times,
        double      target_median,
        double      target_p95)
{
  double median, p95;

  g_array_sort (times, compare_doubles);
  median = g_array_index (times, double, times->len / 2);
  p95 = g_array_index (times, double, MIN (times->len - 1, (guint) (0.95 * times->len)));
  g_print ("%-44s median %6.2f ms  p95 %6.2f ms  (%u runs; target %.0f / %.0f ms)%s\n",
           what, median, p95, times->len, target_median, target_p95,
           median <= target_median && p95 <= target_p95 ? "" : "  OVER");
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Each query typed a character at a time, three times over. */
static void
bench_keystrokes (PlnCompendium             *compendium,
                  const PlnCompendiumFilter *filter,
                  const char                *what)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint found = 0;

  for (guint round = 0; round < 3; round++)
    for (guint q = 0; q < G_N_ELEMENTS (typed); q++)
      for (const char *end = g_utf8_next_char (typed[q]); ; end = g_utf8_next_char (end))
        {
          g_autofree char *prefix = g_strndup (typed[q], end - typed[q]);
          gint64 start = g_get_monotonic_time ();
          g_autoptr(GPtrArray) hits = pln_compendium_search (compendium, filter, prefix);
          double ms = ms_since (start);

          g_array_append_val (times, ms);
          found += hits->len;
          if (*end == '\0')
            break;
        }

  report (what, times, 16, 33);
  g_print ("  (%u entries found over the keystrokes)\n", found);
}

static void
bench_earlier (PlnCompendium *compendium,
               PlnWorkspace  *workspace)
{
  GListModel *meetings = pln_workspace_get_meetings (workspace);
  g_autoptr(PlnMeeting) last = g_list_model_get_item (meetings, g_list_model_get_n_items (meetings) - 1);
  g_autoptr(PlnMeeting) first = g_list_model_get_item (meetings, 0);
  g_autoptr(PlnRecommendation) old = g_list_model_get_item (pln_meeting_get_recommendations (first), 0);
  const char *text = pln_recommendation_get_text (old);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (const char *end = text; *end != '\0'; end = g_utf8_next_char (end))
    {
      g_autofree char *prefix = g_strndup (text, end - text + 1);
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) hits = pln_compendium_find_earlier (compendium, last, prefix, 3);

      g_array_append_val (times, (double) { ms_since (start) });
    }

  report ("earlier recommendations, per keystroke", times, 16, 33);
}

static void
bench_edit (PlnCompendium *compendium,
            PlnWorkspace  *workspace)
{
  g_autoptr(PlnMeeting) meeting = g_list_model_get_item (pln_workspace_get_meetings (workspace), 500);
  g_autoptr(PlnRecommendation) rec = g_list_model_get_item (pln_meeting_get_recommendations (meeting), 3);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s x%u", pln_recommendation_get_text (rec), i);
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) hits = NULL;

      pln_recommendation_set_text (rec, text);
      hits = pln_compendium_search (compendium, NULL, "cooperation");
      g_array_append_val (times, (double) { ms_since (start) });
    }

  report ("edit of a recommendation, then a search", times, 16, 33);
}

/* The index built from an idle source, as the window does: the longest
 * step is what a frame can be held up by. */
static void
bench_idle_build (PlnWorkspace *workspace)
{
  g_autoptr(PlnCompendium) compendium = pln_compendium_new (workspace);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 start = g_get_monotonic_time ();
  double longest = 0;

  pln_compendium_build_in_idle (compendium);
  while (!pln_compendium_get_ready (compendium))
    {
      gint64 step = g_get_monotonic_time ();

      g_main_context_iteration (NULL, TRUE);
      g_array_append_val (times, (double) { ms_since (step) });
    }

  g_print ("%-44s %8.0f ms in all\n", "index built in idle steps", ms_since (start));
  for (guint i = 0; i < times->len; i++)
    longest = MAX (longest, g_array_index (times, double, i));
  g_print ("  longest of its %u steps: %.1f ms\n", times->len, longest);
  report ("  one step of it", times, 16, 33);
}

static void
bench_export (PlnCompendium *compendium)
{
  static const PlnDocumentFormat formats[] = { PLN_DOCUMENT_FORMAT_TEXT, PLN_DOCUMENT_FORMAT_DOCX, PLN_DOCUMENT_FORMAT_PDF };

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(PlnDocument) document = pln_compendium_document_new (compendium, NULL, NULL);
      g_autoptr(GBytes) bytes = pln_document_export_to_bytes (document, formats[f], NULL);
      double ms = ms_since (start);

      g_print ("%-44s %8.0f ms  (%u blocks, %zu bytes; target 2000 ms)%s\n",
               pln_document_format_get_extension (formats[f]), ms, pln_document_get_n_blocks (document),
               g_bytes_get_size (bytes), ms <= 2000 ? "" : "  OVER");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlnWorkspace) workspace = NULL;
  g_autoptr(PlnCompendium) compendium = NULL;
  PlnCompendiumFilter group_filter = { NULL, NULL, 0, 0, 0, FALSE };
  PlnCompendiumFilter theme_filter = { NULL, NULL, 2050, 2099, 0, TRUE };
  gint64 start;

  setlocale (LC_ALL, "");
  workspace = pln_synth_workspace (YEARS, 42);
  compendium = pln_compendium_new (workspace);

  start = g_get_monotonic_time ();
  g_print ("compendium of %u entries\n", pln_compendium_get_n_entries (compendium));
  g_print ("%-44s %8.0f ms (once, when first searched)\n", "index built", ms_since (start));

  group_filter.working_group = g_list_model_get_item (pln_workspace_get_working_groups (workspace), 2);
  g_object_unref (group_filter.working_group);
  theme_filter.theme = g_list_model_get_item (pln_workspace_get_themes (workspace), 0);
  g_object_unref (theme_filter.theme);

  bench_idle_build (workspace);
  bench_keystrokes (compendium, NULL, "keystroke, agreed entries of every group");
  bench_keystrokes (compendium, &group_filter, "keystroke, one working group");
  bench_keystrokes (compendium, &theme_filter, "keystroke, a theme, 2050-2099, every status");
  bench_earlier (compendium, workspace);
  bench_edit (compendium, workspace);
  bench_export (compendium);

  return 0;
}
