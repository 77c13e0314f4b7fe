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
 * follows in its own version. An item both sides moved stays where mine
 * put it. Flags merge bit by bit (one side adds Arabic, the other French:
 * both). */

struct _PlnMerge
{
  GObject    parent_instance;

  GPtrArray *ops;        /* Op: what theirs changed and mine did not */
  GPtrArray *conflicts;  /* Conflict */
};

G_DEFINE_FINAL_TYPE (PlnMerge, pln_merge, G_TYPE_OBJECT)

typedef struct
{
  PlnMergeConflict  conflict;
  PlnMergeOp       *to_theirs;
  PlnMergeOp       *to_mine;
} Conflict;

/* Where an object is, as text only when a conflict needs it. */
typedef struct _Path Path;
struct _Path
{
  const Path *parent;
  const char *member;
  int         index;
};

typedef struct
{
  PlnMerge     *merge;
  PlnWorkspace *base;
  PlnWorkspace *mine;
  GHashTable   *base_ids;  /* made when a reference needs checking */
  GHashTable   *mine_ids;
} Walk;

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
  pln_merge_op_free (c->to_theirs);
  pln_merge_op_free (c->to_mine);
  g_free (c);
}

static char *
path_text (const Path *path)
{
  g_autoptr(GPtrArray) frames = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  for (const Path *p = path; p != NULL; p = p->parent)
    g_ptr_array_add (frames, (gpointer) p);

  for (guint i = frames->len; i > 0; i--)
    {
      const Path *p = frames->pdata[i - 1];

      if (p->member != NULL)
        g_string_append_printf (text, "%s%s", text->len > 0 ? "." : "", p->member);
      if (p->index >= 0)
        g_string_append_printf (text, "[%d]", p->index);
    }

  return g_string_free (text, FALSE);
}

static char *
object_id_text (PlnObject *object)
{
  return g_strdup (object != NULL ? pln_object_get_id (object) : "");
}

/* A field's value as the conflict shows it. */
static char *
value_text (PlnObject *object,
            guint      index)
{
  const PlnField *field = &pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (object), NULL)[index];
  gpointer p = pln_object_get_field_pointer (object, index);

  switch (field->kind)
    {
    case PLN_FIELD_STRING:
      return g_strdup (*(char **) p != NULL ? *(char **) p : "");
    case PLN_FIELD_INT:
      return g_strdup_printf ("%d", *(int *) p);
    case PLN_FIELD_UINT:
      return g_strdup_printf ("%u", *(guint *) p);
    case PLN_FIELD_BOOL:
      return g_strdup (*(gboolean *) p ? "true" : "false");
    case PLN_FIELD_ENUM:
      return g_strdup (pln_enum_to_nick (field->type_func (), *(int *) p));
    case PLN_FIELD_FLAGS:
      {
        g_autoptr(GFlagsClass) klass = g_type_class_ref (field->type_func ());
        g_autoptr(GString) text = g_string_new (NULL);

        for (guint i = 0; i < klass->n_values; i++)
          if (klass->values[i].value != 0 && (*(guint *) p & klass->values[i].value) == klass->values[i].value)
            g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", klass->values[i].value_nick);
        return g_strdup (text->str);
      }
    case PLN_FIELD_DATE:
      return g_date_valid (p) ? pln_date_to_iso (p) : g_strdup ("");
    case PLN_FIELD_DATE_TIME:
      return *(GDateTime **) p != NULL ? g_date_time_format_iso8601 (*(GDateTime **) p) : g_strdup ("");
    case PLN_FIELD_STRV:
      return *(char ***) p != NULL ? g_strjoinv (", ", *(char ***) p) : g_strdup ("");
    case PLN_FIELD_OBJECT:
      return object_id_text (*(PlnObject **) p);
    case PLN_FIELD_LIST:
    default:
      g_return_val_if_reached (NULL);
    }
}

static Conflict *
add_conflict (Walk                 *walk,
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
  c->conflict.path = path_text (path);
  c->conflict.member = member;
  c->conflict.choice = PLN_MERGE_CHOICE_MINE;
  c->to_theirs = to_theirs;
  c->to_mine = to_mine;
  g_ptr_array_add (walk->merge->conflicts, c);

  return c;
}

/* Who made each side's change, from the objects that record it. */
static void
conflict_set_authors (Conflict  *c,
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

static void
add_op (Walk       *walk,
        PlnMergeOp *op)
{
  g_ptr_array_add (walk->merge->ops, op);
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

  if (walk->mine_ids == NULL)
    {
      walk->mine_ids = g_hash_table_new (g_str_hash, g_str_equal);
      walk->base_ids = g_hash_table_new (g_str_hash, g_str_equal);
      pln_object_add_ids (PLN_OBJECT (walk->mine), walk->mine_ids);
      pln_object_add_ids (PLN_OBJECT (walk->base), walk->base_ids);
    }

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

          add_op (walk, pln_merge_op_new_set (mine, theirs, index, changed));
          return;
        }

      if (pln_object_field_equal (base, mine, index) &&
          (field->kind != PLN_FIELD_OBJECT || reference_kept (walk, theirs, index)))
        {
          add_op (walk, pln_merge_op_new_set (mine, theirs, index, G_MAXUINT));
          return;
        }
    }

  /* Both stamped it: the later edit's time. */
  if (field->flags & PLN_FIELD_LATEST)
    {
      GDateTime *m = *(GDateTime **) pln_object_get_field_pointer (mine, index);
      GDateTime *t = *(GDateTime **) pln_object_get_field_pointer (theirs, index);

      if (t != NULL && (m == NULL || g_date_time_compare (t, m) > 0))
        add_op (walk, pln_merge_op_new_set (mine, theirs, index, G_MAXUINT));
      return;
    }

  /* The path is the object's; the member says which field. */
  c = add_conflict (walk, PLN_MERGE_CONFLICT_FIELD, mine, path->parent, pln_object_class_get_member (klass, index),
                    pln_merge_op_new_set (mine, theirs, index, G_MAXUINT),
                    pln_merge_op_new_set (theirs, mine, index, G_MAXUINT));
  c->conflict.mine = value_text (mine, index);
  c->conflict.theirs = value_text (theirs, index);
  conflict_set_authors (c, mine, theirs);
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
    add_op (walk, pln_merge_op_new_stamp (theirs));
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

/* The first text of an object, to tell a person which one it is. */
static char *
object_summary (PlnObject *object)
{
  guint n_fields;
  const PlnField *fields = pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (object), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    if (fields[i].kind == PLN_FIELD_STRING && *(char **) pln_object_get_field_pointer (object, i) != NULL)
      return value_text (object, i);

  return g_strdup (pln_object_get_id (object));
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
      guint in_base = position_in (base_positions, m);
      guint in_theirs = position_in (theirs_positions, m);
      Path here = { path, NULL, i };

      if (in_theirs > 0)
        merge_object (walk, in_base > 0 ? item (base, in_base - 1) : NULL, m, item (theirs, in_theirs - 1), &here);
      else if (in_base > 0 && pln_object_equal (item (base, in_base - 1), m))
        add_op (walk, pln_merge_op_new_remove (owner, index, m));
      else if (in_base > 0)
        {
          const char *before = i > 0 ? pln_object_get_id (item (mine, i - 1)) : NULL;
          Conflict *c = add_conflict (walk, PLN_MERGE_CONFLICT_DELETED_BY_THEIRS, m, &here, NULL,
                                      pln_merge_op_new_remove (owner, index, m),
                                      pln_merge_op_new_insert (owner, index, m, before));

          c->conflict.mine = object_summary (m);
          conflict_set_authors (c, m, theirs_owner);
        }
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
      guint in_theirs = position_in (theirs_positions, b);
      PlnObject *t;
      Conflict *c;

      if (position_in (mine_positions, b) > 0 || in_theirs == 0)
        continue;

      t = item (theirs, in_theirs - 1);
      if (pln_object_equal (b, t))
        continue;

      c = add_conflict (walk, PLN_MERGE_CONFLICT_DELETED_BY_MINE, t, &(Path) { path, NULL, in_theirs - 1 }, NULL,
                        pln_merge_op_new_insert (owner, index, t,
                                                 anchor_of (theirs, in_theirs - 1, base_positions, mine_positions)),
                        pln_merge_op_new_remove (owner, index, t));
      c->conflict.theirs = object_summary (t);
      conflict_set_authors (c, owner, t);
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

      if (!in_base && !in_mine)
        add_op (walk, pln_merge_op_new_insert (owner, index, t,
                                               anchor_of (theirs, j, base_positions, mine_positions)));
      else if (in_base && in_mine && g_hash_table_contains (theirs_moved, id) && !g_hash_table_contains (mine_moved, id))
        add_op (walk, pln_merge_op_new_move (owner, index, t,
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
  Walk walk = { NULL, base, mine, NULL, NULL };

  g_return_val_if_fail (PLN_IS_WORKSPACE (base), NULL);
  g_return_val_if_fail (PLN_IS_WORKSPACE (mine), NULL);
  g_return_val_if_fail (PLN_IS_WORKSPACE (theirs), NULL);

  self = g_object_new (PLN_TYPE_MERGE, NULL);
  walk.merge = self;
  merge_object (&walk, PLN_OBJECT (base), PLN_OBJECT (mine), PLN_OBJECT (theirs), NULL);

  g_clear_pointer (&walk.mine_ids, g_hash_table_unref);
  g_clear_pointer (&walk.base_ids, g_hash_table_unref);

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
  PlnMergeOp *op;

  g_return_if_fail (PLN_IS_MERGE (self));
  g_return_if_fail (PLN_IS_WORKSPACE (target));
  g_return_if_fail (index < self->conflicts->len);

  c = self->conflicts->pdata[index];
  if (c->conflict.choice == choice)
    return;

  op = choice == PLN_MERGE_CHOICE_THEIRS ? c->to_theirs : c->to_mine;
  pln_merge_ops_apply (target, &op, 1);
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
