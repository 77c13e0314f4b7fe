/* test-store-merge.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plenary-core.h"
#include "pln-test-util.h"

/* Two stores on one file, as two officers on a shared folder: edits to
 * different meetings and to the same recommendation, saved in both
 * orders, synchronously and in a worker. The different edits are both in
 * the file, the conflict waits for a choice and is saved as chosen, and no
 * save overwrites another. */

typedef PlnTestTwoStores Fixture;

static PlnRecommendation *
recommendation (PlnStore *store)
{
  g_autoptr(PlnRecommendation) found = g_list_model_get_item (pln_meeting_get_recommendations (pln_test_store_meeting (store, 0)), 3);

  return found;
}

/* Saves in a worker when @async, waiting for the end of the save. */
static gboolean
save (PlnStore  *store,
      gboolean   async,
      GError   **error)
{
  if (!async)
    return pln_store_save (store, NULL, error);

  return pln_test_store_save_async (store, error);
}

/* What is in the file now. */
static PlnWorkspace *
on_disk (Fixture *fixture)
{
  g_autoptr(PlnStore) reader = pln_store_new (fixture->test.file);
  g_autoptr(GError) error = NULL;

  g_assert_true (pln_store_load (reader, NULL, &error));
  return g_object_ref (pln_store_get_workspace (reader));
}

static void
test_both_orders (Fixture       *fixture,
                  gconstpointer  data)
{
  gboolean async = GPOINTER_TO_INT (data) & 1;
  gboolean first_is_other = GPOINTER_TO_INT (data) & 2;
  PlnStore *first = first_is_other ? fixture->other : fixture->test.store;
  PlnStore *second = first_is_other ? fixture->test.store : fixture->other;
  g_autoptr(PlnWorkspace) file = NULL;
  g_autoptr(GError) error = NULL;
  const PlnMergeConflict *c;

  pln_meeting_set_venue (pln_test_store_meeting (first, 0), "Venue of the first");
  pln_recommendation_set_text (recommendation (first), "The first's text.");
  pln_meeting_set_venue (pln_test_store_meeting (second, 1), "Venue of the second");
  pln_recommendation_set_text (recommendation (second), "The second's text.");

  g_assert_true (save (first, async, &error));
  g_assert_no_error (error);

  /* The second save meets the first: the different meetings merge into
   * its window at once, the recommendation waits for a choice and nothing
   * is written yet. */
  g_assert_false (save (second, async, &error));
  g_assert_error (error, PLN_ERROR, PLN_ERROR_CHANGED);
  g_clear_error (&error);
  g_assert_cmpstr (pln_meeting_get_venue (pln_test_store_meeting (second, 0)), ==, "Venue of the first");
  g_assert_cmpstr (pln_recommendation_get_text (recommendation (second)), ==, "The second's text.");
  file = on_disk (fixture);
  {
    g_autoptr(PlnMeeting) m0 = g_list_model_get_item (pln_workspace_get_meetings (file), 0);
    g_autoptr(PlnRecommendation) rec = g_list_model_get_item (pln_meeting_get_recommendations (m0), 3);

    /* The file is still the first's. */
    g_assert_cmpstr (pln_recommendation_get_text (rec), ==, "The first's text.");
  }

  g_assert_nonnull (pln_store_get_merge (second));
  g_assert_cmpuint (pln_merge_get_n_conflicts (pln_store_get_merge (second)), ==, 1);
  c = pln_merge_get_conflict (pln_store_get_merge (second), 0);
  g_assert_cmpstr (c->member, ==, "text");
  g_assert_cmpstr (c->mine, ==, "The second's text.");
  g_assert_cmpstr (c->theirs, ==, "The first's text.");

  /* Saving waits for the choice. */
  g_assert_false (save (second, async, &error));
  g_assert_error (error, PLN_ERROR, PLN_ERROR_CHANGED);
  g_clear_error (&error);

  /* The first's text is chosen, then the save goes through. */
  pln_store_resolve (second, 0, PLN_MERGE_CHOICE_THEIRS);
  g_assert_cmpstr (pln_recommendation_get_text (recommendation (second)), ==, "The first's text.");
  pln_store_finish_merge (second);
  g_assert_null (pln_store_get_merge (second));
  g_assert_true (save (second, async, &error));
  g_assert_no_error (error);

  g_clear_object (&file);
  file = on_disk (fixture);
  {
    g_autoptr(PlnMeeting) m0 = g_list_model_get_item (pln_workspace_get_meetings (file), 0);
    g_autoptr(PlnMeeting) m1 = g_list_model_get_item (pln_workspace_get_meetings (file), 1);
    g_autoptr(PlnRecommendation) rec = g_list_model_get_item (pln_meeting_get_recommendations (m0), 3);

    g_assert_cmpstr (pln_meeting_get_venue (m0), ==, "Venue of the first");
    g_assert_cmpstr (pln_meeting_get_venue (m1), ==, "Venue of the second");
    g_assert_cmpstr (pln_recommendation_get_text (rec), ==, "The first's text.");
  }

  /* The first saves again: no conflict, and the second's meeting comes
   * into its workspace; it has nothing left unsaved. */
  pln_meeting_set_city (pln_test_store_meeting (first, 2), "Geneva");
  g_assert_true (save (first, async, &error));
  g_assert_no_error (error);
  g_assert_null (pln_store_get_merge (first));
  g_assert_cmpstr (pln_meeting_get_venue (pln_test_store_meeting (first, 1)), ==, "Venue of the second");
  g_assert_false (pln_store_get_dirty (first));

  g_clear_object (&file);
  file = on_disk (fixture);
  {
    g_autoptr(PlnMeeting) m1 = g_list_model_get_item (pln_workspace_get_meetings (file), 1);
    g_autoptr(PlnMeeting) m2 = g_list_model_get_item (pln_workspace_get_meetings (file), 2);

    g_assert_cmpstr (pln_meeting_get_venue (m1), ==, "Venue of the second");
    g_assert_cmpstr (pln_meeting_get_city (m2), ==, "Geneva");
  }
}

/* Conflicts waiting for a choice do not stop saving elsewhere. */
static void
test_save_elsewhere (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->test.folder, "elsewhere.json", NULL);
  g_autoptr(GFile) elsewhere = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  pln_recommendation_set_text (recommendation (fixture->test.store), "Mine.");
  pln_recommendation_set_text (recommendation (fixture->other), "Theirs.");
  g_assert_true (pln_store_save (fixture->other, NULL, &error));
  g_assert_false (pln_store_save (fixture->test.store, NULL, &error));
  g_clear_error (&error);
  g_assert_nonnull (pln_store_get_merge (fixture->test.store));

  g_assert_true (pln_store_save_as (fixture->test.store, elsewhere, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (pln_store_get_merge (fixture->test.store));
  g_assert_true (g_file_equal (pln_store_get_file (fixture->test.store), elsewhere));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  pln_test_init_home ();

  g_test_add ("/store-merge/sync/mine-first", Fixture, GINT_TO_POINTER (0), pln_test_two_stores_set_up, test_both_orders, pln_test_two_stores_tear_down);
  g_test_add ("/store-merge/sync/theirs-first", Fixture, GINT_TO_POINTER (2), pln_test_two_stores_set_up, test_both_orders, pln_test_two_stores_tear_down);
  g_test_add ("/store-merge/async/mine-first", Fixture, GINT_TO_POINTER (1), pln_test_two_stores_set_up, test_both_orders, pln_test_two_stores_tear_down);
  g_test_add ("/store-merge/async/theirs-first", Fixture, GINT_TO_POINTER (3), pln_test_two_stores_set_up, test_both_orders, pln_test_two_stores_tear_down);

  g_test_add ("/store-merge/save-elsewhere", Fixture, NULL, pln_test_two_stores_set_up, test_save_elsewhere, pln_test_two_stores_tear_down);

  return g_test_run ();
}
