/* test-merge-limits.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plenary-core.h"
#include "pln-test-util.h"

/* Where the merge meets the links between objects and their places, by
 * example on the demo's 2022 meeting of the Working Group on the Smuggling
 * of Migrants:
 *
 *  - a deletion on one side of what the other side refers to (a
 *    recommendation, a placement, a speaker under an agenda item) is a
 *    conflict, and no choice leaves a reference to what is not there;
 *  - adding under what the other side deleted is a conflict;
 *  - an object moved to another parent on one side and edited on the
 *    other ends up moved and edited, once;
 *  - an object moved by both to different places is a conflict, and is in
 *    the result once whichever place is chosen.
 *
 * Each result is written and read again: a file that refers to what it
 * does not hold would be refused. */

#define MEETING "m-wg-7-2022"

static PlnMeeting *
meeting_of (PlnWorkspace *workspace)
{
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, MEETING);

  g_assert_nonnull (meeting);
  return meeting;
}

static PlnAgendaItem *
item_of (PlnWorkspace *workspace,
         const char   *id)
{
  return pln_meeting_find_agenda_item (meeting_of (workspace), id);
}

static PlnSitting *
sitting_of (PlnWorkspace *workspace,
            guint         position)
{
  g_autoptr(PlnSitting) sitting = g_list_model_get_item (pln_meeting_get_sittings (meeting_of (workspace)), position);

  return sitting;
}

/* How many objects of @root's tree have @id: a merge must never make two. */
static guint
count_id (PlnObject  *root,
          const char *id)
{
  guint n_fields, count = g_strcmp0 (pln_object_get_id (root), id) == 0;
  const PlnField *fields = pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (root), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      GListModel *list;

      if (fields[i].kind != PLN_FIELD_LIST)
        continue;
      list = *(GListModel **) pln_object_get_field_pointer (root, i);
      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        {
          g_autoptr(PlnObject) child = g_list_model_get_item (list, j);

          count += count_id (child, id);
        }
    }

  return count;
}

/* @workspace is written and read back without error: no reference to an
 * object it does not hold, no id twice. */
static void
assert_readable (PlnWorkspace *workspace)
{
  g_autoptr(GBytes) bytes = pln_json_serialize_workspace (workspace);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnWorkspace) read = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  read = pln_json_parse_workspace (data, size, &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);
}

typedef struct
{
  PlnWorkspace *base;
  PlnWorkspace *mine;
  PlnWorkspace *theirs;
  PlnWorkspace *merged;
  PlnMerge     *merge;
} Fixture;

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  fixture->base = pln_demo_new_workspace ();
  fixture->mine = pln_workspace_copy (fixture->base);
  fixture->theirs = pln_workspace_copy (fixture->base);
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  g_clear_object (&fixture->merge);
  g_clear_object (&fixture->merged);
  g_clear_object (&fixture->theirs);
  g_clear_object (&fixture->mine);
  g_clear_object (&fixture->base);
}

static void
merge (Fixture *fixture,
       guint    n_conflicts)
{
  fixture->merged = pln_merge_workspaces (fixture->base, fixture->mine, fixture->theirs, &fixture->merge);
  for (guint i = 0; i < pln_merge_get_n_conflicts (fixture->merge); i++)
    {
      const PlnMergeConflict *c = pln_merge_get_conflict (fixture->merge, i);

      g_test_message ("conflict %d at %s %s: %s / %s", c->kind, c->path, c->member, c->mine, c->theirs);
    }
  g_assert_cmpuint (pln_merge_get_n_conflicts (fixture->merge), ==, n_conflicts);
  assert_readable (fixture->merged);
}

static void
resolve (Fixture        *fixture,
         PlnMergeChoice  choice)
{
  for (guint i = 0; i < pln_merge_get_n_conflicts (fixture->merge); i++)
    pln_merge_resolve (fixture->merge, fixture->merged, i, choice);
  assert_readable (fixture->merged);
}

static void
delete_item (PlnWorkspace *workspace,
             const char   *id)
{
  PlnAgendaItem *item = item_of (workspace, id);

  g_assert_cmpint (pln_meeting_remove_agenda_item (meeting_of (workspace), item), >=, 0);
}

/* Mine's references to item 5: a recommendation, a placement and a
 * speaker, all new. */
static void
refer_to_item (PlnWorkspace *workspace,
               const char   *id)
{
  PlnMeeting *meeting = meeting_of (workspace);
  g_autoptr(PlnPlacement) placement = pln_placement_new ();
  g_autoptr(PlnSpeaker) speaker = pln_speaker_new ();

  pln_test_add_recommendation (meeting, id, 1, "States parties should report on progress.", "Mexico");
  pln_placement_set_agenda_item (placement, item_of (workspace, id));
  pln_sitting_append_placement (sitting_of (workspace, 3), placement);
  pln_speaker_set_delegation (speaker, "Mexico");
  pln_speaker_set_agenda_item (speaker, item_of (workspace, id));
  pln_sitting_insert_speaker (sitting_of (workspace, 3), 0, speaker);
}

/* The references to @id in @workspace's meeting, and whether each is to
 * the object of the workspace itself. */
static guint
count_references (PlnWorkspace *workspace,
                  const char   *id)
{
  PlnMeeting *meeting = meeting_of (workspace);
  PlnAgendaItem *item = item_of (workspace, id);
  GListModel *recs = pln_meeting_get_recommendations (meeting);
  GListModel *placements = pln_sitting_get_placements (sitting_of (workspace, 3));
  GListModel *speakers = pln_sitting_get_speakers (sitting_of (workspace, 3));
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (recs); i++)
    {
      g_autoptr(PlnRecommendation) rec = g_list_model_get_item (recs, i);
      PlnAgendaItem *ref = pln_recommendation_get_agenda_item (rec);

      g_assert_true (ref == NULL || ref == pln_meeting_find_agenda_item (meeting, pln_object_get_id (PLN_OBJECT (ref))));
      count += ref != NULL && ref == item;
    }
  for (guint i = 0; i < g_list_model_get_n_items (placements); i++)
    {
      g_autoptr(PlnPlacement) placement = g_list_model_get_item (placements, i);

      count += item != NULL && pln_placement_get_agenda_item (placement) == item;
    }
  for (guint i = 0; i < g_list_model_get_n_items (speakers); i++)
    {
      g_autoptr(PlnSpeaker) speaker = g_list_model_get_item (speakers, i);

      count += item != NULL && pln_speaker_get_agenda_item (speaker) == item;
    }

  return count;
}

/* Theirs deleted item 5 (Other matters), mine placed it, inscribed a
 * speaker on it and made a recommendation under it: one conflict; mine's
 * side keeps the item and the references, theirs' deletes it and unsets
 * them; mine again puts both back. */
static void
test_theirs_deletes_what_mine_refers_to (Fixture       *fixture,
                                         gconstpointer  data)
{
  const char *id = MEETING "-i5";
  const PlnMergeConflict *c;
  guint n_refs;

  delete_item (fixture->theirs, id);
  refer_to_item (fixture->mine, id);
  n_refs = count_references (fixture->mine, id);
  g_assert_cmpuint (n_refs, >=, 3);

  merge (fixture, 1);
  c = pln_merge_get_conflict (fixture->merge, 0);
  g_assert_cmpint (c->kind, ==, PLN_MERGE_CONFLICT_DELETED_BY_THEIRS);
  g_assert_cmpstr (c->id, ==, id);
  g_assert_cmpstr (c->path, ==, "meetings[1].agenda[4]");
  g_assert_nonnull (item_of (fixture->merged, id));
  g_assert_cmpuint (count_references (fixture->merged, id), ==, n_refs);

  resolve (fixture, PLN_MERGE_CHOICE_THEIRS);
  g_assert_null (item_of (fixture->merged, id));
  g_assert_cmpuint (count_references (fixture->merged, id), ==, 0);

  resolve (fixture, PLN_MERGE_CHOICE_MINE);
  g_assert_nonnull (item_of (fixture->merged, id));
  g_assert_cmpuint (count_references (fixture->merged, id), ==, n_refs);
}

/* The other way round: mine deleted the item, theirs refers to it. Mine's
 * side leaves it deleted, theirs' new objects in without the reference;
 * theirs' side puts it back with the references. */
static void
test_mine_deletes_what_theirs_refers_to (Fixture       *fixture,
                                         gconstpointer  data)
{
  const char *id = MEETING "-i5";
  const PlnMergeConflict *c;

  delete_item (fixture->mine, id);
  refer_to_item (fixture->theirs, id);

  merge (fixture, 1);
  c = pln_merge_get_conflict (fixture->merge, 0);
  g_assert_cmpint (c->kind, ==, PLN_MERGE_CONFLICT_DELETED_BY_MINE);
  g_assert_cmpstr (c->id, ==, id);
  g_assert_null (item_of (fixture->merged, id));
  g_assert_cmpuint (g_list_model_get_n_items (pln_sitting_get_speakers (sitting_of (fixture->merged, 3))), ==,
                    g_list_model_get_n_items (pln_sitting_get_speakers (sitting_of (fixture->theirs, 3))));

  resolve (fixture, PLN_MERGE_CHOICE_THEIRS);
  g_assert_nonnull (item_of (fixture->merged, id));
  g_assert_cmpuint (count_id (PLN_OBJECT (fixture->merged), id), ==, 1);
  g_assert_cmpuint (count_references (fixture->merged, id), >=, 3);

  resolve (fixture, PLN_MERGE_CHOICE_MINE);
  g_assert_null (item_of (fixture->merged, id));
}

/* Unsets every reference to item @id of @workspace's meeting, as the
 * agenda page does when it deletes an item. */
static void
unset_references (PlnWorkspace *workspace,
                  const char   *id)
{
  PlnMeeting *meeting = meeting_of (workspace);
  PlnAgendaItem *item = item_of (workspace, id);
  GListModel *recs = pln_meeting_get_recommendations (meeting);
  GListModel *sittings = pln_meeting_get_sittings (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (recs); i++)
    {
      g_autoptr(PlnRecommendation) rec = g_list_model_get_item (recs, i);

      if (pln_recommendation_get_agenda_item (rec) == item)
        pln_recommendation_set_agenda_item (rec, NULL);
    }
  for (guint s = 0; s < g_list_model_get_n_items (sittings); s++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, s);
      GListModel *placements = pln_sitting_get_placements (sitting);
      GListModel *speakers = pln_sitting_get_speakers (sitting);

      for (guint i = 0; i < g_list_model_get_n_items (placements); i++)
        {
          g_autoptr(PlnPlacement) placement = g_list_model_get_item (placements, i);

          if (pln_placement_get_agenda_item (placement) == item)
            pln_placement_set_agenda_item (placement, NULL);
        }
      for (guint i = 0; i < g_list_model_get_n_items (speakers); i++)
        {
          g_autoptr(PlnSpeaker) speaker = g_list_model_get_item (speakers, i);

          if (pln_speaker_get_agenda_item (speaker) == item)
            pln_speaker_set_agenda_item (speaker, NULL);
        }
    }
}

/* References both sides had to an item theirs deleted, which theirs
 * unset with the deletion: no conflict, the references unset. */
static void
test_theirs_unsets_what_it_deletes (Fixture       *fixture,
                                    gconstpointer  data)
{
  const char *id = MEETING "-i5";
  PlnRecommendation *base_rec = pln_test_add_recommendation (meeting_of (fixture->base), id, 0, "Base text", "Chair");
  const char *rec_id = pln_object_get_id (PLN_OBJECT (base_rec));
  GListModel *recs;
  g_autoptr(PlnRecommendation) rec = NULL;

  g_clear_object (&fixture->mine);
  g_clear_object (&fixture->theirs);
  fixture->mine = pln_workspace_copy (fixture->base);
  fixture->theirs = pln_workspace_copy (fixture->base);
  recs = pln_meeting_get_recommendations (meeting_of (fixture->theirs));
  rec = g_list_model_get_item (recs, g_list_model_get_n_items (recs) - 1);
  g_assert_cmpstr (pln_object_get_id (PLN_OBJECT (rec)), ==, rec_id);
  unset_references (fixture->theirs, id);
  g_assert_null (pln_recommendation_get_agenda_item (rec));
  delete_item (fixture->theirs, id);

  merge (fixture, 0);
  g_assert_null (item_of (fixture->merged, id));
  g_assert_cmpuint (count_references (fixture->merged, id), ==, 0);
}

/* Adding a sub-item under an item the other side deleted changes that
 * item: a conflict, either way round; the result holds the sub-item with
 * its item or neither. */
static void
test_added_under_deleted (Fixture       *fixture,
                          gconstpointer  data)
{
  for (guint mine_adds = 0; mine_adds < 2; mine_adds++)
    {
      const char *id = MEETING "-i3";
      g_autoptr(PlnAgendaItem) sub_item = pln_agenda_item_new ();
      const char *sub_id = pln_object_get_id (PLN_OBJECT (sub_item));

      g_clear_object (&fixture->mine);
      g_clear_object (&fixture->theirs);
      g_clear_object (&fixture->merged);
      g_clear_object (&fixture->merge);
      fixture->mine = pln_workspace_copy (fixture->base);
      fixture->theirs = pln_workspace_copy (fixture->base);

      pln_agenda_item_set_title (sub_item, "Cooperation with shipping companies");
      pln_agenda_item_append_sub_item (item_of (mine_adds ? fixture->mine : fixture->theirs, id), sub_item);
      delete_item (mine_adds ? fixture->theirs : fixture->mine, id);

      merge (fixture, 1);
      g_assert_cmpint (pln_merge_get_conflict (fixture->merge, 0)->kind, ==,
                       mine_adds ? PLN_MERGE_CONFLICT_DELETED_BY_THEIRS : PLN_MERGE_CONFLICT_DELETED_BY_MINE);
      g_assert_cmpuint (count_id (PLN_OBJECT (fixture->merged), sub_id), ==, mine_adds ? 1 : 0);
      resolve (fixture, PLN_MERGE_CHOICE_THEIRS);
      g_assert_cmpuint (count_id (PLN_OBJECT (fixture->merged), sub_id), ==, mine_adds ? 0 : 1);
      g_assert_cmpuint (count_id (PLN_OBJECT (fixture->merged), id), ==, mine_adds ? 0 : 1);
    }
}

/* Moves sub-item @id under item @to, at the end. */
static void
move_sub_item (PlnWorkspace *workspace,
               const char   *id,
               const char   *to)
{
  PlnAgendaItem *sub_item = g_object_ref (item_of (workspace, id));

  pln_agenda_item_remove_sub_item (pln_agenda_item_get_parent (sub_item), sub_item);
  pln_agenda_item_append_sub_item (item_of (workspace, to), sub_item);
  g_object_unref (sub_item);
}

static void
assert_under (PlnWorkspace *workspace,
              const char   *id,
              const char   *parent)
{
  PlnAgendaItem *item = item_of (workspace, id);

  g_assert_nonnull (item);
  g_assert_cmpuint (count_id (PLN_OBJECT (workspace), id), ==, 1);
  g_assert_cmpstr (pln_object_get_id (PLN_OBJECT (pln_agenda_item_get_parent (item))), ==, parent);
  g_assert_nonnull (pln_object_list_find (pln_agenda_item_get_sub_items (item_of (workspace, parent)), id));
}

/* One side moves sub-item 1 (a) under item 2, the other edits its title:
 * moved and edited, once, without a conflict, whichever side moved it. */
static void
test_edit_follows_move (Fixture       *fixture,
                        gconstpointer  data)
{
  for (guint mine_moves = 0; mine_moves < 2; mine_moves++)
    {
      const char *id = MEETING "-i1a";

      g_clear_object (&fixture->mine);
      g_clear_object (&fixture->theirs);
      g_clear_object (&fixture->merged);
      g_clear_object (&fixture->merge);
      fixture->mine = pln_workspace_copy (fixture->base);
      fixture->theirs = pln_workspace_copy (fixture->base);

      move_sub_item (mine_moves ? fixture->mine : fixture->theirs, id, MEETING "-i2");
      pln_agenda_item_set_title (item_of (mine_moves ? fixture->theirs : fixture->mine, id), "Opening of the session");

      merge (fixture, 0);
      assert_under (fixture->merged, id, MEETING "-i2");
      g_assert_cmpstr (pln_agenda_item_get_title (item_of (fixture->merged, id)), ==, "Opening of the session");
      g_assert_null (pln_object_list_find (pln_agenda_item_get_sub_items (item_of (fixture->merged, MEETING "-i1")), id));
    }
}

/* A placement moved to the next plenary meeting by theirs, its note
 * edited by mine. */
static void
test_placement_follows_move (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *id = MEETING "-s1-p2";
  PlnSitting *from = sitting_of (fixture->theirs, 0);
  PlnPlacement *placement = g_object_ref (pln_object_list_find (pln_sitting_get_placements (from), id));
  GListModel *merged_to;

  pln_sitting_remove_placement (from, placement);
  pln_sitting_append_placement (sitting_of (fixture->theirs, 1), placement);
  g_object_unref (placement);
  pln_placement_set_note (pln_object_list_find (pln_sitting_get_placements (sitting_of (fixture->mine, 0)), id),
                          "Continued from the morning");

  merge (fixture, 0);
  g_assert_cmpuint (count_id (PLN_OBJECT (fixture->merged), id), ==, 1);
  merged_to = pln_sitting_get_placements (sitting_of (fixture->merged, 1));
  g_assert_nonnull (pln_object_list_find (merged_to, id));
  g_assert_cmpstr (pln_placement_get_note (pln_object_list_find (merged_to, id)), ==, "Continued from the morning");
}

/* Both move sub-item 1 (a), under items 2 and 3: a conflict, mine's place
 * until theirs is chosen, once in the result whichever; both under the
 * same item: no conflict. */
static void
test_moved_by_both (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *id = MEETING "-i1a";
  const PlnMergeConflict *c;

  move_sub_item (fixture->mine, id, MEETING "-i2");
  move_sub_item (fixture->theirs, id, MEETING "-i3");
  pln_agenda_item_set_title (item_of (fixture->theirs, id), "Opening");

  merge (fixture, 1);
  c = pln_merge_get_conflict (fixture->merge, 0);
  g_assert_cmpint (c->kind, ==, PLN_MERGE_CONFLICT_MOVED);
  g_assert_cmpstr (c->id, ==, id);
  g_assert_cmpstr (c->mine, ==, pln_agenda_item_get_title (item_of (fixture->mine, MEETING "-i2")));
  g_assert_cmpstr (c->theirs, ==, pln_agenda_item_get_title (item_of (fixture->theirs, MEETING "-i3")));
  assert_under (fixture->merged, id, MEETING "-i2");
  /* The edit is merged wherever the item is. */
  g_assert_cmpstr (pln_agenda_item_get_title (item_of (fixture->merged, id)), ==, "Opening");

  resolve (fixture, PLN_MERGE_CHOICE_THEIRS);
  assert_under (fixture->merged, id, MEETING "-i3");
  resolve (fixture, PLN_MERGE_CHOICE_MINE);
  assert_under (fixture->merged, id, MEETING "-i2");

  /* The same place on both sides. */
  g_clear_object (&fixture->theirs);
  g_clear_object (&fixture->merged);
  g_clear_object (&fixture->merge);
  fixture->theirs = pln_workspace_copy (fixture->mine);
  merge (fixture, 0);
  assert_under (fixture->merged, id, MEETING "-i2");
}

/* Moved by one side, deleted by the other: a move is a change, so a
 * conflict; the result has the item once or not at all. */
static void
test_moved_and_deleted (Fixture       *fixture,
                        gconstpointer  data)
{
  for (guint mine_moves = 0; mine_moves < 2; mine_moves++)
    {
      const char *id = MEETING "-i1a";
      PlnWorkspace *deleter;
      PlnAgendaItem *sub_item;

      g_clear_object (&fixture->mine);
      g_clear_object (&fixture->theirs);
      g_clear_object (&fixture->merged);
      g_clear_object (&fixture->merge);
      fixture->mine = pln_workspace_copy (fixture->base);
      fixture->theirs = pln_workspace_copy (fixture->base);
      deleter = mine_moves ? fixture->theirs : fixture->mine;

      move_sub_item (mine_moves ? fixture->mine : fixture->theirs, id, MEETING "-i2");
      sub_item = item_of (deleter, id);
      pln_agenda_item_remove_sub_item (pln_agenda_item_get_parent (sub_item), sub_item);

      merge (fixture, 1);
      g_assert_cmpint (pln_merge_get_conflict (fixture->merge, 0)->kind, ==,
                       mine_moves ? PLN_MERGE_CONFLICT_DELETED_BY_THEIRS : PLN_MERGE_CONFLICT_DELETED_BY_MINE);
      g_assert_cmpuint (count_id (PLN_OBJECT (fixture->merged), id), ==, mine_moves ? 1 : 0);
      resolve (fixture, PLN_MERGE_CHOICE_THEIRS);
      g_assert_cmpuint (count_id (PLN_OBJECT (fixture->merged), id), ==, mine_moves ? 0 : 1);
      if (!mine_moves)
        assert_under (fixture->merged, id, MEETING "-i2");
    }
}

/* -------------------------------------------- moves at random */

/* One side's random moves of placements to other plenary meetings of
 * their meeting, and edits of their notes; what it did is kept by id. */
typedef struct
{
  GHashTable *moved;   /* placement id → sitting id */
  GHashTable *noted;   /* placement id → note */
} Moves;

static void
moves_clear (Moves *moves)
{
  g_clear_pointer (&moves->moved, g_hash_table_unref);
  g_clear_pointer (&moves->noted, g_hash_table_unref);
}

static void
random_moves (GRand        *rand,
              PlnWorkspace *workspace,
              const char   *side,
              Moves        *moves)
{
  GListModel *meetings = pln_workspace_get_meetings (workspace);

  moves->moved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  moves->noted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint k = g_rand_int_range (rand, 1, 12); k > 0; k--)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, g_rand_int_range (rand, 0, g_list_model_get_n_items (meetings)));
      GListModel *sittings = pln_meeting_get_sittings (meeting);
      guint n = g_list_model_get_n_items (sittings);
      g_autoptr(PlnSitting) from = g_list_model_get_item (sittings, g_rand_int_range (rand, 0, n));
      g_autoptr(PlnSitting) to = g_list_model_get_item (sittings, g_rand_int_range (rand, 0, n));
      GListModel *placements = pln_sitting_get_placements (from);
      g_autoptr(PlnPlacement) placement = NULL;
      char *id;

      if (g_list_model_get_n_items (placements) == 0)
        continue;
      placement = g_list_model_get_item (placements, g_rand_int_range (rand, 0, g_list_model_get_n_items (placements)));
      id = g_strdup (pln_object_get_id (PLN_OBJECT (placement)));

      if (g_rand_boolean (rand))
        {
          g_autofree char *note = g_strdup_printf ("%s %u", side, k);

          pln_placement_set_note (placement, note);
          g_hash_table_replace (moves->noted, g_strdup (id), g_strdup (note));
        }
      if (from != to)
        {
          pln_sitting_remove_placement (from, placement);
          pln_sitting_insert_placement (to, g_rand_int_range (rand, 0, g_list_model_get_n_items (pln_sitting_get_placements (to)) + 1),
                                        placement);
          g_hash_table_replace (moves->moved, g_strdup (id), g_strdup (pln_object_get_id (PLN_OBJECT (to))));
        }
      g_free (id);
    }
}

/* The sitting of @workspace that holds placement @id, which must be in
 * one and only one. */
static const char *
sitting_holding (PlnWorkspace *workspace,
                 const char   *id)
{
  GListModel *meetings = pln_workspace_get_meetings (workspace);
  const char *found = NULL;

  g_assert_cmpuint (count_id (PLN_OBJECT (workspace), id), ==, 1);
  for (guint m = 0; m < g_list_model_get_n_items (meetings); m++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, m);
      GListModel *sittings = pln_meeting_get_sittings (meeting);

      for (guint i = 0; i < g_list_model_get_n_items (sittings); i++)
        {
          g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, i);

          if (pln_object_list_find (pln_sitting_get_placements (sitting), id) != NULL)
            found = pln_object_get_id (PLN_OBJECT (sitting));
        }
    }

  return found;
}

static guint
n_rounds (void)
{
  const char *env = g_getenv ("PLN_MERGE_ROUNDS");

  return env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : 12;
}

/* Moves and edits on both sides, at random: each placement is in the
 * result once, moved where the only side that moved it put it, with the
 * note the only side that edited it wrote; conflicts only where both
 * moved it to different places or both wrote different notes. Rounds as
 * test-merge.c's: fixed seeds, PLN_MERGE_RANDOM=1 for new ones. */
static void
test_random_moves (void)
{
  g_autoptr(PlnWorkspace) base = pln_synth_workspace (1, 20261202);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  pln_object_add_ids (PLN_OBJECT (base), ids);

  for (guint round = 0; round < n_rounds (); round++)
    {
      guint32 seed = g_getenv ("PLN_MERGE_RANDOM") != NULL ? g_test_rand_int () : 20261202u + round * 104729u;
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr(PlnWorkspace) mine = pln_workspace_copy (base);
      g_autoptr(PlnWorkspace) theirs = pln_workspace_copy (base);
      g_autoptr(PlnWorkspace) merged = NULL;
      g_autoptr(PlnMerge) merge = NULL;
      Moves a, b;
      GHashTableIter iter;
      gpointer id;

      g_test_message ("round %u: seed %u", round, seed);
      random_moves (rand, mine, "Mine", &a);
      random_moves (rand, theirs, "Theirs", &b);
      merged = pln_merge_workspaces (base, mine, theirs, &merge);
      assert_readable (merged);

      for (guint i = 0; i < pln_merge_get_n_conflicts (merge); i++)
        {
          const PlnMergeConflict *c = pln_merge_get_conflict (merge, i);
          gboolean explained = c->kind == PLN_MERGE_CONFLICT_MOVED
                               ? g_hash_table_contains (a.moved, c->id) && g_hash_table_contains (b.moved, c->id)
                               : c->kind == PLN_MERGE_CONFLICT_FIELD && g_strcmp0 (c->member, "note") == 0 &&
                                 g_hash_table_contains (a.noted, c->id) && g_hash_table_contains (b.noted, c->id);

          if (!explained)
            g_error ("seed %u: conflict %d on %s %s neither side explains", seed, c->kind, c->id, c->member);
        }

      g_hash_table_iter_init (&iter, ids);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        {
          const char *where;
          const char *moved_a = g_hash_table_lookup (a.moved, id), *moved_b = g_hash_table_lookup (b.moved, id);
          const char *note_a = g_hash_table_lookup (a.noted, id), *note_b = g_hash_table_lookup (b.noted, id);
          PlnPlacement *placement;

          if (!PLN_IS_PLACEMENT (g_hash_table_lookup (ids, id)))
            continue;
          where = sitting_holding (merged, id);
          if ((moved_a != NULL) != (moved_b != NULL))
            g_assert_cmpstr (where, ==, moved_a != NULL ? moved_a : moved_b);
          if ((note_a != NULL) != (note_b != NULL))
            {
              placement = NULL;
              for (guint m = 0; placement == NULL && m < g_list_model_get_n_items (pln_workspace_get_meetings (merged)); m++)
                {
                  g_autoptr(PlnMeeting) meeting = g_list_model_get_item (pln_workspace_get_meetings (merged), m);
                  PlnSitting *sitting = pln_meeting_find_sitting (meeting, where);

                  if (sitting != NULL)
                    placement = pln_object_list_find (pln_sitting_get_placements (sitting), id);
                }
              g_assert_nonnull (placement);
              g_assert_cmpstr (pln_placement_get_note (placement), ==, note_a != NULL ? note_a : note_b);
            }
        }

      /* Every choice keeps every placement once. */
      for (guint pass = 0; pass < 2; pass++)
        {
          for (guint i = 0; i < pln_merge_get_n_conflicts (merge); i++)
            pln_merge_resolve (merge, merged, i, pass == 0 ? PLN_MERGE_CHOICE_THEIRS : PLN_MERGE_CHOICE_MINE);
          assert_readable (merged);
          g_hash_table_iter_init (&iter, ids);
          while (g_hash_table_iter_next (&iter, &id, NULL))
            if (PLN_IS_PLACEMENT (g_hash_table_lookup (ids, id)))
              sitting_holding (merged, id);
        }

      moves_clear (&a);
      moves_clear (&b);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/merge-limits/theirs-deletes-what-mine-refers-to", Fixture, NULL, set_up,
              test_theirs_deletes_what_mine_refers_to, tear_down);
  g_test_add ("/merge-limits/mine-deletes-what-theirs-refers-to", Fixture, NULL, set_up,
              test_mine_deletes_what_theirs_refers_to, tear_down);
  g_test_add ("/merge-limits/theirs-unsets-what-it-deletes", Fixture, NULL, set_up,
              test_theirs_unsets_what_it_deletes, tear_down);
  g_test_add ("/merge-limits/added-under-deleted", Fixture, NULL, set_up, test_added_under_deleted, tear_down);
  g_test_add ("/merge-limits/edit-follows-move", Fixture, NULL, set_up, test_edit_follows_move, tear_down);
  g_test_add ("/merge-limits/placement-follows-move", Fixture, NULL, set_up, test_placement_follows_move, tear_down);
  g_test_add ("/merge-limits/moved-by-both", Fixture, NULL, set_up, test_moved_by_both, tear_down);
  g_test_add ("/merge-limits/moved-and-deleted", Fixture, NULL, set_up, test_moved_and_deleted, tear_down);
  g_test_add_func ("/merge-limits/random-moves", test_random_moves);

  return g_test_run ();
}
