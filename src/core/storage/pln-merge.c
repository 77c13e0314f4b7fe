/* pln-merge.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-merge"

#include "config.h"

#include "plenary-core.h"
#include "pln-merge.h"
#include "pln-merge-private.h"

/* The merge of two versions of a workspace that started from the same one
 * (the base): object by object, by id, and field by field, from the field
 * tables of the model classes, so that a field added to a class is merged
 * without code here.
 *
 * pln_merge_new() compares the three without changing any of them and
 * keeps what theirs changed that mine did not, as operations on objects
 * by id (set a field, insert, remove or move an item of a list), and the
 * conflicts: a field both changed to different values, an object one
 * deleted and the other changed. pln_merge_apply() then applies the
 * operations to mine or to a copy of it — or to the live workspace the
 * snapshot "mine" was taken from: each operation checks that what it
 * changes is still as in mine, so an edit made since is never
 * overwritten. Conflicts keep mine's value until resolved.
 *
 * Lists merge by id: items only one side inserted, removed or moved are
 * inserted, removed or moved; an inserted item goes after the item it
 * follows in its own version. An item both sides moved within its list
 * stays where mine put it. An item moved to another list (another
 * parent) is found by id wherever it is: its fields merge there, so an
 * edit follows the move; moved by both to different lists, it is a
 * conflict (PLN_MERGE_CONFLICT_MOVED) rather than the later move winning,
 * as neither side's time says which move was meant last. Flags merge bit
 * by bit (one side adds Arabic, the other French: both).
 *
 * A deletion meets a reference (pln-merge-refs.c): theirs deleting what
 * mine refers to, or mine what theirs' new objects refer to, is a
 * conflict like a deletion against an edit, and a merge never leaves a
 * reference to an object that is not in the result. */

G_DEFINE_FINAL_TYPE (PlnMerge, pln_merge, G_TYPE_OBJECT)

static void
conflict_free (gpointer data)
{
  Conflict *c = data;

  g_free (c->conflict.id);
  g_free (c->conflict.path);
  g_free (c->conflict.mine);
  g_free (c->conflict.theirs);
  g_free (c->conflict.mine_by);
  g_free (c->conflict.theirs_by);
  g_clear_pointer (&c->conflict.mine_at, g_date_time_unref);
  g_clear_pointer (&c->conflict.theirs_at, g_date_time_unref);
  g_clear_pointer (&c->to_theirs, g_ptr_array_unref);
  g_clear_pointer (&c->to_mine, g_ptr_array_unref);
  g_free (c);
}

Conflict *
_pln_merge_add_conflict (Walk                 *walk,
              PlnMergeConflictKind  kind,
              PlnObject            *object,
              const Path           *path,
              const char           *member,
              PlnMergeOp           *to_theirs,
              PlnMergeOp           *to_mine)
{
  Conflict *c = g_new0 (Conflict, 1);

  c->conflict.kind = kind;
  c->conflict.id = g_strdup (pln_object_get_id (object));
  c->conflict.type = G_OBJECT_TYPE (object);
  c->conflict.path = _pln_merge_path_text (path);
  c->conflict.member = member;
  c->conflict.choice = PLN_MERGE_CHOICE_MINE;
  c->to_theirs = g_ptr_array_new_with_free_func ((GDestroyNotify) pln_merge_op_free);
  c->to_mine = g_ptr_array_new_with_free_func ((GDestroyNotify) pln_merge_op_free);
  if (to_theirs != NULL)
    g_ptr_array_add (c->to_theirs, to_theirs);
  if (to_mine != NULL)
    g_ptr_array_add (c->to_mine, to_mine);
  g_ptr_array_add (walk->merge->conflicts, c);

  return c;
}

/* Who made each side's change, from the objects that record it. */
void
_pln_merge_conflict_set_authors (Conflict  *c,
                      PlnObject *mine,
                      PlnObject *theirs)
{
  GDateTime *at;

  c->conflict.mine_by = g_strdup (mine != NULL ? pln_object_get_changed_by (mine) : NULL);
  c->conflict.theirs_by = g_strdup (theirs != NULL ? pln_object_get_changed_by (theirs) : NULL);
  if (mine != NULL && (at = pln_object_get_changed_at (mine)) != NULL)
    c->conflict.mine_at = g_date_time_ref (at);
  if (theirs != NULL && (at = pln_object_get_changed_at (theirs)) != NULL)
    c->conflict.theirs_at = g_date_time_ref (at);
}

void
_pln_merge_add_op (Walk       *walk,
        PlnMergeOp *op)
{
  g_ptr_array_add (walk->merge->ops, op);
}

/* The ids of mine and of the base, made when a reference needs checking. */
void
_pln_merge_ensure_ids (Walk *walk)
{
  if (walk->mine_ids != NULL)
    return;

  walk->mine_ids = g_hash_table_new (g_str_hash, g_str_equal);
  walk->base_ids = g_hash_table_new (g_str_hash, g_str_equal);
  pln_object_add_ids (PLN_OBJECT (walk->mine), walk->mine_ids);
  pln_object_add_ids (PLN_OBJECT (walk->base), walk->base_ids);
}

/* A reference theirs set can be kept if what it refers to is in mine or
 * is new in theirs (and so inserted by the merge). */
static gboolean
reference_kept (Walk      *walk,
                PlnObject *theirs,
                guint      index)
{
  PlnObject *target = *(PlnObject **) pln_object_get_field_pointer (theirs, index);
  const char *id;

  if (target == NULL)
    return TRUE;

  _pln_merge_ensure_ids (walk);

  id = pln_object_get_id (target);
  return g_hash_table_contains (walk->mine_ids, id) || !g_hash_table_contains (walk->base_ids, id);
}

static void merge_object (Walk       *walk,
                          PlnObject  *base,
                          PlnObject  *mine,
                          PlnObject  *theirs,
                          const Path *path);

static void merge_list   (Walk       *walk,
                          PlnObject  *base,
                          PlnObject  *mine,
                          PlnObject  *theirs,
                          guint       index,
                          const Path *path);

static void
merge_field (Walk       *walk,
             PlnObject  *base,
             PlnObject  *mine,
             PlnObject  *theirs,
             guint       index,
             const Path *path)
{
  PlnObjectClass *klass = PLN_OBJECT_GET_CLASS (mine);
  const PlnField *field = &pln_object_class_get_fields (klass, NULL)[index];
  Conflict *c;

  if (pln_object_field_equal (mine, theirs, index))
    return;

  if (base != NULL)
    {
      /* Only mine changed it. */
      if (pln_object_field_equal (base, theirs, index))
        return;

      /* A bit only one side changed takes that side's value. */
      if (field->kind == PLN_FIELD_FLAGS)
        {
          guint changed = *(guint *) pln_object_get_field_pointer (base, index) ^
                          *(guint *) pln_object_get_field_pointer (theirs, index);

          _pln_merge_add_op (walk, pln_merge_op_new_set (mine, theirs, index, changed));
          return;
        }

      if (pln_object_field_equal (base, mine, index) &&
          (field->kind != PLN_FIELD_OBJECT || reference_kept (walk, theirs, index)))
        {
          _pln_merge_add_op (walk, pln_merge_op_new_set (mine, theirs, index, G_MAXUINT));
          return;
        }
    }

  /* Both stamped it: the later edit's time. */
  if (field->flags & PLN_FIELD_LATEST)
    {
      GDateTime *m = *(GDateTime **) pln_object_get_field_pointer (mine, index);
      GDateTime *t = *(GDateTime **) pln_object_get_field_pointer (theirs, index);

      if (t != NULL && (m == NULL || g_date_time_compare (t, m) > 0))
        _pln_merge_add_op (walk, pln_merge_op_new_set (mine, theirs, index, G_MAXUINT));
      return;
    }

  /* The path is the object's; the member says which field. */
  c = _pln_merge_add_conflict (walk, PLN_MERGE_CONFLICT_FIELD, mine, path->parent, pln_object_class_get_member (klass, index),
                    pln_merge_op_new_set (mine, theirs, index, G_MAXUINT),
                    pln_merge_op_new_set (theirs, mine, index, G_MAXUINT));
  c->conflict.mine = _pln_merge_value_text (mine, index);
  c->conflict.theirs = _pln_merge_value_text (theirs, index);
  _pln_merge_conflict_set_authors (c, mine, theirs);
}

/* Who changed the object and when: the later change's, without a
 * conflict, as these are no one's edit. */
static void
merge_changed (Walk      *walk,
               PlnObject *mine,
               PlnObject *theirs)
{
  GDateTime *m = pln_object_get_changed_at (mine);
  GDateTime *t = pln_object_get_changed_at (theirs);

  if (t != NULL && (m == NULL || g_date_time_compare (t, m) > 0))
    _pln_merge_add_op (walk, pln_merge_op_new_stamp (theirs));
}

static void
merge_object (Walk       *walk,
              PlnObject  *base,
              PlnObject  *mine,
              PlnObject  *theirs,
              const Path *path)
{
  guint n_fields;
  const PlnField *fields = pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (mine), &n_fields);

  if (!pln_object_changed_equal (mine, theirs))
    merge_changed (walk, mine, theirs);

  for (guint i = 0; i < n_fields; i++)
    {
      Path here = { path, pln_object_class_get_member (PLN_OBJECT_GET_CLASS (mine), i), -1 };

      /* What the model keeps itself is not merged. */
      if ((fields[i].flags & PLN_FIELD_NOT_IN_JSON) ||
          (fields[i].kind == PLN_FIELD_OBJECT && (fields[i].flags & PLN_FIELD_READ_ONLY)))
        continue;

      if (fields[i].kind == PLN_FIELD_LIST)
        merge_list (walk, base, mine, theirs, i, &here);
      else
        merge_field (walk, base, mine, theirs, i, &here);
    }
}

static GListModel *
list_of (PlnObject *owner,
         guint      index)
{
  return owner != NULL ? *(GListModel **) pln_object_get_field_pointer (owner, index) : NULL;
}

static PlnObject *
item (GListModel *list,
      guint       position)
{
  /* The list holds a reference for as long as the merge looks. */
  PlnObject *object = g_list_model_get_item (list, position);

  g_object_unref (object);
  return object;
}

static gboolean
same_ids (GListModel *a,
          GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (pln_object_get_id (item (a, i)), pln_object_get_id (item (b, i))) != 0)
      return FALSE;

  return TRUE;
}

/* Position + 1 of each item by id, so that 0 is "not there". */
static GHashTable *
positions (GListModel *list)
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = list != NULL ? g_list_model_get_n_items (list) : 0;

  for (guint i = 0; i < n; i++)
    g_hash_table_insert (table, (gpointer) pln_object_get_id (item (list, i)), GUINT_TO_POINTER (i + 1));

  return table;
}

static guint
position_in (GHashTable *table,
             PlnObject  *object)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (table, pln_object_get_id (object)));
}

/* Which items of @order, the positions in the base of the items both
 * versions have, in one version's order, kept their place: the longest
 * increasing run; the others were moved. */
static gboolean *
kept_in_place (GArray *order)
{
  guint n = order->len, length = 0;
  g_autofree guint *tails = g_new (guint, n + 1);
  g_autofree guint *previous = g_new (guint, n + 1);
  gboolean *kept = g_new0 (gboolean, n + 1);

  for (guint i = 0; i < n; i++)
    {
      guint value = g_array_index (order, guint, i);
      guint low = 0, high = length;

      while (low < high)
        {
          guint mid = (low + high) / 2;

          if (g_array_index (order, guint, tails[mid]) < value)
            low = mid + 1;
          else
            high = mid;
        }
      previous[i] = low > 0 ? tails[low - 1] : G_MAXUINT;
      tails[low] = i;
      length = MAX (length, low + 1);
    }

  for (guint i = length > 0 ? tails[length - 1] : G_MAXUINT; i != G_MAXUINT; i = previous[i])
    kept[i] = TRUE;

  return kept;
}

/* The ids of the items of @list that are in the base and in @other and
 * that @list moved. */
static GHashTable *
moved_items (GListModel *list,
             GHashTable *base_positions,
             GHashTable *other_positions)
{
  GHashTable *moved = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) objects = g_ptr_array_new ();
  g_autofree gboolean *kept = NULL;
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      PlnObject *object = item (list, i);
      guint in_base = position_in (base_positions, object);

      if (in_base > 0 && position_in (other_positions, object) > 0)
        {
          g_array_append_val (order, in_base);
          g_ptr_array_add (objects, object);
        }
    }

  kept = kept_in_place (order);
  for (guint i = 0; i < objects->len; i++)
    if (!kept[i])
      g_hash_table_add (moved, (gpointer) pln_object_get_id (objects->pdata[i]));

  return moved;
}

/* What an item of theirs goes after: the nearest item before it that is
 * in mine or that theirs inserted (and the merge inserts too). */
static const char *
anchor_of (GListModel *theirs,
           guint       position,
           GHashTable *base_positions,
           GHashTable *mine_positions)
{
  for (guint k = position; k > 0; k--)
    {
      PlnObject *before = item (theirs, k - 1);

      if (position_in (mine_positions, before) > 0 || position_in (base_positions, before) == 0)
        return pln_object_get_id (before);
    }

  return NULL;
}

/* ---------------------------------------------------------------- places */

static void
add_places (GHashTable *places,
            PlnObject  *owner)
{
  guint n_fields;
  const PlnField *fields = pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (owner), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      GListModel *list;
      guint n;

      if (fields[i].kind != PLN_FIELD_LIST)
        continue;

      list = list_of (owner, i);
      n = g_list_model_get_n_items (list);
      for (guint j = 0; j < n; j++)
        {
          Place *place = g_new (Place, 1);

          *place = (Place) { item (list, j), owner, i, j };
          g_hash_table_insert (places, (gpointer) pln_object_get_id (place->object), place);
          add_places (places, place->object);
        }
    }
}

/* Where the object with @id is in @version (the walk's base, mine or
 * theirs), wherever its list: an object may have moved to another. The
 * tables are made the first time a list differs between the versions. */
const Place *
_pln_merge_place (Walk         *walk,
                  PlnWorkspace *version,
                  const char   *id)
{
  if (walk->base_places == NULL)
    {
      walk->base_places = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      walk->mine_places = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      walk->theirs_places = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      add_places (walk->base_places, PLN_OBJECT (walk->base));
      add_places (walk->mine_places, PLN_OBJECT (walk->mine));
      add_places (walk->theirs_places, PLN_OBJECT (walk->theirs));
    }

  if (version == walk->base)
    return g_hash_table_lookup (walk->base_places, id);
  if (version == walk->mine)
    return g_hash_table_lookup (walk->mine_places, id);
  return g_hash_table_lookup (walk->theirs_places, id);
}

static gboolean
same_list (const Place *a,
           const Place *b)
{
  return a->index == b->index && g_strcmp0 (pln_object_get_id (a->owner), pln_object_get_id (b->owner)) == 0;
}

/* The item of @place's list that @place's object goes after in its own
 * version: the nearest before it that mine has or that is new there. */
static const char *
place_anchor (Walk        *walk,
              const Place *place)
{
  GListModel *list = list_of (place->owner, place->index);

  for (guint k = place->position; k > 0; k--)
    {
      const char *before = pln_object_get_id (item (list, k - 1));

      if (_pln_merge_place (walk, walk->mine, before) != NULL || _pln_merge_place (walk, walk->base, before) == NULL)
        return before;
    }

  return NULL;
}

/* An object moved to another list on one side or both (a sub-item under
 * another item, a placement into another plenary meeting): its fields
 * merge wherever it is, so an edit follows a move. A move by theirs only
 * is made; moves by both to different places are a conflict, which keeps
 * mine's place until theirs' is chosen: never two copies, never none. */
static void
merge_moved (Walk        *walk,
             PlnObject   *mine,
             const Path  *path)
{
  const char *id = pln_object_get_id (mine);
  const Place *b = _pln_merge_place (walk, walk->base, id);
  const Place *m = _pln_merge_place (walk, walk->mine, id);
  const Place *t = _pln_merge_place (walk, walk->theirs, id);
  PlnMergeOp *to_theirs;
  Conflict *c;

  merge_object (walk, b != NULL ? b->object : NULL, mine, t->object, path);

  /* Moved by mine only: it stays where mine put it. */
  if (b != NULL && same_list (b, t))
    return;

  to_theirs = pln_merge_op_new_move (t->owner, t->index, t->object, place_anchor (walk, t));
  if (b != NULL && same_list (b, m))
    {
      _pln_merge_add_op (walk, to_theirs);
      return;
    }

  c = _pln_merge_add_conflict (walk, PLN_MERGE_CONFLICT_MOVED, mine, path, NULL, to_theirs,
                               pln_merge_op_new_move (m->owner, m->index, mine, place_anchor (walk, m)));
  c->conflict.mine = _pln_merge_object_summary (m->owner);
  c->conflict.theirs = _pln_merge_object_summary (t->owner);
  _pln_merge_conflict_set_authors (c, m->owner, t->owner);
}

/* The object of @id in the base, wherever it was. */
static PlnObject *
base_object (Walk       *walk,
             GListModel *base,
             guint       in_base,
             const char *id)
{
  const Place *place;

  if (in_base > 0)
    return item (base, in_base - 1);
  place = _pln_merge_place (walk, walk->base, id);
  return place != NULL ? place->object : NULL;
}

static void
merge_mine_items (Walk       *walk,
                  PlnObject  *owner,
                  PlnObject  *theirs_owner,
                  guint       index,
                  GListModel *base,
                  GListModel *mine,
                  GListModel *theirs,
                  GHashTable *base_positions,
                  GHashTable *theirs_positions,
                  const Path *path)
{
  guint n = g_list_model_get_n_items (mine);

  for (guint i = 0; i < n; i++)
    {
      PlnObject *m = item (mine, i);
      const char *id = pln_object_get_id (m);
      guint in_theirs = position_in (theirs_positions, m);
      PlnObject *b = base_object (walk, base, position_in (base_positions, m), id);
      Path here = { path, NULL, i };
      const char *before;
      PlnMergeOp *remove;
      Conflict *c;

      if (in_theirs > 0)
        {
          merge_object (walk, b, m, item (theirs, in_theirs - 1), &here);
          continue;
        }
      if (_pln_merge_place (walk, walk->theirs, id) != NULL)
        {
          merge_moved (walk, m, &here);
          continue;
        }
      /* New in mine, or deleted by theirs. */
      if (b == NULL)
        continue;

      before = i > 0 ? pln_object_get_id (item (mine, i - 1)) : NULL;
      remove = pln_merge_op_new_remove (owner, index, m);
      g_free (remove->anchor);
      remove->anchor = g_strdup (before);
      if (position_in (base_positions, m) > 0 && pln_object_equal (b, m))
        {
          /* Unless mine refers to it (pln-merge-refs.c). */
          g_hash_table_insert (walk->removals, remove, _pln_merge_path_text (&here));
          _pln_merge_add_op (walk, remove);
          continue;
        }

      /* Edited or moved here by mine. */
      c = _pln_merge_add_conflict (walk, PLN_MERGE_CONFLICT_DELETED_BY_THEIRS, m, &here, NULL,
                                   remove, pln_merge_op_new_undo_remove (remove));
      c->conflict.mine = _pln_merge_object_summary (m);
      _pln_merge_conflict_set_authors (c, m, theirs_owner);
    }
}

static void
merge_deleted_by_mine (Walk       *walk,
                       PlnObject  *owner,
                       guint       index,
                       GListModel *base,
                       GListModel *theirs,
                       GHashTable *base_positions,
                       GHashTable *mine_positions,
                       GHashTable *theirs_positions,
                       const Path *path)
{
  guint n = base != NULL ? g_list_model_get_n_items (base) : 0;

  for (guint i = 0; i < n; i++)
    {
      PlnObject *b = item (base, i);
      const char *id = pln_object_get_id (b);
      guint in_theirs = position_in (theirs_positions, b);
      const Place *t;
      Conflict *c;

      /* Kept by mine, here or in another list it moved to. */
      if (position_in (mine_positions, b) > 0 || _pln_merge_place (walk, walk->mine, id) != NULL)
        continue;

      /* Deleted by both, or by mine only and not changed by theirs. */
      t = _pln_merge_place (walk, walk->theirs, id);
      if (t == NULL || (in_theirs > 0 && pln_object_equal (b, t->object)))
        continue;

      /* Changed by theirs, or moved to another list: put back where theirs has it. */
      c = _pln_merge_add_conflict (walk, PLN_MERGE_CONFLICT_DELETED_BY_MINE, t->object,
                                   &(Path) { path, NULL, in_theirs > 0 ? (int) in_theirs - 1 : (int) i }, NULL,
                                   pln_merge_op_new_insert (t->owner, t->index, t->object, place_anchor (walk, t)),
                                   pln_merge_op_new_remove (t->owner, t->index, t->object));
      c->conflict.theirs = _pln_merge_object_summary (t->object);
      _pln_merge_conflict_set_authors (c, owner, t->object);
    }
}

static void
merge_theirs_order (Walk       *walk,
                    PlnObject  *owner,
                    guint       index,
                    GListModel *mine,
                    GListModel *theirs,
                    GHashTable *base_positions,
                    GHashTable *mine_positions,
                    GHashTable *theirs_positions)
{
  g_autoptr(GHashTable) theirs_moved = moved_items (theirs, base_positions, mine_positions);
  g_autoptr(GHashTable) mine_moved = moved_items (mine, base_positions, theirs_positions);
  guint n = g_list_model_get_n_items (theirs);

  for (guint j = 0; j < n; j++)
    {
      PlnObject *t = item (theirs, j);
      const char *id = pln_object_get_id (t);
      gboolean in_base = position_in (base_positions, t) > 0;
      gboolean in_mine = position_in (mine_positions, t) > 0;

      /* New in theirs; not an object moved here from another list, which
       * is merged where mine has it, or put back by a conflict where mine
       * deleted it. */
      if (!in_base && !in_mine)
        {
          if (_pln_merge_place (walk, walk->base, id) == NULL && _pln_merge_place (walk, walk->mine, id) == NULL)
            _pln_merge_add_op (walk, pln_merge_op_new_insert (owner, index, t,
                                                              anchor_of (theirs, j, base_positions, mine_positions)));
        }
      else if (in_base && in_mine && g_hash_table_contains (theirs_moved, id) && !g_hash_table_contains (mine_moved, id))
        _pln_merge_add_op (walk, pln_merge_op_new_move (owner, index, t,
                                                        anchor_of (theirs, j, base_positions, mine_positions)));
    }
}

static void
merge_list (Walk       *walk,
            PlnObject  *base,
            PlnObject  *mine,
            PlnObject  *theirs,
            guint       index,
            const Path *path)
{
  GListModel *b = list_of (base, index), *m = list_of (mine, index), *t = list_of (theirs, index);
  g_autoptr(GHashTable) base_positions = NULL;
  g_autoptr(GHashTable) mine_positions = NULL;
  g_autoptr(GHashTable) theirs_positions = NULL;

  /* Most lists have the same items on all sides: merge them in pairs. */
  if (b != NULL ? same_ids (b, m) && same_ids (b, t) : same_ids (m, t))
    {
      for (guint i = 0; i < g_list_model_get_n_items (m); i++)
        merge_object (walk, b != NULL ? item (b, i) : NULL, item (m, i), item (t, i), &(Path) { path, NULL, i });
      return;
    }

  base_positions = positions (b);
  mine_positions = positions (m);
  theirs_positions = positions (t);

  merge_mine_items (walk, mine, theirs, index, b, m, t, base_positions, theirs_positions, path);
  merge_deleted_by_mine (walk, mine, index, b, t, base_positions, mine_positions, theirs_positions, path);
  merge_theirs_order (walk, mine, index, m, t, base_positions, mine_positions, theirs_positions);
}

/* --------------------------------------------------------------- object */

static void
pln_merge_finalize (GObject *object)
{
  PlnMerge *self = PLN_MERGE (object);

  g_clear_pointer (&self->ops, g_ptr_array_unref);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);

  G_OBJECT_CLASS (pln_merge_parent_class)->finalize (object);
}

static void
pln_merge_class_init (PlnMergeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pln_merge_finalize;
}

static void
pln_merge_init (PlnMerge *self)
{
  self->ops = g_ptr_array_new_with_free_func ((GDestroyNotify) pln_merge_op_free);
  self->conflicts = g_ptr_array_new_with_free_func (conflict_free);
}

/**
 * pln_merge_new:
 * @base: the version both started from
 * @mine: this side's version
 * @theirs: the other side's
 *
 * Compares the three versions, changing none of them. The merge keeps
 * references to objects of @mine and @theirs, which must not change while
 * it is used; it may be made in a worker thread on workspaces of its own
 * and applied on the main thread.
 *
 * Returns: (transfer full): what theirs changed that mine did not, and the
 *   conflicts
 */
PlnMerge *
pln_merge_new (PlnWorkspace *base,
               PlnWorkspace *mine,
               PlnWorkspace *theirs)
{
  PlnMerge *self;
  Walk walk = { NULL, base, mine, theirs, };

  g_return_val_if_fail (PLN_IS_WORKSPACE (base), NULL);
  g_return_val_if_fail (PLN_IS_WORKSPACE (mine), NULL);
  g_return_val_if_fail (PLN_IS_WORKSPACE (theirs), NULL);

  self = g_object_new (PLN_TYPE_MERGE, NULL);
  walk.merge = self;
  walk.removals = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  merge_object (&walk, PLN_OBJECT (base), PLN_OBJECT (mine), PLN_OBJECT (theirs), NULL);
  _pln_merge_check_references (&walk);

  g_clear_pointer (&walk.mine_ids, g_hash_table_unref);
  g_clear_pointer (&walk.base_ids, g_hash_table_unref);
  g_clear_pointer (&walk.base_places, g_hash_table_unref);
  g_clear_pointer (&walk.mine_places, g_hash_table_unref);
  g_clear_pointer (&walk.theirs_places, g_hash_table_unref);
  g_clear_pointer (&walk.removals, g_hash_table_unref);

  return self;
}

/**
 * pln_merge_get_n_changes:
 *
 * Returns: how many changes of theirs pln_merge_apply() brings into mine
 */
guint
pln_merge_get_n_changes (PlnMerge *self)
{
  g_return_val_if_fail (PLN_IS_MERGE (self), 0);

  return self->ops->len;
}

guint
pln_merge_get_n_conflicts (PlnMerge *self)
{
  g_return_val_if_fail (PLN_IS_MERGE (self), 0);

  return self->conflicts->len;
}

const PlnMergeConflict *
pln_merge_get_conflict (PlnMerge *self,
                        guint     index)
{
  g_return_val_if_fail (PLN_IS_MERGE (self), NULL);
  g_return_val_if_fail (index < self->conflicts->len, NULL);

  return &((Conflict *) self->conflicts->pdata[index])->conflict;
}

/**
 * pln_merge_apply:
 * @target: mine, a copy of it, or the workspace mine is a snapshot of
 *
 * Brings theirs' changes into @target. A field or object that changed in
 * @target since mine was taken is left as it is. Conflicts keep @target's
 * value until pln_merge_resolve().
 */
void
pln_merge_apply (PlnMerge     *self,
                 PlnWorkspace *target)
{
  g_return_if_fail (PLN_IS_MERGE (self));
  g_return_if_fail (PLN_IS_WORKSPACE (target));

  pln_merge_ops_apply (target, (PlnMergeOp **) self->ops->pdata, self->ops->len);
}

/**
 * pln_merge_resolve:
 * @target: the workspace the merge was applied to
 * @index: which conflict
 * @choice: the side whose value @target takes
 *
 * Gives @target one side's value of a conflict; it can be chosen again.
 */
void
pln_merge_resolve (PlnMerge       *self,
                   PlnWorkspace   *target,
                   guint           index,
                   PlnMergeChoice  choice)
{
  Conflict *c;
  GPtrArray *ops;

  g_return_if_fail (PLN_IS_MERGE (self));
  g_return_if_fail (PLN_IS_WORKSPACE (target));
  g_return_if_fail (index < self->conflicts->len);

  c = self->conflicts->pdata[index];
  if (c->conflict.choice == choice)
    return;

  ops = choice == PLN_MERGE_CHOICE_THEIRS ? c->to_theirs : c->to_mine;
  pln_merge_ops_apply (target, (PlnMergeOp **) ops->pdata, ops->len);
  c->conflict.choice = choice;
}

/**
 * pln_workspace_copy:
 *
 * Returns: (transfer full): a deep copy of @workspace, with the same ids
 */
PlnWorkspace *
pln_workspace_copy (PlnWorkspace *workspace)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  PlnObject *copy;

  g_return_val_if_fail (PLN_IS_WORKSPACE (workspace), NULL);

  copy = pln_object_copy (PLN_OBJECT (workspace));
  pln_object_add_ids (copy, ids);
  pln_object_remap_references (copy, ids);

  return PLN_WORKSPACE (copy);
}

/**
 * pln_merge_workspaces:
 * @merge: (out) (optional) (transfer full): the merge, for its conflicts
 *   and to resolve them on the result
 *
 * merge(base, mine, theirs): a new workspace with the changes of both
 * sides; where both changed the same thing, mine's (see @merge).
 *
 * Returns: (transfer full): the merged workspace
 */
PlnWorkspace *
pln_merge_workspaces (PlnWorkspace  *base,
                      PlnWorkspace  *mine,
                      PlnWorkspace  *theirs,
                      PlnMerge     **merge)
{
  g_autoptr(PlnMerge) self = pln_merge_new (base, mine, theirs);
  PlnWorkspace *merged;

  g_return_val_if_fail (self != NULL, NULL);

  merged = pln_workspace_copy (mine);
  pln_merge_apply (self, merged);

  if (merge != NULL)
    *merge = g_steal_pointer (&self);
  return merged;
}
