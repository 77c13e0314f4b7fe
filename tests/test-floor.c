/* test-floor.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plenary-core.h"
#include "pln-speakers-document.h"
#include "pln-test-util.h"

/* The rules of the floor: the 30 minutes of online statements of each
 * plenary meeting and the speakers carried over to the next one, the
 * statement clock across sleep and restarts, the log through a save, and
 * the exported list. */

#define MINUTE (G_USEC_PER_SEC * (gint64) 60)

typedef struct
{
  PlnWorkspace *workspace;
  PlnMeeting   *meeting;
  PlnSitting   *first;
  PlnSitting   *second;
  PlnSitting   *last;
  PlnFloorStamp now;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GListModel *sittings;
  guint n;

  fixture->workspace = pln_demo_new_workspace ();
  fixture->meeting = pln_workspace_find_meeting (fixture->workspace, "m-wg-7-2022");
  g_assert_nonnull (fixture->meeting);
  sittings = pln_meeting_get_sittings (fixture->meeting);
  n = g_list_model_get_n_items (sittings);
  g_assert_cmpuint (n, >=, 3);
  fixture->first = g_list_model_get_item (sittings, 0);
  fixture->second = g_list_model_get_item (sittings, 1);
  fixture->last = g_list_model_get_item (sittings, n - 1);
  g_assert_cmpuint (pln_meeting_get_online_cap (fixture->meeting), ==, 30);
  g_assert_cmpuint (pln_meeting_get_statement_limit (fixture->meeting), ==, 3);

  /* A fixed boot: the clock is the test's. */
  memset (&fixture->now, 0, sizeof fixture->now);
  fixture->now.wall_us = (gint64) 1656316800 * G_USEC_PER_SEC;  /* 2022-06-27 08:00 UTC */
  g_strlcpy (fixture->now.boot_id, "test-boot", sizeof fixture->now.boot_id);
  fixture->now.boot_us = 1000 * G_USEC_PER_SEC;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->first);
  g_clear_object (&fixture->second);
  g_clear_object (&fixture->last);
  g_assert_finalize_object (fixture->workspace);
}

static PlnSpeaker *
inscribe (PlnSitting *sitting,
          const char *delegation,
          gboolean    online)
{
  g_autoptr(PlnSpeaker) speaker = pln_speaker_new ();

  pln_speaker_set_delegation (speaker, delegation);
  pln_speaker_set_mode (speaker, online ? PLN_PARTICIPATION_MODE_ONLINE : PLN_PARTICIPATION_MODE_IN_PERSON);
  pln_sitting_insert_speaker (sitting, G_MAXUINT, speaker);
  return speaker;
}

static void
inscribe_online (PlnSitting *sitting,
                 guint       n,
                 const char *prefix)
{
  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %u", prefix, i);

      inscribe (sitting, name, TRUE);
    }
}

static void
advance (PlnFloorStamp *now,
         gint64         wall,
         gint64         boot)
{
  now->wall_us += wall;
  now->boot_us += boot;
}

/* Ten online statements of 3 minutes fill the 30 minutes exactly; the
 * eleventh and twelfth go to the next plenary meeting, in order. */
static void
test_ten_fit (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) over = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  PlnSitting *moved_to = NULL;
  PlnOnlineBudget budget;

  inscribe (fixture->first, "Austria", FALSE);
  inscribe_online (fixture->first, 12, "Online");
  pln_sitting_get_online_budget (fixture->first, fixture->meeting, &fixture->now, &budget);
  g_assert_cmpint (budget.cap_us, ==, 30 * MINUTE);
  g_assert_cmpint (budget.used_us, ==, 0);
  g_assert_cmpint (budget.planned_us, ==, 30 * MINUTE);
  g_assert_cmpuint (budget.n_over, ==, 2);

  over = pln_meeting_apply_online_cap (fixture->meeting, fixture->first, &fixture->now, &moved_to);
  g_assert_true (moved_to == fixture->second);
  g_assert_cmpuint (over->len, ==, 2);

  first = pln_test_dup_speaker_order (fixture->first);
  second = pln_test_dup_speaker_order (fixture->second);
  g_assert_cmpstr (first, ==, "Austria, Online 1, Online 2, Online 3, Online 4, Online 5, "
                              "Online 6, Online 7, Online 8, Online 9, Online 10");
  g_assert_cmpstr (second, ==, "*Online 11, *Online 12");
  g_assert_cmpstr (pln_speaker_get_carried_from (g_ptr_array_index (over, 0)), ==, pln_sitting_get_id (fixture->first));

  /* Applied again, nothing more moves. */
  g_clear_pointer (&over, g_ptr_array_unref);
  over = pln_meeting_apply_online_cap (fixture->meeting, fixture->first, &fixture->now, NULL);
  g_assert_cmpuint (over->len, ==, 0);
}

/* A panellist's own, longer limit counts whole. */
static void
test_panellist (Fixture       *fixture,
                gconstpointer  data)
{
  PlnSpeaker *panellist = inscribe (fixture->first, "Panellist", TRUE);
  g_autoptr(GPtrArray) over = NULL;

  pln_speaker_set_panellist_minutes (panellist, 10);
  inscribe_online (fixture->first, 7, "Online");
  g_assert_cmpuint (pln_speaker_get_limit_minutes (panellist, fixture->meeting), ==, 10);

  /* 10 + 6 × 3 = 28: the seventh would end at 31. */
  over = pln_meeting_apply_online_cap (fixture->meeting, fixture->first, &fixture->now, NULL);
  g_assert_cmpuint (over->len, ==, 1);
  g_assert_cmpstr (pln_speaker_get_delegation (g_ptr_array_index (over, 0)), ==, "Online 7");
}

/* A statement that runs over moves the speakers after it. */
static void
test_runs_over (Fixture       *fixture,
                gconstpointer  data)
{
  PlnSpeaker *long_one;
  g_autoptr(GPtrArray) over = NULL;
  PlnOnlineBudget budget;

  inscribe_online (fixture->first, 10, "Online");
  long_one = g_list_model_get_item (pln_sitting_get_speakers (fixture->first), 0);
  g_object_unref (long_one);

  pln_speaker_log (long_one, PLN_SPEAKER_EVENT_STARTED, &fixture->now);
  advance (&fixture->now, 5 * MINUTE, 5 * MINUTE);
  pln_speaker_log (long_one, PLN_SPEAKER_EVENT_ENDED, &fixture->now);
  g_assert_cmpint (pln_speaker_get_spoken_us (long_one, &fixture->now), ==, 5 * MINUTE);

  /* 5 spoken + 8 × 3 = 29: the ninth still waiting would end at 32. */
  pln_sitting_get_online_budget (fixture->first, fixture->meeting, &fixture->now, &budget);
  g_assert_cmpint (budget.used_us, ==, 5 * MINUTE);
  g_assert_cmpint (budget.planned_us, ==, 24 * MINUTE);
  g_assert_cmpuint (budget.n_over, ==, 1);
  over = pln_meeting_apply_online_cap (fixture->meeting, fixture->first, &fixture->now, NULL);
  g_assert_cmpuint (over->len, ==, 1);
  g_assert_cmpstr (pln_speaker_get_delegation (g_ptr_array_index (over, 0)), ==, "Online 10");

  /* Where a statement that starts within the cap may finish, the ninth
   * starts at 29 minutes and stays. */
  g_clear_pointer (&over, g_ptr_array_unref);
  pln_meeting_set_online_cap_finishes (fixture->meeting, TRUE);
  inscribe (fixture->first, "Online 11", TRUE);
  over = pln_sitting_dup_over_cap (fixture->first, fixture->meeting, &fixture->now);
  g_assert_cmpuint (over->len, ==, 0);
}

/* After the meeting's last plenary meeting there is nowhere to go: the
 * speakers stay, over the cap, for the chair to decide. */
static void
test_last_sitting (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) over = NULL;
  PlnSitting *moved_to = fixture->first;
  PlnOnlineBudget budget;

  inscribe_online (fixture->last, 11, "Online");
  over = pln_meeting_apply_online_cap (fixture->meeting, fixture->last, &fixture->now, &moved_to);
  g_assert_null (moved_to);
  g_assert_cmpuint (over->len, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (pln_sitting_get_speakers (fixture->last)), ==, 11);
  pln_sitting_get_online_budget (fixture->last, fixture->meeting, &fixture->now, &budget);
  g_assert_cmpuint (budget.n_over, ==, 1);

  /* The chair gives the floor anyway: logged, and no longer over. */
  pln_speaker_log (g_ptr_array_index (over, 0), PLN_SPEAKER_EVENT_OVER_CAP, &fixture->now);
  g_assert_true (pln_speaker_was_given_floor_over_cap (g_ptr_array_index (over, 0)));
  pln_sitting_get_online_budget (fixture->last, fixture->meeting, &fixture->now, &budget);
  g_assert_cmpuint (budget.n_over, ==, 0);
}

/* Carried-over speakers go ahead of the next plenary meeting's own online
 * inscriptions, after those carried over before them; undo puts every
 * list back exactly. */
static void
test_ahead_and_undo (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PlnSpeakerOrder) order = NULL;
  g_autoptr(GPtrArray) over = NULL;
  g_autofree char *before_first = NULL;
  g_autofree char *before_second = NULL;
  g_autofree char *second = NULL;
  g_autofree char *after_first = NULL;
  g_autofree char *after_second = NULL;

  inscribe (fixture->second, "Brazil", FALSE);
  inscribe_online (fixture->second, 2, "New");
  inscribe_online (fixture->first, 11, "Online");

  before_first = pln_test_dup_speaker_order (fixture->first);
  before_second = pln_test_dup_speaker_order (fixture->second);
  order = pln_speaker_order_save (fixture->meeting);

  over = pln_meeting_apply_online_cap (fixture->meeting, fixture->first, &fixture->now, NULL);
  g_assert_cmpuint (over->len, ==, 1);
  g_clear_pointer (&over, g_ptr_array_unref);

  /* Another one inscribed late in the first, over the cap too. */
  inscribe (fixture->first, "Late", TRUE);
  over = pln_meeting_apply_online_cap (fixture->meeting, fixture->first, &fixture->now, NULL);
  g_assert_cmpuint (over->len, ==, 1);

  second = pln_test_dup_speaker_order (fixture->second);
  g_assert_cmpstr (second, ==, "Brazil, *Online 11, *Late, New 1, New 2");

  pln_speaker_order_restore (order);
  after_first = pln_test_dup_speaker_order (fixture->first);
  after_second = pln_test_dup_speaker_order (fixture->second);
  g_assert_cmpstr (after_first, ==, before_first);
  g_assert_cmpstr (after_second, ==, before_second);
}

/* The statement clock: pauses left out; within one boot the boot clock
 * counts, so a wall clock set back or forward changes nothing and a
 * sleep of the laptop is counted; after a restart of the machine the
 * wall clock counts. */
static void
test_clock (Fixture       *fixture,
            gconstpointer  data)
{
  PlnSpeaker *speaker = inscribe (fixture->first, "Chile", FALSE);
  PlnFloorStamp later;
  g_autofree char *text = NULL;
  PlnFloorStamp parsed;

  pln_speaker_log (speaker, PLN_SPEAKER_EVENT_STARTED, &fixture->now);
  /* One minute, while the wall clock is set back an hour. */
  advance (&fixture->now, 60 * G_USEC_PER_SEC - 60 * MINUTE, MINUTE);
  g_assert_cmpint (pln_speaker_get_spoken_us (speaker, &fixture->now), ==, MINUTE);
  g_assert_true (pln_speaker_is_speaking (speaker));

  pln_speaker_log (speaker, PLN_SPEAKER_EVENT_PAUSED, &fixture->now);
  advance (&fixture->now, 10 * MINUTE, 10 * MINUTE);
  g_assert_cmpint (pln_speaker_get_spoken_us (speaker, &fixture->now), ==, MINUTE);
  g_assert_false (pln_speaker_is_speaking (speaker));

  /* Resumed; the laptop sleeps two minutes (boot clock and wall both on). */
  pln_speaker_log (speaker, PLN_SPEAKER_EVENT_RESUMED, &fixture->now);
  advance (&fixture->now, 2 * MINUTE, 2 * MINUTE);
  g_assert_cmpint (pln_speaker_get_spoken_us (speaker, &fixture->now), ==, 3 * MINUTE);

  /* The machine restarts: another boot, the wall clock counts. */
  later = fixture->now;
  g_strlcpy (later.boot_id, "next-boot", sizeof later.boot_id);
  later.boot_us = 5 * G_USEC_PER_SEC;
  later.wall_us += 30 * G_USEC_PER_SEC;
  g_assert_cmpint (pln_speaker_get_spoken_us (speaker, &later), ==, 3 * MINUTE + 30 * G_USEC_PER_SEC);

  /* Never negative, and the stamp's text reads back. */
  g_assert_cmpint (pln_floor_stamp_elapsed (&later, &fixture->now), ==, 0);
  text = pln_floor_stamp_to_string (&fixture->now);
  g_assert_true (pln_floor_stamp_parse (text, fixture->now.wall_us, &parsed));
  g_assert_cmpstr (parsed.boot_id, ==, "test-boot");
  g_assert_cmpint (parsed.boot_us, ==, fixture->now.boot_us);
  g_assert_false (pln_floor_stamp_parse ("no-number", 0, &parsed));
  g_assert_false (pln_floor_stamp_parse (NULL, 0, &parsed));

  /* A stamp of this machine has its boot. */
  {
    PlnFloorStamp real;

    pln_floor_stamp_now (&real);
    g_assert_cmpint (real.wall_us, >, 0);
  }
}

/* The lists and their logs go through the workspace file. */
static void
test_save_and_load (Fixture       *fixture,
                    gconstpointer  data)
{
  PlnSpeaker *speaker = inscribe (fixture->first, "Denmark", TRUE);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnWorkspace) loaded = NULL;
  g_autoptr(PlnSitting) sitting = NULL;
  g_autoptr(PlnSpeaker) back = NULL;
  g_autoptr(GBytes) again = NULL;
  GListModel *items = pln_meeting_get_agenda (fixture->meeting);
  g_autoptr(PlnAgendaItem) item = g_list_model_get_item (items, 1);
  PlnMeeting *meeting;

  pln_speaker_set_agenda_item (speaker, item);
  pln_speaker_set_panellist_minutes (speaker, 12);
  pln_speaker_set_carried_from (speaker, pln_sitting_get_id (fixture->second));
  pln_speaker_log (speaker, PLN_SPEAKER_EVENT_STARTED, &fixture->now);
  advance (&fixture->now, 90 * G_USEC_PER_SEC, 90 * G_USEC_PER_SEC);
  pln_speaker_log (speaker, PLN_SPEAKER_EVENT_ENDED, &fixture->now);

  bytes = pln_json_serialize_workspace (fixture->workspace);
  loaded = pln_json_parse_workspace (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  meeting = pln_workspace_find_meeting (loaded, "m-wg-7-2022");
  sitting = g_list_model_get_item (pln_meeting_get_sittings (meeting), 0);
  g_assert_cmpuint (g_list_model_get_n_items (pln_sitting_get_speakers (sitting)), ==, 1);
  back = g_list_model_get_item (pln_sitting_get_speakers (sitting), 0);
  g_assert_cmpstr (pln_speaker_get_delegation (back), ==, "Denmark");
  g_assert_true (pln_speaker_is_online (back));
  g_assert_cmpuint (pln_speaker_get_panellist_minutes (back), ==, 12);
  g_assert_cmpstr (pln_speaker_get_carried_from (back), ==, pln_sitting_get_id (fixture->second));
  g_assert_nonnull (pln_speaker_get_agenda_item (back));
  g_assert_cmpstr (pln_agenda_item_get_id (pln_speaker_get_agenda_item (back)), ==, pln_agenda_item_get_id (item));
  g_assert_cmpuint (g_list_model_get_n_items (pln_speaker_get_events (back)), ==, 2);
  g_assert_true (pln_speaker_has_ended (back));
  g_assert_cmpint (pln_speaker_get_spoken_us (back, NULL), ==, 90 * G_USEC_PER_SEC);

  /* And it is written back the same. */
  again = pln_json_serialize_workspace (loaded);
  g_assert_true (g_bytes_equal (bytes, again));
}

/* The row of @document's table for the speaker at @position (from 1),
 * its cells joined by " | ". */
static char *
dup_table_row (PlnDocument *document,
               guint        position)
{
  for (guint i = 0; i < pln_document_get_n_blocks (document); i++)
    {
      const PlnBlock *block = pln_document_get_block (document, i);

      if (block->kind == PLN_BLOCK_TABLE)
        return position < block->rows->len ? g_strjoinv (" | ", g_ptr_array_index (block->rows, position)) : NULL;
    }

  return NULL;
}

static gboolean
document_has_paragraph (PlnDocument *document,
                        const char  *text)
{
  for (guint i = 0; i < pln_document_get_n_blocks (document); i++)
    {
      const PlnBlock *block = pln_document_get_block (document, i);

      if (block->kind == PLN_BLOCK_PARAGRAPH && g_strcmp0 (block->text, text) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The exported list: each speaker's row with the item, the floor, the
 * carried-over mark, the minutes planned and the time spoken; the online
 * time against the cap; the same rows in the CSV after its header. */
static void
test_speakers_document (Fixture       *fixture,
                        gconstpointer  data)
{
  PlnSpeaker *austria = inscribe (fixture->first, "Austria", FALSE);
  g_autoptr(PlnAgendaItem) item = g_list_model_get_item (pln_meeting_get_agenda (fixture->meeting), 1);
  g_autofree char *label = pln_agenda_item_dup_label (item);
  g_autofree char *expected = g_strdup_printf ("1 | Austria | %s | In person | — | 3 | 02:05", label);
  g_autoptr(GPtrArray) over = NULL;
  g_autoptr(PlnDocument) first = NULL;
  g_autoptr(PlnDocument) second = NULL;
  g_autoptr(PlnDocument) last = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_auto(GStrv) lines = NULL;
  char *row;

  pln_speaker_set_agenda_item (austria, item);
  pln_speaker_log (austria, PLN_SPEAKER_EVENT_STARTED, &fixture->now);
  advance (&fixture->now, 125 * G_USEC_PER_SEC, 125 * G_USEC_PER_SEC);
  pln_speaker_log (austria, PLN_SPEAKER_EVENT_ENDED, &fixture->now);
  inscribe_online (fixture->first, 12, "Online");
  over = pln_meeting_apply_online_cap (fixture->meeting, fixture->first, &fixture->now, NULL);
  g_assert_cmpuint (over->len, ==, 2);

  first = pln_speakers_document_new (fixture->meeting, fixture->first, &fixture->now);
  g_assert_cmpstr (pln_document_get_title (first), ==, "List of speakers");
  g_assert_true (document_has_paragraph (first, "Online statements: 00:00 used and 30:00 planned of the 30:00 allowed."));
  row = dup_table_row (first, 1);
  g_assert_cmpstr (row, ==, expected);
  g_free (row);
  row = dup_table_row (first, 11);
  g_assert_cmpstr (row, ==, "11 | Online 10 | — | Online | — | 3 | —");
  g_free (row);
  g_assert_null (dup_table_row (first, 12));

  second = pln_speakers_document_new (fixture->meeting, fixture->second, &fixture->now);
  row = dup_table_row (second, 2);
  g_assert_cmpstr (row, ==, "2 | Online 12 | — | Online | carried over from the 1st plenary meeting | 3 | —");
  g_free (row);

  /* After the last plenary meeting, the speaker who does not fit stays, marked. */
  inscribe_online (fixture->last, 11, "Late");
  last = pln_speakers_document_new (fixture->meeting, fixture->last, &fixture->now);
  row = dup_table_row (last, 11);
  g_assert_cmpstr (row, ==, "11 | Late 11 | — | Online | over the online cap | 3 | —");
  g_free (row);
  g_assert_true (document_has_paragraph (last, "Online statements: 00:00 used and 30:00 planned of the 30:00 allowed; "
                                               "1 online speaker is over the cap."));

  csv = pln_speakers_to_csv (fixture->meeting, fixture->second, &fixture->now);
  lines = g_strsplit (g_bytes_get_data (csv, NULL), "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[0], ==, "No.,Delegation,Item,Floor,Note,Minutes,Spoken");
  g_assert_cmpstr (lines[1], ==, "1,Online 11,,Online,carried over from the 1st plenary meeting,3,");
  g_assert_cmpstr (lines[3], ==, "");
}

/* The chair gives the floor over the cap to a speaker the cap carried
 * over: back at the end of the first plenary meeting, no longer marked,
 * logged; undo (order restored, event removed) puts everything back. */
static void
test_give_floor (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PlnSpeakerOrder) order = NULL;
  g_autoptr(GPtrArray) over = NULL;
  g_autofree char *before_first = NULL;
  g_autofree char *before_second = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  PlnSpeaker *moved;
  PlnOnlineBudget budget;

  inscribe_online (fixture->first, 11, "Online");
  over = pln_meeting_apply_online_cap (fixture->meeting, fixture->first, &fixture->now, NULL);
  g_assert_cmpuint (over->len, ==, 1);
  moved = g_ptr_array_index (over, 0);
  inscribe (fixture->first, "Brazil", FALSE);
  before_first = pln_test_dup_speaker_order (fixture->first);
  before_second = pln_test_dup_speaker_order (fixture->second);
  g_assert_cmpstr (before_second, ==, "*Online 11");

  /* Not from another plenary meeting than the one it was carried from. */
  g_assert_false (pln_meeting_give_floor_over_cap (fixture->meeting, fixture->last, moved, &fixture->now));

  order = pln_speaker_order_save (fixture->meeting);
  g_assert_true (pln_meeting_give_floor_over_cap (fixture->meeting, fixture->first, moved, &fixture->now));
  first = pln_test_dup_speaker_order (fixture->first);
  second = pln_test_dup_speaker_order (fixture->second);
  g_assert_true (g_str_has_suffix (first, "Online 10, Brazil, Online 11"));
  g_assert_cmpstr (second, ==, "");
  g_assert_true (pln_speaker_was_given_floor_over_cap (moved));
  g_assert_null (pln_speaker_get_carried_from (moved));

  /* The cap leaves them where the chair put them, and says so. */
  g_clear_pointer (&over, g_ptr_array_unref);
  over = pln_meeting_apply_online_cap (fixture->meeting, fixture->first, &fixture->now, NULL);
  g_assert_cmpuint (over->len, ==, 0);
  pln_sitting_get_online_budget (fixture->first, fixture->meeting, &fixture->now, &budget);
  g_assert_cmpuint (budget.n_over, ==, 0);
  /* Only once. */
  g_assert_false (pln_meeting_give_floor_over_cap (fixture->meeting, fixture->first, moved, &fixture->now));

  pln_speaker_order_restore (order);
  pln_speaker_remove_last_event (moved);
  g_free (first);
  g_free (second);
  first = pln_test_dup_speaker_order (fixture->first);
  second = pln_test_dup_speaker_order (fixture->second);
  g_assert_cmpstr (first, ==, before_first);
  g_assert_cmpstr (second, ==, before_second);
  g_assert_false (pln_speaker_was_given_floor_over_cap (moved));
}

/* A speaker the cap carried on again (from the 1st plenary meeting to the
 * 2nd, then from the 2nd to the 3rd) is one the toast of the 2nd offers
 * the floor to: it comes back to the 2nd, still carried over from the 1st. */
static void
test_give_floor_carried_twice (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(PlnSitting) third = g_list_model_get_item (pln_meeting_get_sittings (fixture->meeting), 2);
  g_autoptr(GPtrArray) over = NULL;
  g_autofree char *second = NULL;
  g_autofree char *carried = NULL;
  PlnSpeaker *moved;

  /* The 2nd's online time is used by ten statements of 3 minutes. */
  for (guint i = 1; i <= 10; i++)
    {
      g_autofree char *name = g_strdup_printf ("Heard %u", i);
      PlnSpeaker *speaker = inscribe (fixture->second, name, TRUE);

      pln_speaker_log (speaker, PLN_SPEAKER_EVENT_STARTED, &fixture->now);
      advance (&fixture->now, 3 * MINUTE, 3 * MINUTE);
      pln_speaker_log (speaker, PLN_SPEAKER_EVENT_ENDED, &fixture->now);
    }

  inscribe_online (fixture->first, 11, "Online");
  over = pln_meeting_apply_online_cap (fixture->meeting, fixture->first, &fixture->now, NULL);
  g_assert_cmpuint (over->len, ==, 1);
  moved = g_ptr_array_index (over, 0);
  g_clear_pointer (&over, g_ptr_array_unref);
  over = pln_meeting_apply_online_cap (fixture->meeting, fixture->second, &fixture->now, NULL);
  g_assert_cmpuint (over->len, ==, 1);
  g_assert_true (g_ptr_array_index (over, 0) == moved);
  carried = pln_test_dup_speaker_order (third);
  g_assert_cmpstr (carried, ==, "*Online 11");

  g_assert_true (pln_meeting_give_floor_over_cap (fixture->meeting, fixture->second, moved, &fixture->now));
  second = pln_test_dup_speaker_order (fixture->second);
  g_assert_true (g_str_has_suffix (second, "Heard 10, *Online 11"));
  g_assert_cmpstr (pln_speaker_get_carried_from (moved), ==, pln_sitting_get_id (fixture->first));
  g_assert_true (pln_speaker_was_given_floor_over_cap (moved));

  /* Never from a plenary meeting it did not come through. */
  g_assert_false (pln_meeting_give_floor_over_cap (fixture->meeting, fixture->last, moved, &fixture->now));
}

/* ------------------------------------------------------------ statements */

static char *
write_statement_file (const char *folder,
                      const char *name,
                      const char *contents)
{
  char *path = g_build_filename (folder, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

/* Takes @path. */
static PlnStatement *
attach (PlnSpeaker *speaker,
        char       *path)
{
  g_autofree char *owned = path;
  g_autoptr(PlnStatement) statement = pln_statement_new (owned);

  pln_speaker_add_statement (speaker, statement);
  return statement;
}

/* Takes @path. */
static PlnStatement *
add_general (PlnMeeting *meeting,
             const char *delegation,
             char       *path)
{
  g_autofree char *owned = path;
  g_autoptr(PlnStatement) statement = pln_statement_new (owned);

  pln_statement_set_delegation (statement, delegation);
  pln_meeting_add_statement (meeting, statement);
  return statement;
}

static char *
read_child (const char *folder,
            const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  return contents;
}

/* The statements' names in the folder for the web page: plenary meeting,
 * item, delegation in plain ASCII, the file's own extension. */
static void
test_statement_names (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PlnAgendaItem) item = g_list_model_get_item (pln_meeting_get_agenda (fixture->meeting), 2);
  PlnSpeaker *speaker = inscribe (fixture->second, "Côte d’Ivoire", FALSE);
  PlnStatement *on_item = attach (speaker, g_strdup ("/statements/Côte d'Ivoire, item 3.PDF"));
  PlnStatement *general = add_general (fixture->meeting, "United States of America", g_strdup ("/statements/usa"));
  PlnStatementEntry entry = { on_item, speaker, fixture->second };
  PlnStatementEntry general_entry = { general, NULL, NULL };
  g_autofree char *name = NULL;
  g_autoptr(GArray) entries = NULL;

  pln_speaker_set_agenda_item (speaker, item);
  name = pln_statement_entry_dup_file_name (fixture->meeting, &entry);
  g_assert_cmpstr (name, ==, "pm2_item3_cote-d-ivoire.pdf");
  g_free (name);
  name = pln_statement_entry_dup_file_name (fixture->meeting, &general_entry);
  g_assert_cmpstr (name, ==, "general_united-states-of-america");
  g_assert_cmpstr (pln_statement_entry_get_delegation (&entry), ==, "Côte d’Ivoire");
  g_assert_cmpstr (pln_statement_get_basename (on_item), ==, "Côte d'Ivoire, item 3.PDF");

  /* General statements first, then by plenary meeting and list. */
  entries = pln_meeting_dup_written_statements (fixture->meeting);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_true (g_array_index (entries, PlnStatementEntry, 0).statement == general);
  g_assert_true (g_array_index (entries, PlnStatementEntry, 1).statement == on_item);
  g_assert_true (g_array_index (entries, PlnStatementEntry, 1).sitting == fixture->second);
  g_assert_true (pln_statement_get_may_post (on_item));
}

/* The folder for the web page: the statements that may be posted under
 * their names, the index by item, escaped; one withdrawn from posting is
 * removed on the next export; the statements survive a save. */
static void
test_statements_export (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *folder = pln_test_make_folder ();
  g_autofree char *sources = g_build_filename (folder, "received", NULL);
  g_autofree char *web = g_build_filename (folder, "web", NULL);
  g_autoptr(GFile) web_file = g_file_new_for_path (web);
  g_autoptr(PlnAgendaItem) item = g_list_model_get_item (pln_meeting_get_agenda (fixture->meeting), 2);
  g_autoptr(GError) error = NULL;
  g_autofree char *index = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *heading = NULL;
  PlnSpeaker *estonia = inscribe (fixture->first, "Estonia", FALSE);
  PlnSpeaker *trinidad = inscribe (fixture->second, "Trinidad & Tobago", TRUE);
  PlnStatement *first_file;
  PlnStatement *withheld;
  PlnStatement *second_file;
  guint n = 0;

  g_assert_cmpint (g_mkdir_with_parents (sources, 0700), ==, 0);
  pln_speaker_set_agenda_item (estonia, item);
  pln_speaker_set_agenda_item (trinidad, item);
  first_file = attach (estonia, write_statement_file (sources, "estonia.pdf", "%PDF Estonia on item 3"));
  second_file = attach (estonia, write_statement_file (sources, "estonia-annex.pdf", "%PDF Estonia annex"));
  withheld = attach (trinidad, write_statement_file (sources, "tt.docx", "Trinidad, not for the web"));
  pln_statement_set_may_post (withheld, FALSE);
  add_general (fixture->meeting, "Brazil", write_statement_file (sources, "brazil.odt", "Brazil's general statement"));

  g_assert_true (pln_statements_export (fixture->meeting, web_file, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (pln_test_count_files (web), ==, 4);
  copy = read_child (web, "pm1_item3_estonia.pdf");
  g_assert_cmpstr (copy, ==, "%PDF Estonia on item 3");
  g_free (copy);
  copy = read_child (web, "pm1_item3_estonia-2.pdf");
  g_assert_cmpstr (copy, ==, "%PDF Estonia annex");
  g_free (copy);
  copy = read_child (web, "general_brazil.odt");
  g_assert_cmpstr (copy, ==, "Brazil's general statement");
  g_assert_null (read_child (web, "pm2_item3_trinidad-tobago.docx"));

  index = read_child (web, "index.html");
  g_assert_nonnull (index);
  heading = g_strdup_printf ("<h2>Item 3. %s</h2>", pln_agenda_item_get_title (item));
  {
    const char *pieces[] = { "<html lang=\"en\">", "<h2>General statements</h2>",
                             "<a href=\"general_brazil.odt\">Brazil</a>", heading,
                             "<a href=\"pm1_item3_estonia.pdf\">Estonia</a> (1st plenary meeting)",
                             "<a href=\"pm1_item3_estonia-2.pdf\">Estonia</a>", NULL };

    pln_test_assert_in_order (index, pieces);
  }
  g_assert_null (strstr (index, "Trinidad"));

  /* Trinidad and Tobago may post after all, the annex may not. */
  pln_statement_set_may_post (withheld, TRUE);
  pln_statement_set_may_post (second_file, FALSE);
  g_assert_true (pln_statements_export (fixture->meeting, web_file, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  g_assert_null (read_child (web, "pm1_item3_estonia-2.pdf"));
  g_free (copy);
  copy = read_child (web, "pm2_item3_trinidad-tobago.docx");
  g_assert_cmpstr (copy, ==, "Trinidad, not for the web");
  g_free (index);
  index = read_child (web, "index.html");
  g_assert_nonnull (strstr (index, ">Trinidad &amp; Tobago</a> (2nd plenary meeting)"));
  g_assert_cmpuint (pln_test_count_files (web), ==, 4);

  /* Through a save and a load. */
  {
    g_autoptr(GBytes) bytes = pln_json_serialize_workspace (fixture->workspace);
    g_autoptr(PlnWorkspace) loaded = pln_json_parse_workspace (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
    g_autoptr(GArray) entries = NULL;
    PlnMeeting *meeting;

    g_assert_no_error (error);
    meeting = pln_workspace_find_meeting (loaded, "m-wg-7-2022");
    entries = pln_meeting_dup_written_statements (meeting);
    g_assert_cmpuint (entries->len, ==, 4);
    g_assert_cmpstr (pln_statement_entry_get_delegation (&g_array_index (entries, PlnStatementEntry, 0)), ==, "Brazil");
    g_assert_cmpstr (pln_statement_get_file (g_array_index (entries, PlnStatementEntry, 1).statement), ==,
                     pln_statement_get_file (first_file));
    g_assert_false (pln_statement_get_may_post (g_array_index (entries, PlnStatementEntry, 2).statement));
  }
}

/* A statement whose file is gone: the error names it, and nothing is
 * written; a file where the folder should be is refused. */
static void
test_statements_missing (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *folder = pln_test_make_folder ();
  g_autofree char *web = g_build_filename (folder, "web", NULL);
  g_autofree char *plain = write_statement_file (folder, "plain-file", "not a folder");
  g_autoptr(GFile) web_file = g_file_new_for_path (web);
  g_autoptr(GFile) plain_file = g_file_new_for_path (plain);
  g_autoptr(PlnAgendaItem) item = g_list_model_get_item (pln_meeting_get_agenda (fixture->meeting), 2);
  g_autoptr(GError) error = NULL;
  PlnSpeaker *estonia = inscribe (fixture->first, "Estonia", FALSE);
  g_autofree char *gone = g_build_filename (folder, "gone.pdf", NULL);
  guint n = 99;

  add_general (fixture->meeting, "Brazil", write_statement_file (folder, "brazil.pdf", "Brazil"));
  pln_speaker_set_agenda_item (estonia, item);
  attach (estonia, g_strdup (gone));

  g_assert_false (pln_statements_export (fixture->meeting, web_file, &n, &error));
  g_assert_error (error, PLN_ERROR, PLN_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Estonia"));
  g_assert_nonnull (strstr (error->message, "item 3"));
  g_assert_cmpuint (n, ==, 0);
  g_assert_false (g_file_test (web, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (gone, "now here", -1, NULL));
  g_assert_false (pln_statements_export (fixture->meeting, plain_file, &n, &error));
  g_assert_error (error, PLN_ERROR, PLN_ERROR_EXPORT);
  g_assert_nonnull (strstr (error->message, "plain-file"));
}

int
main (int   argc,
      char *argv[])
{
  pln_test_init_home ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/floor/ten-fit", Fixture, NULL, fixture_set_up, test_ten_fit, fixture_tear_down);
  g_test_add ("/floor/panellist", Fixture, NULL, fixture_set_up, test_panellist, fixture_tear_down);
  g_test_add ("/floor/runs-over", Fixture, NULL, fixture_set_up, test_runs_over, fixture_tear_down);
  g_test_add ("/floor/last-sitting", Fixture, NULL, fixture_set_up, test_last_sitting, fixture_tear_down);
  g_test_add ("/floor/ahead-and-undo", Fixture, NULL, fixture_set_up, test_ahead_and_undo, fixture_tear_down);
  g_test_add ("/floor/clock", Fixture, NULL, fixture_set_up, test_clock, fixture_tear_down);
  g_test_add ("/floor/save-and-load", Fixture, NULL, fixture_set_up, test_save_and_load, fixture_tear_down);
  g_test_add ("/floor/speakers-document", Fixture, NULL, fixture_set_up, test_speakers_document, fixture_tear_down);
  g_test_add ("/floor/give-floor", Fixture, NULL, fixture_set_up, test_give_floor, fixture_tear_down);
  g_test_add ("/floor/give-floor-carried-twice", Fixture, NULL, fixture_set_up, test_give_floor_carried_twice,
              fixture_tear_down);
  g_test_add ("/floor/statements/names", Fixture, NULL, fixture_set_up, test_statement_names, fixture_tear_down);
  g_test_add ("/floor/statements/export", Fixture, NULL, fixture_set_up, test_statements_export, fixture_tear_down);
  g_test_add ("/floor/statements/missing", Fixture, NULL, fixture_set_up, test_statements_missing, fixture_tear_down);

  return g_test_run ();
}
