/* test-model.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plenary-core.h"
#include "pln-test-util.h"

static void
test_ordinals (void)
{
  const struct { guint n; const char *word; const char *number; } cases[] = {
    { 1, "first", "1st" }, { 2, "second", "2nd" }, { 3, "third", "3rd" }, { 9, "ninth", "9th" },
    { 10, "tenth", "10th" }, { 11, "eleventh", "11th" }, { 12, "twelfth", "12th" },
    { 13, "thirteenth", "13th" }, { 20, "twentieth", "20th" }, { 21, "twenty-first", "21st" },
    { 22, "twenty-second", "22nd" }, { 42, "forty-second", "42nd" }, { 111, "111th", "111th" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *word = pln_ordinal_word_en (cases[i].n);
      g_autofree char *number = pln_ordinal_number_en (cases[i].n);

      g_assert_cmpstr (word, ==, cases[i].word);
      g_assert_cmpstr (number, ==, cases[i].number);
    }
}

static void
test_dates_en (void)
{
  const struct { const char *first; const char *last; const char *text; } cases[] = {
    { "2023-10-05", "2023-10-06", "5 and 6 October 2023" },
    { "2013-11-11", "2013-11-13", "11–13 November 2013" },
    { "2023-05-30", "2023-06-02", "30 May–2 June 2023" },
    { "2023-12-30", "2024-01-02", "30 December 2023–2 January 2024" },
    { "2022-06-27", "2022-06-27", "27 June 2022" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate first, last;
      g_autofree char *text = NULL;

      g_assert_true (pln_date_from_iso (cases[i].first, &first));
      g_assert_true (pln_date_from_iso (cases[i].last, &last));
      text = pln_date_range_format_en (&first, &last);
      g_assert_cmpstr (text, ==, cases[i].text);
    }

  {
    GDate day;
    g_autofree char *text = NULL;

    g_assert_true (pln_date_from_iso ("2023-10-05", &day));
    text = pln_date_format_en (&day, TRUE);
    g_assert_cmpstr (text, ==, "Thursday, 5 October 2023");
    g_assert_false (pln_date_from_iso ("2023-02-29", &day));
    g_assert_false (pln_date_from_iso ("5 October", &day));
  }
}

static void
test_email (void)
{
  g_assert_true (pln_email_is_valid ("delegate@example.org"));
  g_assert_true (pln_email_is_valid ("a.b+c@mission.example.int"));
  g_assert_false (pln_email_is_valid ("delegate"));
  g_assert_false (pln_email_is_valid ("delegate@localhost"));
  g_assert_false (pln_email_is_valid ("a@b@c.org"));
  g_assert_false (pln_email_is_valid ("two words@example.org"));
  g_assert_false (pln_email_is_valid ("@example.org"));
  g_assert_false (pln_email_is_valid ("x@example."));
}

static PlnMeeting *
meeting_on (const char *first,
            const char *last)
{
  PlnMeeting *meeting = pln_meeting_new ();
  GDate a, b;

  g_assert_true (pln_date_from_iso (first, &a));
  g_assert_true (pln_date_from_iso (last, &b));
  pln_meeting_set_first_day (meeting, &a);
  pln_meeting_set_last_day (meeting, &b);
  pln_meeting_set_time_zone (meeting, "Europe/Vienna");
  return meeting;
}

static void
test_generate_sittings (void)
{
  g_autoptr(PlnMeeting) meeting = meeting_on ("2023-10-05", "2023-10-06");
  g_autoptr(PlnSitting) last = NULL;
  g_autoptr(GTimeZone) tz = pln_meeting_dup_time_zone (meeting);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) start_utc = NULL;

  pln_meeting_generate_sittings (meeting);
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_sittings (meeting)), ==, 4);

  last = g_list_model_get_item (pln_meeting_get_sittings (meeting), 3);
  g_assert_cmpstr (pln_sitting_get_name (last), ==, "4th plenary meeting");
  g_assert_cmpint (pln_sitting_get_start (last), ==, 15 * 60);
  g_assert_cmpint (pln_sitting_get_end (last), ==, 18 * 60);
  g_assert_cmpint (pln_meeting_get_day_index (meeting, pln_sitting_get_date (last)), ==, 1);

  /* 15:00 in Vienna on 6 October 2023 (summer time) is 13:00 UTC. */
  start = pln_sitting_dup_start_date_time (last, tz);
  start_utc = g_date_time_to_utc (start);
  g_assert_cmpint (g_date_time_get_hour (start_utc), ==, 13);

  /* Other default times are used when the meeting has them. */
  pln_meeting_set_morning_start (meeting, 9 * 60 + 30);
  pln_meeting_generate_sittings (meeting);
  {
    g_autoptr(PlnSitting) first = g_list_model_get_item (pln_meeting_get_sittings (meeting), 0);
    g_assert_cmpint (pln_sitting_get_start (first), ==, 9 * 60 + 30);
  }
}

static PlnAgendaItem *
add_item (PlnMeeting *meeting,
          const char *title)
{
  g_autoptr(PlnAgendaItem) item = pln_agenda_item_new ();

  pln_agenda_item_set_title (item, title);
  pln_meeting_append_agenda_item (meeting, item);
  return item;
}

static void
place (PlnSitting    *sitting,
       PlnAgendaItem *item)
{
  g_autoptr(PlnPlacement) placement = pln_placement_new ();

  pln_placement_set_agenda_item (placement, item);
  pln_sitting_append_placement (sitting, placement);
}

static void
test_agenda_and_continued (void)
{
  g_autoptr(PlnMeeting) meeting = meeting_on ("2022-06-27", "2022-06-28");
  PlnAgendaItem *one, *two, *three;
  g_autoptr(PlnAgendaItem) opening = pln_agenda_item_new ();
  g_autoptr(PlnAgendaItem) adoption = pln_agenda_item_new ();
  g_autoptr(PlnSitting) morning = NULL;
  g_autoptr(PlnSitting) afternoon = NULL;
  g_autofree char *label = NULL;

  one = add_item (meeting, "Organizational matters");
  two = add_item (meeting, "Good practices");
  three = add_item (meeting, "National procedures");
  pln_agenda_item_append_sub_item (one, opening);
  pln_agenda_item_append_sub_item (one, adoption);
  pln_meeting_renumber_agenda (meeting);

  g_assert_cmpstr (pln_agenda_item_get_number (three), ==, "3");
  label = pln_agenda_item_dup_label (adoption);
  g_assert_cmpstr (label, ==, "1 (b)");
  g_assert_true (pln_agenda_item_is_sub_item (adoption));

  /* Moving an item renumbers consistently. */
  g_assert_true (pln_meeting_move_agenda_item (meeting, three, 1));
  pln_meeting_renumber_agenda (meeting);
  g_assert_cmpstr (pln_agenda_item_get_number (three), ==, "2");
  g_assert_cmpstr (pln_agenda_item_get_number (two), ==, "3");

  /* As in the seed annex: item 2 twice in one afternoon, then continued. */
  pln_meeting_generate_sittings (meeting);
  morning = g_list_model_get_item (pln_meeting_get_sittings (meeting), 0);
  afternoon = g_list_model_get_item (pln_meeting_get_sittings (meeting), 1);
  place (morning, opening);
  place (morning, adoption);
  place (afternoon, two);
  place (afternoon, two);
  place (afternoon, three);
  g_assert_false (pln_meeting_is_placement_continued (meeting, morning, 0));
  g_assert_false (pln_meeting_is_placement_continued (meeting, afternoon, 0));
  g_assert_true (pln_meeting_is_placement_continued (meeting, afternoon, 1));
  g_assert_false (pln_meeting_is_placement_continued (meeting, afternoon, 2));
  {
    g_autoptr(PlnSitting) next_day = g_list_model_get_item (pln_meeting_get_sittings (meeting), 2);

    place (next_day, three);
    g_assert_true (pln_meeting_is_placement_continued (meeting, next_day, 0));
  }

  g_assert_true (pln_meeting_find_agenda_item (meeting, pln_agenda_item_get_id (adoption)) == adoption);
  g_assert_null (pln_meeting_find_agenda_item (meeting, "nothing"));
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *property,
             const char *text)
{
  for (guint i = 0; i < problems->len; i++)
    {
      PlnProblem *problem = g_ptr_array_index (problems, i);

      if (g_strcmp0 (problem->property, property) == 0 && strstr (problem->message, text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_validation (void)
{
  g_autoptr(PlnMeeting) meeting = meeting_on ("2023-10-06", "2023-10-05");
  g_autoptr(PlnWorkingGroup) group = pln_working_group_new ();
  g_autoptr(PlnRegistration) reg = pln_registration_new ();
  g_autoptr(PlnSitting) extra = pln_sitting_new ();
  g_autoptr(PlnAgendaItem) stray = pln_agenda_item_new ();
  g_autoptr(PlnDocumentRef) doc = pln_document_ref_new ();
  g_autoptr(GPtrArray) problems = NULL;
  PlnAgendaItem *a, *b;
  GDate day;

  pln_working_group_set_symbol_series (group, "CTOC/COP/WG.7");
  pln_meeting_set_working_group (meeting, group);
  pln_meeting_set_report_symbol (meeting, "CTOC/COP/WG.4/2023/5");
  pln_meeting_set_agenda_symbol (meeting, "CTOC/COP/WG.7/2023/1");

  a = add_item (meeting, "A");
  b = add_item (meeting, "B");
  pln_agenda_item_set_number (a, "2");
  pln_agenda_item_set_number (b, "2");
  pln_document_ref_set_symbol (doc, "CTOC/COP/WG.70/2023/2");
  pln_agenda_item_append_document (a, doc);

  pln_registration_set_name (reg, "Delegate A");
  pln_registration_set_email (reg, "not an address");
  pln_meeting_append_registration (meeting, reg);

  g_assert_true (pln_date_from_iso ("2023-10-09", &day));
  pln_sitting_set_name (extra, "Extra plenary meeting");
  pln_sitting_set_date (extra, &day);
  place (extra, stray);
  pln_meeting_append_sitting (meeting, extra);

  problems = pln_meeting_validate (meeting, "meetings[0]");
  g_assert_true (has_problem (problems, "last-day", "before the first day"));
  g_assert_true (has_problem (problems, "report-symbol", "CTOC/COP/WG.4/2023/5"));
  g_assert_false (has_problem (problems, "agenda-symbol", ""));
  g_assert_true (has_problem (problems, "number", "used by two"));
  g_assert_true (has_problem (problems, "symbol", "CTOC/COP/WG.70/2023/2"));
  g_assert_true (has_problem (problems, "email", "not an address"));
  g_assert_true (has_problem (problems, "date", "not on a day"));
  g_assert_true (has_problem (problems, "agenda-item", "not on the agenda"));

  g_assert_true (pln_symbol_in_series ("CTOC/COP/WG.7/2022/2", "CTOC/COP/WG.7"));
  g_assert_false (pln_symbol_in_series ("CTOC/COP/WG.70/2022/2", "CTOC/COP/WG.7"));
}

static void
test_overlap (void)
{
  g_autoptr(PlnMeeting) meeting = meeting_on ("2023-10-05", "2023-10-05");
  g_autoptr(PlnSitting) first = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  pln_meeting_generate_sittings (meeting);
  first = g_list_model_get_item (pln_meeting_get_sittings (meeting), 0);
  pln_sitting_set_end (first, 16 * 60);
  problems = pln_meeting_validate (meeting, NULL);
  g_assert_true (has_problem (problems, "start", "overlaps"));
}

static void
changed_cb (PlnWorkspace *workspace,
            guint        *count)
{
  (*count)++;
}

static void
test_workspace_changed (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autoptr(PlnMeeting) meeting = g_list_model_get_item (pln_workspace_get_meetings (workspace), 0);
  g_autoptr(PlnAgendaItem) item = g_list_model_get_item (pln_meeting_get_agenda (meeting), 0);
  g_autoptr(PlnAgendaItem) sub = g_list_model_get_item (pln_agenda_item_get_sub_items (item), 0);
  g_autoptr(PlnMeeting) added = pln_meeting_new ();
  g_autoptr(PlnRegistration) reg = pln_registration_new ();
  guint count = 0;

  g_signal_connect (workspace, "changed", G_CALLBACK (changed_cb), &count);

  pln_agenda_item_set_title (sub, "Opening");
  g_assert_cmpuint (count, ==, 1);
  pln_agenda_item_set_title (sub, "Opening");  /* no change, no signal */
  g_assert_cmpuint (count, ==, 1);

  pln_workspace_append_meeting (workspace, added);
  g_assert_cmpuint (count, ==, 2);
  pln_meeting_append_registration (added, reg);
  g_assert_cmpuint (count, ==, 3);
  pln_registration_set_email (reg, "someone@example.org");
  g_assert_cmpuint (count, ==, 4);

  /* Objects of another workspace do not reach this one. */
  {
    g_autoptr(PlnWorkspace) other = pln_demo_new_workspace ();
    g_autoptr(PlnMeeting) foreign = g_list_model_get_item (pln_workspace_get_meetings (other), 0);

    pln_meeting_set_city (foreign, "Geneva");
    g_assert_cmpuint (count, ==, 4);
  }
}

static void
test_demo (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autoptr(GPtrArray) problems = pln_workspace_validate (workspace);
  GListModel *meetings = pln_workspace_get_meetings (workspace);
  gboolean found = FALSE;

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pln_workspace_get_working_groups (workspace)), ==, 5);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *title = pln_meeting_dup_title_en (meeting);
      g_autofree char *dates = pln_date_range_format_en (pln_meeting_get_first_day (meeting),
                                                         pln_meeting_get_last_day (meeting));

      if (g_str_equal (title, "Tenth meeting") &&
          g_str_equal (pln_working_group_get_short_name (pln_meeting_get_working_group (meeting)), "SOM"))
        {
          g_assert_cmpstr (dates, ==, "5 and 6 October 2023");
          g_assert_cmpstr (pln_meeting_get_report_symbol (meeting), ==, "CTOC/COP/WG.7/2023/5");
          g_assert_cmpstr (pln_meeting_get_platform (meeting), ==, "Interprefy");
          found = TRUE;
        }
    }

  g_assert_true (found);
}

/* Moving the first day moves the whole meeting, and back exactly. */
static void
test_move_meeting (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, "m-wg-7-2022");
  GListModel *sittings = pln_meeting_get_sittings (meeting);
  guint n = g_list_model_get_n_items (sittings);
  g_autofree GDate *before = g_new0 (GDate, n);
  GDate first = *pln_meeting_get_first_day (meeting);
  GDate last = *pln_meeting_get_last_day (meeting);
  GDate later = first;

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, i);

      before[i] = *pln_sitting_get_date (sitting);
    }

  g_date_add_days (&later, 7);
  pln_meeting_move_to (meeting, &later);
  g_assert_cmpint (g_date_days_between (&first, pln_meeting_get_first_day (meeting)), ==, 7);
  g_assert_cmpint (g_date_days_between (&last, pln_meeting_get_last_day (meeting)), ==, 7);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, i);

      g_assert_cmpint (g_date_days_between (&before[i], pln_sitting_get_date (sitting)), ==, 7);
    }
  {
    g_autoptr(GPtrArray) problems = pln_meeting_validate (meeting, "meeting");

    /* The plenary meetings are on the meeting's days: nothing to warn of. */
    g_assert_cmpuint (problems->len, ==, 0);
  }

  pln_meeting_move_to (meeting, &first);
  g_assert_cmpint (g_date_compare (pln_meeting_get_first_day (meeting), &first), ==, 0);
  g_assert_cmpint (g_date_compare (pln_meeting_get_last_day (meeting), &last), ==, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, i);

      g_assert_cmpint (g_date_compare (pln_sitting_get_date (sitting), &before[i]), ==, 0);
    }
}

/* The item under discussion: by the plenary meeting under way and the
 * placement whose share of its time it is; the day's last one after. */
static void
test_item_under_way (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, "m-wg-7-2022");
  g_autoptr(GTimeZone) tz = pln_meeting_dup_time_zone (meeting);
  g_autoptr(PlnSitting) sitting = g_list_model_get_item (pln_meeting_get_sittings (meeting), 0);
  GListModel *placements = pln_sitting_get_placements (sitting);
  guint n = g_list_model_get_n_items (placements);
  g_autoptr(GDateTime) start = pln_sitting_dup_start_date_time (sitting, tz);
  g_autoptr(GDateTime) end = pln_sitting_dup_end_date_time (sitting, tz);
  g_autoptr(GDateTime) early = g_date_time_add_minutes (start, -30);
  g_autoptr(GDateTime) begun = g_date_time_add_minutes (start, 1);
  g_autoptr(GDateTime) near_end = g_date_time_add_minutes (end, -1);
  g_autoptr(GDateTime) after = g_date_time_add_minutes (end, 30);
  g_autoptr(GDateTime) in_utc = g_date_time_to_utc (begun);
  g_autoptr(PlnPlacement) first = NULL;
  g_autoptr(PlnPlacement) last = NULL;

  g_assert_cmpuint (n, >=, 2);
  first = g_list_model_get_item (placements, 0);
  last = g_list_model_get_item (placements, n - 1);

  g_assert_null (pln_meeting_find_item_under_way (meeting, early));
  g_assert_true (pln_meeting_find_item_under_way (meeting, begun) == pln_placement_get_agenda_item (first));
  g_assert_true (pln_meeting_find_item_under_way (meeting, in_utc) == pln_placement_get_agenda_item (first));
  g_assert_true (pln_meeting_find_item_under_way (meeting, near_end) == pln_placement_get_agenda_item (last));
  /* Between the morning and the afternoon: still the morning's last item. */
  g_assert_true (pln_meeting_find_item_under_way (meeting, after) == pln_placement_get_agenda_item (last));
}

int
main (int   argc,
      char *argv[])
{
  pln_test_init_home ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/ordinals", test_ordinals);
  g_test_add_func ("/model/dates-en", test_dates_en);
  g_test_add_func ("/model/email", test_email);
  g_test_add_func ("/model/generate-sittings", test_generate_sittings);
  g_test_add_func ("/model/agenda-and-continued", test_agenda_and_continued);
  g_test_add_func ("/model/validation", test_validation);
  g_test_add_func ("/model/overlap", test_overlap);
  g_test_add_func ("/model/workspace-changed", test_workspace_changed);
  g_test_add_func ("/model/demo", test_demo);
  g_test_add_func ("/model/move-meeting", test_move_meeting);
  g_test_add_func ("/model/item-under-way", test_item_under_way);

  return g_test_run ();
}
