/* bench-floor.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "plenary-core.h"

/* A list of speakers of 500 inscriptions, a third of them online, a
 * tenth of those already heard (their logs counted): moving one speaker
 * (Alt+Up in the list) and computing the plenary meeting's online time
 * again, as the Speakers page does after each change, against 1 ms. The
 * baseline, measured in the same rounds, is walking the same list once
 * and reading each speaker's mode. */

#define N_SPEAKERS 500
#define ROUNDS     2000

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *sorted,
            double  p)
{
  return g_array_index (sorted, double, MIN (sorted->len - 1, (guint) (p * sorted->len)));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, "m-wg-7-2022");
  g_autoptr(PlnSitting) sitting = g_list_model_get_item (pln_meeting_get_sittings (meeting), 0);
  GListModel *speakers = pln_sitting_get_speakers (sitting);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) baseline = g_array_new (FALSE, FALSE, sizeof (double));
  PlnFloorStamp now;
  PlnOnlineBudget budget;
  guint online = 0;

  setlocale (LC_ALL, "");
  pln_floor_stamp_now (&now);
  for (guint i = 0; i < N_SPEAKERS; i++)
    {
      g_autoptr(PlnSpeaker) speaker = pln_speaker_new ();
      g_autofree char *name = g_strdup_printf ("Delegation %u", i + 1);

      pln_speaker_set_delegation (speaker, name);
      if (i % 3 == 0)
        {
          pln_speaker_set_mode (speaker, PLN_PARTICIPATION_MODE_ONLINE);
          if (online++ % 10 == 0)
            {
              pln_speaker_log (speaker, PLN_SPEAKER_EVENT_STARTED, &now);
              now.wall_us += 150 * G_USEC_PER_SEC;
              now.boot_us += 150 * G_USEC_PER_SEC;
              pln_speaker_log (speaker, PLN_SPEAKER_EVENT_ENDED, &now);
            }
        }
      pln_sitting_insert_speaker (sitting, G_MAXUINT, speaker);
    }

  for (guint r = 0; r < ROUNDS; r++)
    {
      guint from = (r * 7919) % N_SPEAKERS;
      g_autoptr(PlnSpeaker) speaker = g_list_model_get_item (speakers, from);
      gint64 start;
      double ms;
      guint n_online = 0;

      /* The baseline: one walk over the list. */
      start = g_get_monotonic_time ();
      for (guint i = 0; i < g_list_model_get_n_items (speakers); i++)
        {
          g_autoptr(PlnSpeaker) other = g_list_model_get_item (speakers, i);

          n_online += pln_speaker_is_online (other);
        }
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (baseline, ms);
      g_assert (n_online == online);

      start = g_get_monotonic_time ();
      pln_sitting_move_speaker (sitting, speaker, from > 0 ? from - 1 : N_SPEAKERS - 1);
      pln_sitting_get_online_budget (sitting, meeting, &now, &budget);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }

  g_array_sort (times, compare_doubles);
  g_array_sort (baseline, compare_doubles);
  g_print ("A list of %u speakers (%u online, %u of them heard), %u rounds:\n\n", N_SPEAKERS, online,
           (online + 9) / 10, ROUNDS);
  g_print ("| what | median | p95 | max | budget |\n|---|---|---|---|---|\n");
  g_print ("| move one speaker + online time again | %.3f ms | %.3f ms | %.3f ms | 1 ms |\n",
           percentile (times, 0.5), percentile (times, 0.95), percentile (times, 1.0));
  g_print ("| baseline: one walk over the list | %.3f ms | %.3f ms | %.3f ms | |\n",
           percentile (baseline, 0.5), percentile (baseline, 0.95), percentile (baseline, 1.0));
  g_print ("\nratio of the medians: %.1f× the baseline; online used %" G_GINT64_FORMAT " min, over the cap %u\n",
           percentile (times, 0.5) / MAX (percentile (baseline, 0.5), 0.001),
           budget.used_us / (60 * G_USEC_PER_SEC), budget.n_over);

  return percentile (times, 0.5) <= 1.0 ? 0 : 1;
}
