/* test-authors.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plenary-core.h"
#include "pln-test-util.h"

/* Who changed what: a save records its author and time on the objects
 * edited since the last save, and on those only; the file keeps them; a
 * merge takes the later change's without a conflict, brings in theirs'
 * as theirs, and tells each side's author in a conflict. Two stores on
 * one file stand for two officers on a shared folder. */

typedef PlnTestTwoStores Fixture;

/* The two officers, by name. */
static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  pln_test_two_stores_set_up (fixture, data);
  pln_store_set_author (fixture->test.store, "Maria Lopez");
  pln_store_set_author (fixture->other, "Li Wei");
}

static PlnRecommendation *
recommendation (PlnStore *store,
                guint     position)
{
  g_autoptr(PlnRecommendation) found = g_list_model_get_item (pln_meeting_get_recommendations (pln_test_store_meeting (store, 0)), position);

  return found;
}

static void
save (PlnStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pln_store_save (store, NULL, &error));
  g_assert_no_error (error);
}

static void
assert_changed_by (gpointer    object,
                   const char *author)
{
  g_assert_cmpstr (pln_object_get_changed_by (PLN_OBJECT (object)), ==, author);
  if (author == NULL)
    g_assert_null (pln_object_get_changed_at (PLN_OBJECT (object)));
  else
    g_assert_nonnull (pln_object_get_changed_at (PLN_OBJECT (object)));
}

/* An edited recommendation, a meeting whose agenda got a new item with
 * a sub-item: those are stamped, at the time of the save; what was not
 * edited, and the meeting whose recommendation alone changed, are not. */
static void
test_save_stamps_edits (Fixture       *fixture,
                        gconstpointer  data)
{
  PlnStore *store = fixture->test.store;
  PlnRecommendation *edited = recommendation (store, 3);
  g_autoptr(PlnAgendaItem) item = pln_agenda_item_new ();
  g_autoptr(PlnAgendaItem) sub_item = pln_agenda_item_new ();
  g_autoptr(GDateTime) edit_time = NULL;
  g_autoptr(PlnStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  gint64 before, after;

  assert_changed_by (edited, NULL);
  pln_recommendation_set_text (edited, "States parties should share good practices.");
  edit_time = g_date_time_ref (pln_recommendation_get_changed (edited));
  pln_agenda_item_set_title (sub_item, "Opening of the meeting");
  pln_agenda_item_append_sub_item (item, sub_item);
  pln_meeting_append_agenda_item (pln_test_store_meeting (store, 1), item);

  before = g_get_real_time () / G_USEC_PER_SEC;
  save (store);
  after = g_get_real_time () / G_USEC_PER_SEC;

  g_assert_false (pln_store_get_dirty (store));
  assert_changed_by (edited, "Maria Lopez");
  g_assert_cmpint (g_date_time_to_unix (pln_object_get_changed_at (PLN_OBJECT (edited))), >=, before);
  g_assert_cmpint (g_date_time_to_unix (pln_object_get_changed_at (PLN_OBJECT (edited))), <=, after);
  /* The non-paper's "changed since shared" keeps the time of the edit. */
  g_assert_true (g_date_time_equal (pln_recommendation_get_changed (edited), edit_time));

  assert_changed_by (pln_test_store_meeting (store, 1), "Maria Lopez");
  assert_changed_by (item, "Maria Lopez");
  assert_changed_by (sub_item, "Maria Lopez");
  assert_changed_by (recommendation (store, 4), NULL);
  assert_changed_by (pln_test_store_meeting (store, 0), NULL);
  assert_changed_by (pln_store_get_workspace (store), NULL);

  /* In the file, as read again. */
  reader = pln_store_new (fixture->test.file);
  g_assert_true (pln_store_load (reader, NULL, &error));
  g_assert_no_error (error);
  assert_changed_by (recommendation (reader, 3), "Maria Lopez");
  g_assert_true (g_date_time_equal (pln_object_get_changed_at (PLN_OBJECT (recommendation (reader, 3))),
                                    pln_object_get_changed_at (PLN_OBJECT (edited))));
  assert_changed_by (recommendation (reader, 4), NULL);
  assert_changed_by (pln_test_store_meeting (reader, 0), NULL);
}

/* A second save stamps what was edited since the first, and leaves the
 * first save's stamps as they are; a save with nothing edited changes
 * nothing. */
static void
test_save_stamps_only_new_edits (Fixture       *fixture,
                                 gconstpointer  data)
{
  PlnStore *store = fixture->test.store;

  pln_recommendation_set_text (recommendation (store, 3), "First edit");
  save (store);
  pln_store_set_author (store, "Ana Silva");
  pln_recommendation_set_source (recommendation (store, 5), "Mexico");
  save (store);

  assert_changed_by (recommendation (store, 3), "Maria Lopez");
  assert_changed_by (recommendation (store, 5), "Ana Silva");

  save (store);
  assert_changed_by (recommendation (store, 3), "Maria Lopez");
}

/* What a merge brings in from the other side was changed by them: after
 * Maria's save merged Li's change, the recommendation Li edited says Li,
 * and the meeting Maria edited says Maria. */
static void
test_merge_keeps_their_author (Fixture       *fixture,
                               gconstpointer  data)
{
  pln_recommendation_set_text (recommendation (fixture->other, 3), "Li's text");
  save (fixture->other);

  pln_meeting_set_city (pln_test_store_meeting (fixture->test.store, 1), "Ulaanbaatar");
  save (fixture->test.store);

  g_assert_null (pln_store_get_merge (fixture->test.store));
  g_assert_cmpstr (pln_recommendation_get_text (recommendation (fixture->test.store, 3)), ==, "Li's text");
  assert_changed_by (recommendation (fixture->test.store, 3), "Li Wei");
  assert_changed_by (pln_test_store_meeting (fixture->test.store, 1), "Maria Lopez");
}

/* Both changed the same field: the conflict names each side's author and
 * time. */
static void
test_conflict_names_authors (Fixture       *fixture,
                             gconstpointer  data)
{
  const PlnMergeConflict *conflict;
  g_autoptr(GError) error = NULL;
  PlnMerge *merge;

  pln_recommendation_set_text (recommendation (fixture->other, 3), "Li's text");
  save (fixture->other);
  pln_recommendation_set_text (recommendation (fixture->test.store, 3), "Maria's text");
  g_assert_false (pln_store_save (fixture->test.store, NULL, &error));
  g_assert_error (error, PLN_ERROR, PLN_ERROR_CHANGED);

  merge = pln_store_get_merge (fixture->test.store);
  g_assert_nonnull (merge);
  g_assert_cmpuint (pln_merge_get_n_conflicts (merge), ==, 1);
  conflict = pln_merge_get_conflict (merge, 0);
  g_assert_cmpstr (conflict->member, ==, "text");
  g_assert_cmpstr (conflict->mine_by, ==, "Maria Lopez");
  g_assert_cmpstr (conflict->theirs_by, ==, "Li Wei");
  g_assert_nonnull (conflict->mine_at);
  g_assert_nonnull (conflict->theirs_at);
}

/* No name set: the user's real name, or the user name. */
static void
test_default_author (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *expected = g_get_real_name ();

  if (g_strcmp0 (expected, "Unknown") == 0 || *expected == '\0')
    expected = g_get_user_name ();

  pln_store_set_author (fixture->test.store, "");
  g_assert_cmpstr (pln_store_get_author (fixture->test.store), ==, expected);
  g_assert_cmpstr (pln_author_get_default (), ==, expected);

  pln_recommendation_set_text (recommendation (fixture->test.store, 3), "Edited");
  save (fixture->test.store);
  assert_changed_by (recommendation (fixture->test.store, 3), expected);
}

/* ------------------------------------------------------ the merge alone */

static void
stamp (PlnObject  *object,
       const char *author,
       gint64      unix_time)
{
  g_autoptr(GDateTime) at = g_date_time_new_from_unix_utc (unix_time);

  pln_object_set_changed (object, author, at);
}

static PlnRecommendation *
first_recommendation (PlnWorkspace *workspace)
{
  g_autoptr(PlnMeeting) found_meeting = g_list_model_get_item (pln_workspace_get_meetings (workspace), 0);
  g_autoptr(PlnRecommendation) found = g_list_model_get_item (pln_meeting_get_recommendations (found_meeting), 0);

  return found;
}

/* Different fields of one recommendation changed on each side, each side
 * stamped: no conflict, both edits, and the later stamp, whichever side
 * it is on. */
static void
test_merge_later_stamp (void)
{
  for (guint later_is_theirs = 0; later_is_theirs < 2; later_is_theirs++)
    {
      g_autoptr(PlnWorkspace) base = pln_synth_workspace (1, 2022);
      g_autoptr(PlnWorkspace) mine = pln_workspace_copy (base);
      g_autoptr(PlnWorkspace) theirs = pln_workspace_copy (base);
      g_autoptr(PlnWorkspace) merged = NULL;
      g_autoptr(PlnMerge) merge = NULL;
      PlnRecommendation *result;

      pln_recommendation_set_text (first_recommendation (mine), "Mine");
      stamp (PLN_OBJECT (first_recommendation (mine)), "Maria Lopez", 1700000000 + (later_is_theirs ? 0 : 60));
      pln_recommendation_set_source (first_recommendation (theirs), "Theirs");
      stamp (PLN_OBJECT (first_recommendation (theirs)), "Li Wei", 1700000000 + (later_is_theirs ? 60 : 0));

      merged = pln_merge_workspaces (base, mine, theirs, &merge);
      g_assert_cmpuint (pln_merge_get_n_conflicts (merge), ==, 0);
      result = first_recommendation (merged);
      g_assert_cmpstr (pln_recommendation_get_text (result), ==, "Mine");
      g_assert_cmpstr (pln_recommendation_get_source (result), ==, "Theirs");
      g_assert_cmpstr (pln_object_get_changed_by (PLN_OBJECT (result)), ==, later_is_theirs ? "Li Wei" : "Maria Lopez");
      g_assert_cmpint (g_date_time_to_unix (pln_object_get_changed_at (PLN_OBJECT (result))), ==, 1700000060);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/authors/save-stamps-edits", Fixture, NULL, set_up, test_save_stamps_edits, pln_test_two_stores_tear_down);
  g_test_add ("/authors/save-stamps-only-new-edits", Fixture, NULL, set_up, test_save_stamps_only_new_edits, pln_test_two_stores_tear_down);
  g_test_add ("/authors/merge-keeps-their-author", Fixture, NULL, set_up, test_merge_keeps_their_author, pln_test_two_stores_tear_down);
  g_test_add ("/authors/conflict-names-authors", Fixture, NULL, set_up, test_conflict_names_authors, pln_test_two_stores_tear_down);
  g_test_add ("/authors/default-author", Fixture, NULL, set_up, test_default_author, pln_test_two_stores_tear_down);
  g_test_add_func ("/authors/merge-later-stamp", test_merge_later_stamp);

  return g_test_run ();
}
