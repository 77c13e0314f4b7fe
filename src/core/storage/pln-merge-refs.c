/* pln-merge-refs.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-merge"

#include "config.h"

#include "plenary-core.h"
#include "pln-merge-private.h"

/* Deletions against references. A merge compares objects, but objects
 * refer to each other (a recommendation, a placement or a speaker to an
 * agenda item; a meeting to its working group), and a deletion on one
 * side can meet a new reference on the other:
 *
 *  - theirs deleted an object that mine refers to (mine made a
 *    recommendation under an item theirs deleted): the deletion is a
 *    conflict, the object kept until theirs' side is chosen;
 *  - mine deleted an object that theirs' new objects refer to: the same
 *    conflict the other way, the object left deleted (and the new objects'
 *    references unset) until theirs' side is chosen, which puts it back
 *    and the references with it.
 *
 * Whatever is chosen, pln_merge_ops_apply() unsets a reference to an
 * object the result does not hold: never a dangling reference. Adding an
 * object under one the other side deleted changes that object, and is a
 * conflict of deletion against edit already (pln-merge.c). */

/* Calls @func on each reference of @object and the objects below it. */
typedef void (*ReferenceFunc) (PlnObject *object,
                               guint      index,
                               PlnObject *target,
                               gpointer   user_data);

static void
foreach_reference (PlnObject     *object,
                   ReferenceFunc  func,
                   gpointer       user_data)
{
  guint n_fields;
  const PlnField *fields = pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (object), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      gpointer p = pln_object_get_field_pointer (object, i);

      if (fields[i].kind == PLN_FIELD_OBJECT && !(fields[i].flags & PLN_FIELD_READ_ONLY))
        {
          if (*(PlnObject **) p != NULL)
            func (object, i, *(PlnObject **) p, user_data);
        }
      else if (fields[i].kind == PLN_FIELD_LIST)
        {
          GListModel *list = *(GListModel **) p;
          guint n = g_list_model_get_n_items (list);

          for (guint j = 0; j < n; j++)
            {
              g_autoptr(PlnObject) child = g_list_model_get_item (list, j);

              foreach_reference (child, func, user_data);
            }
        }
    }
}

static char *
field_key (PlnObject *object,
           guint      index)
{
  return g_strdup_printf ("%s\037%u", pln_object_get_id (object), index);
}

/* ------------------------------------------- theirs deleted, mine refers */

typedef struct
{
  GHashTable *removed;   /* id → the removal (PlnMergeOp) that removes it */
  GHashTable *set;       /* field_key() of the fields theirs sets */
  GHashTable *blocked;   /* removal → PlnMergeOp setting the references of mine into it */
} Referred;

static void
check_mine_reference (PlnObject *object,
                      guint      index,
                      PlnObject *target,
                      gpointer   user_data)
{
  Referred *referred = user_data;
  PlnMergeOp *removal = g_hash_table_lookup (referred->removed, pln_object_get_id (target));
  g_autofree char *key = NULL;
  GPtrArray *refs;

  /* A reference from within what is removed goes with it. */
  if (removal == NULL || g_hash_table_contains (referred->removed, pln_object_get_id (object)))
    return;

  /* Theirs changes the reference too (unsets it as it deleted the item). */
  key = field_key (object, index);
  if (g_hash_table_contains (referred->set, key))
    return;

  /* Choosing mine again puts the reference back with the object. */
  refs = g_hash_table_lookup (referred->blocked, removal);
  if (refs == NULL)
    {
      refs = g_ptr_array_new ();
      g_hash_table_insert (referred->blocked, removal, refs);
    }
  g_ptr_array_add (refs, pln_merge_op_new_set (NULL, object, index, G_MAXUINT));
}

static void
add_subtree (GHashTable *removed,
             PlnObject  *object,
             PlnMergeOp *removal)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer id;

  pln_object_add_ids (object, ids);
  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    g_hash_table_insert (removed, id, removal);
}

static void
keep_what_mine_refers_to (Walk *walk)
{
  GPtrArray *ops = walk->merge->ops;
  g_autoptr(GHashTable) removed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) blocked = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  Referred referred = { removed, set, blocked };

  for (guint i = 0; i < ops->len; i++)
    {
      PlnMergeOp *op = ops->pdata[i];

      if (op->kind == PLN_MERGE_OP_REMOVE && g_hash_table_contains (walk->removals, op))
        add_subtree (removed, op->expect, op);
      else if (op->kind == PLN_MERGE_OP_SET)
        g_hash_table_add (set, field_key (op->source, op->index));
    }
  if (g_hash_table_size (removed) == 0)
    return;

  foreach_reference (PLN_OBJECT (walk->mine), check_mine_reference, &referred);

  for (guint i = ops->len; i > 0; i--)
    {
      PlnMergeOp *op = ops->pdata[i - 1];
      GPtrArray *refs = g_hash_table_lookup (blocked, op);
      const Place *owner;
      Conflict *c;

      if (refs == NULL)
        continue;

      g_ptr_array_steal_index (ops, i - 1);
      c = _pln_merge_add_conflict (walk, PLN_MERGE_CONFLICT_DELETED_BY_THEIRS, op->expect, NULL, NULL,
                                   op, pln_merge_op_new_undo_remove (op));
      g_free (c->conflict.path);
      c->conflict.path = g_strdup (g_hash_table_lookup (walk->removals, op));
      c->conflict.mine = _pln_merge_object_summary (op->expect);
      owner = _pln_merge_place (walk, walk->theirs, op->owner);
      _pln_merge_conflict_set_authors (c, ((PlnMergeOp *) refs->pdata[0])->source,
                                       owner != NULL ? owner->object : PLN_OBJECT (walk->theirs));
      for (guint j = 0; j < refs->len; j++)
        g_ptr_array_add (c->to_mine, refs->pdata[j]);
      g_ptr_array_set_size (refs, 0);
    }
}

/* ---------------------------------------- mine deleted, theirs refers */

typedef struct
{
  Walk       *walk;
  GHashTable *conflicts;  /* id → Conflict of its deletion by mine */
} Referring;

/* Where @place is in theirs, "meetings[3].agenda[2]". */
static char *
place_path (Walk        *walk,
            const Place *place)
{
  const Place *owner = _pln_merge_place (walk, walk->theirs, pln_object_get_id (place->owner));
  g_autofree char *above = owner != NULL ? place_path (walk, owner) : g_strdup ("");
  const char *member = pln_object_class_get_member (PLN_OBJECT_GET_CLASS (place->owner), place->index);

  return g_strdup_printf ("%s%s%s[%u]", above, *above != '\0' ? "." : "", member, place->position);
}

/* What mine deleted that holds @target: the object itself, or the
 * highest of the objects above it that mine deleted. */
static const Place *
deleted_holder (Walk       *walk,
                const char *id)
{
  const Place *place = _pln_merge_place (walk, walk->theirs, id);

  while (place != NULL)
    {
      const char *owner = pln_object_get_id (place->owner);

      if (g_hash_table_contains (walk->mine_ids, owner) || !g_hash_table_contains (walk->base_ids, owner))
        return place;
      place = _pln_merge_place (walk, walk->theirs, owner);
    }

  return NULL;
}

static void
check_theirs_reference (PlnObject *object,
                        guint      index,
                        PlnObject *target,
                        gpointer   user_data)
{
  Referring *referring = user_data;
  Walk *walk = referring->walk;
  const char *id = pln_object_get_id (target);
  const Place *holder;
  Conflict *c;

  /* In mine, or new in theirs and inserted with this. */
  if (g_hash_table_contains (walk->mine_ids, id) || !g_hash_table_contains (walk->base_ids, id))
    return;
  if ((holder = deleted_holder (walk, id)) == NULL)
    return;

  c = g_hash_table_lookup (referring->conflicts, pln_object_get_id (holder->object));
  if (c == NULL)
    {
      c = _pln_merge_add_conflict (walk, PLN_MERGE_CONFLICT_DELETED_BY_MINE, holder->object, NULL, NULL,
                                   pln_merge_op_new_insert (holder->owner, holder->index, holder->object, NULL),
                                   pln_merge_op_new_remove (holder->owner, holder->index, holder->object));
      g_free (c->conflict.path);
      c->conflict.path = place_path (walk, holder);
      c->conflict.theirs = _pln_merge_object_summary (holder->object);
      _pln_merge_conflict_set_authors (c, PLN_OBJECT (walk->mine), object);
      g_hash_table_insert (referring->conflicts, (gpointer) pln_object_get_id (holder->object), c);
    }

  /* Choosing theirs puts the object back, then the reference to it. */
  g_ptr_array_add (c->to_theirs, pln_merge_op_new_set (NULL, object, index, G_MAXUINT));
}

static void
restore_what_theirs_refers_to (Walk *walk)
{
  GPtrArray *ops = walk->merge->ops;
  g_autoptr(GHashTable) conflicts = g_hash_table_new (g_str_hash, g_str_equal);
  Referring referring = { walk, conflicts };
  gboolean inserts = FALSE;

  for (guint i = 0; i < ops->len && !inserts; i++)
    inserts = ((PlnMergeOp *) ops->pdata[i])->kind == PLN_MERGE_OP_INSERT;
  if (!inserts)
    return;

  _pln_merge_ensure_ids (walk);
  for (guint i = 0; i < walk->merge->conflicts->len; i++)
    {
      Conflict *c = walk->merge->conflicts->pdata[i];

      if (c->conflict.kind == PLN_MERGE_CONFLICT_DELETED_BY_MINE)
        g_hash_table_insert (conflicts, c->conflict.id, c);
    }

  for (guint i = 0; i < ops->len; i++)
    {
      PlnMergeOp *op = ops->pdata[i];

      if (op->kind == PLN_MERGE_OP_INSERT)
        foreach_reference (op->source, check_theirs_reference, &referring);
    }
}

void
_pln_merge_check_references (Walk *walk)
{
  keep_what_mine_refers_to (walk);
  restore_what_theirs_refers_to (walk);
}
