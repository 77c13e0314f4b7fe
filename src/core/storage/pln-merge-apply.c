/* pln-merge-apply.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-merge"

#include "config.h"

#include "plenary-core.h"
#include "pln-merge-private.h"
#include "pln-model-private.h"

/* The changes a merge brings into a workspace, by id. Each one checks
 * that what it changes is still as in the version the merge compared, so
 * applied to a live workspace it never overwrites an edit made since.
 * Objects are inserted as copies, whose references are pointed at the
 * workspace's objects before they go in, so nobody sees a copy refer to
 * the other version's objects. */

static PlnMergeOp *
op_new (PlnMergeOpKind  kind,
        PlnObject      *owner,
        guint           index,
        PlnObject      *expect,
        PlnObject      *source,
        const char     *anchor)
{
  PlnMergeOp *op = g_new0 (PlnMergeOp, 1);

  op->kind = kind;
  op->index = index;
  op->mask = G_MAXUINT;
  op->owner = owner != NULL ? g_strdup (pln_object_get_id (owner)) : NULL;
  op->anchor = g_strdup (anchor);
  op->expect = expect != NULL ? g_object_ref (expect) : NULL;
  op->source = source != NULL ? g_object_ref (source) : NULL;

  return op;
}

PlnMergeOp *
pln_merge_op_new_set (PlnObject *expect,
                      PlnObject *source,
                      guint      index,
                      guint      mask)
{
  PlnMergeOp *op = op_new (PLN_MERGE_OP_SET, NULL, index, expect, source, NULL);

  op->mask = mask;
  return op;
}

PlnMergeOp *
pln_merge_op_new_remove (PlnObject *owner,
                         guint      index,
                         PlnObject *expect)
{
  return op_new (PLN_MERGE_OP_REMOVE, owner, index, expect, NULL, NULL);
}

PlnMergeOp *
pln_merge_op_new_insert (PlnObject  *owner,
                         guint       index,
                         PlnObject  *source,
                         const char *anchor)
{
  return op_new (PLN_MERGE_OP_INSERT, owner, index, NULL, source, anchor);
}

PlnMergeOp *
pln_merge_op_new_move (PlnObject  *owner,
                       guint       index,
                       PlnObject  *source,
                       const char *anchor)
{
  return op_new (PLN_MERGE_OP_MOVE, owner, index, NULL, source, anchor);
}

/* The insertion that puts back what @remove removes, where it was. */
PlnMergeOp *
pln_merge_op_new_undo_remove (const PlnMergeOp *remove)
{
  PlnMergeOp *op = op_new (PLN_MERGE_OP_INSERT, NULL, remove->index, NULL, remove->expect, remove->anchor);

  op->owner = g_strdup (remove->owner);
  return op;
}

PlnMergeOp *
pln_merge_op_new_stamp (PlnObject *source)
{
  return op_new (PLN_MERGE_OP_STAMP, NULL, 0, NULL, source, NULL);
}

void
pln_merge_op_free (PlnMergeOp *op)
{
  if (op == NULL)
    return;

  g_free (op->owner);
  g_free (op->anchor);
  g_clear_object (&op->expect);
  g_clear_object (&op->source);
  g_free (op);
}

/* The list of @op in @target, or NULL when its owner is gone. */
static GListStore *
target_list (const PlnMergeOp *op,
             GHashTable       *ids)
{
  PlnObject *owner = g_hash_table_lookup (ids, op->owner);

  if (owner == NULL)
    return NULL;
  return *(GListStore **) pln_object_get_field_pointer (owner, op->index);
}

static guint
anchor_position (GListStore *list,
                 const char *anchor,
                 GHashTable *ids)
{
  gpointer after = anchor != NULL ? g_hash_table_lookup (ids, anchor) : NULL;
  guint position;

  if (anchor == NULL)
    return 0;
  if (after != NULL && g_list_store_find (list, after, &position))
    return position + 1;
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static void
insert (GListStore *list,
        PlnObject  *owner_item,
        guint       position,
        PlnObject  *object)
{
  /* Sub-items know the item they belong to; an item of the agenda none. */
  if (PLN_IS_AGENDA_ITEM (object))
    pln_agenda_item_set_parent (PLN_AGENDA_ITEM (object),
                                PLN_IS_AGENDA_ITEM (owner_item) ? PLN_AGENDA_ITEM (owner_item) : NULL);
  g_list_store_insert (list, position, object);
}

static const PlnField *
op_field (const PlnMergeOp *op)
{
  return &pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (op->source), NULL)[op->index];
}

static gboolean
is_stamp (const PlnMergeOp *op)
{
  return (op_field (op)->flags & PLN_FIELD_LATEST) != 0;
}

/* Whether the field is still as the merge saw it in mine: if it changed
 * since, the newer edit stays. Flags take theirs' bits whatever the rest. */
static gboolean
set_applies (const PlnMergeOp *op,
             GHashTable       *ids)
{
  PlnObject *object = g_hash_table_lookup (ids, pln_object_get_id (op->source));

  if (object == NULL)
    return FALSE;
  if (op_field (op)->kind == PLN_FIELD_FLAGS && op->mask != G_MAXUINT)
    return TRUE;
  return op->expect == NULL || pln_object_field_equal (object, op->expect, op->index);
}

static void
apply_set (const PlnMergeOp *op,
           GHashTable       *ids)
{
  PlnObject *object = g_hash_table_lookup (ids, pln_object_get_id (op->source));
  const PlnField *field = op_field (op);

  if (field->kind == PLN_FIELD_FLAGS && op->mask != G_MAXUINT)
    {
      guint value = *(guint *) pln_object_get_field_pointer (object, op->index);
      guint theirs = *(guint *) pln_object_get_field_pointer (op->source, op->index);

      pln_object_set_uint (object, op->index, (value & ~op->mask) | (theirs & op->mask));
      return;
    }

  if (field->kind == PLN_FIELD_OBJECT)
    {
      PlnObject *ref = *(PlnObject **) pln_object_get_field_pointer (op->source, op->index);
      gpointer found = ref != NULL ? g_hash_table_lookup (ids, pln_object_get_id (ref)) : NULL;

      if (ref == NULL || found != NULL)
        pln_object_set_object (object, op->index, found);
    }
  else
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pln_object_class_get_pspec (PLN_OBJECT_GET_CLASS (object), op->index)->value_type);
      pln_object_get_field_value (op->source, op->index, &value);
      pln_object_set_field_value (object, op->index, &value);
    }
}

static void
apply_remove (const PlnMergeOp *op,
              GHashTable       *ids)
{
  PlnObject *object = g_hash_table_lookup (ids, pln_object_get_id (op->expect));
  GListStore *list = target_list (op, ids);

  if (object == NULL || list == NULL || !pln_object_equal (object, op->expect))
    return;

  pln_object_list_remove (list, object);
}

static void
apply_insert (const PlnMergeOp *op,
              PlnObject        *copy,
              GHashTable       *ids)
{
  GListStore *list = target_list (op, ids);

  if (list != NULL)
    insert (list, g_hash_table_lookup (ids, op->owner), anchor_position (list, op->anchor, ids), copy);
}

/* The list of @root's tree that holds @object, or NULL. */
static GListStore *
find_list (PlnObject *root,
           PlnObject *object)
{
  guint n_fields;
  const PlnField *fields = pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (root), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      GListModel *list;
      guint n;

      if (fields[i].kind != PLN_FIELD_LIST)
        continue;

      list = *(GListModel **) pln_object_get_field_pointer (root, i);
      n = g_list_model_get_n_items (list);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(PlnObject) child = g_list_model_get_item (list, j);
          GListStore *found;

          if (child == object)
            return G_LIST_STORE (list);
          if ((found = find_list (child, object)) != NULL)
            return found;
        }
    }

  return NULL;
}

/* Within its list, or from another list (another parent) into this one. */
static void
apply_move (const PlnMergeOp *op,
            PlnWorkspace     *target,
            GHashTable       *ids)
{
  PlnObject *object = g_hash_table_lookup (ids, pln_object_get_id (op->source));
  GListStore *list = target_list (op, ids);
  g_autoptr(PlnObject) hold = NULL;
  GListStore *from;
  guint position;

  if (object == NULL || list == NULL)
    return;

  from = g_list_store_find (list, object, &position) ? list : find_list (PLN_OBJECT (target), object);
  if (from == NULL || (from != list && !g_list_store_find (from, object, &position)))
    return;
  /* Not into a list under the object itself. */
  if (from != list && find_list (object, g_hash_table_lookup (ids, op->owner)) != NULL)
    return;

  hold = g_object_ref (object);
  g_list_store_remove (from, position);
  insert (list, g_hash_table_lookup (ids, op->owner), anchor_position (list, op->anchor, ids), object);
}

/* References to objects no longer in @target (removed by a merge, or
 * copied in from a version where their object was) are unset: a file
 * never refers to what it does not hold. */
static void
clear_lost_references (PlnObject  *object,
                       GHashTable *ids)
{
  guint n_fields;
  const PlnField *fields = pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (object), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      gpointer p = pln_object_get_field_pointer (object, i);

      if (fields[i].kind == PLN_FIELD_OBJECT && !(fields[i].flags & PLN_FIELD_READ_ONLY))
        {
          PlnObject *ref = *(PlnObject **) p;

          if (ref != NULL && g_hash_table_lookup (ids, pln_object_get_id (ref)) != ref)
            pln_object_set_object (object, i, NULL);
        }
      else if (fields[i].kind == PLN_FIELD_LIST)
        {
          GListModel *list = *(GListModel **) p;
          guint n = g_list_model_get_n_items (list);

          for (guint j = 0; j < n; j++)
            {
              g_autoptr(PlnObject) child = g_list_model_get_item (list, j);

              clear_lost_references (child, ids);
            }
        }
    }
}

/* Who changed an object and when are bookkeeping, never a conflict: the
 * later change's are kept. */
static void
apply_stamp (const PlnMergeOp *op,
             GHashTable       *ids)
{
  PlnObject *object = g_hash_table_lookup (ids, pln_object_get_id (op->source));
  GDateTime *at = pln_object_get_changed_at (op->source);
  GDateTime *current;

  if (object == NULL || at == NULL)
    return;

  current = pln_object_get_changed_at (object);
  if (current == NULL || g_date_time_compare (at, current) > 0)
    pln_object_set_changed (object, pln_object_get_changed_by (op->source), at);
}

static void
unref_copy (gpointer copy)
{
  /* NULL where an operation inserts nothing. */
  if (copy != NULL)
    g_object_unref (copy);
}

static gboolean
removes (PlnMergeOp **ops,
         guint        n_ops)
{
  for (guint i = 0; i < n_ops; i++)
    if (ops[i]->kind == PLN_MERGE_OP_REMOVE)
      return TRUE;
  return FALSE;
}

/**
 * pln_merge_ops_apply:
 *
 * Applies @ops to @target: first the copies of inserted objects are made
 * and their references pointed at @target's objects (or at each other),
 * then the lists change, then the fields, whose references may point to
 * inserted objects.
 */
void
pln_merge_ops_apply (PlnWorkspace  *target,
                     PlnMergeOp   **ops,
                     guint          n_ops)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) copies = g_ptr_array_new_full (n_ops, unref_copy);
  g_autofree gboolean *sets = g_new0 (gboolean, n_ops);

  pln_object_add_ids (PLN_OBJECT (target), ids);

  for (guint i = 0; i < n_ops; i++)
    {
      PlnObject *copy = NULL;

      /* An object that is there already (inserted on both sides, or
       * put back before) is not inserted twice. */
      if (ops[i]->kind == PLN_MERGE_OP_INSERT && !g_hash_table_contains (ids, pln_object_get_id (ops[i]->source)))
        copy = pln_object_copy (ops[i]->source);
      g_ptr_array_add (copies, copy);
    }

  for (guint i = 0; i < n_ops; i++)
    if (copies->pdata[i] != NULL)
      pln_object_add_ids (copies->pdata[i], ids);
  for (guint i = 0; i < n_ops; i++)
    if (copies->pdata[i] != NULL)
      pln_object_remap_references (copies->pdata[i], ids);

  for (guint i = 0; i < n_ops; i++)
    {
      switch (ops[i]->kind)
        {
        case PLN_MERGE_OP_REMOVE: apply_remove (ops[i], ids); break;
        case PLN_MERGE_OP_INSERT:
          if (copies->pdata[i] != NULL)
            apply_insert (ops[i], copies->pdata[i], ids);
          break;
        case PLN_MERGE_OP_MOVE: apply_move (ops[i], target, ids); break;
        case PLN_MERGE_OP_SET:
        case PLN_MERGE_OP_STAMP:
        default:
          break;
        }
    }

  /* Which fields are still as the merge saw them is checked before any
   * is set: setting one may stamp another (a recommendation's "changed"),
   * and the stamps are set last, over those the edits made. */
  for (guint i = 0; i < n_ops; i++)
    sets[i] = ops[i]->kind == PLN_MERGE_OP_SET && set_applies (ops[i], ids);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n_ops; i++)
      if (sets[i] && is_stamp (ops[i]) == (pass == 1))
        apply_set (ops[i], ids);

  for (guint i = 0; i < n_ops; i++)
    if (ops[i]->kind == PLN_MERGE_OP_STAMP)
      apply_stamp (ops[i], ids);

  if (removes (ops, n_ops))
    {
      g_autoptr(GHashTable) now = g_hash_table_new (g_str_hash, g_str_equal);

      pln_object_add_ids (PLN_OBJECT (target), now);
      clear_lost_references (PLN_OBJECT (target), now);
    }
}
