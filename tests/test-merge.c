/* test-merge.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plenary-core.h"
#include "pln-test-util.h"

/* The merge of concurrent edits, by properties over random edit scripts
 * on a synthetic workspace: disjoint scripts merge to the result of
 * applying both; merge(base, x, x) = x; merge(base, base, x) = x and
 * merge(base, x, base) = x; a conflict only where both sides set the same
 * field or one deleted what the other changed. Each round prints its seed;
 * PLN_MERGE_SEED repeats one, PLN_MERGE_ROUNDS sets how many. */

typedef enum { EDIT_SET, EDIT_DELETE, EDIT_INSERT, EDIT_MOVE } EditKind;

/* One edit, by ids, so that it applies to any version with those objects. */
typedef struct
{
  EditKind   kind;
  char      *id;      /* SET, DELETE, MOVE: the object */
  char      *owner;   /* DELETE, INSERT, MOVE: the owner of the list */
  guint      index;   /* SET: the field; the others: the list */
  char      *anchor;  /* INSERT, MOVE: after this item; NULL: first */
  GValue     value;   /* SET of anything but a reference */
  char      *ref;     /* SET of a reference: the id, or NULL */
  PlnObject *item;    /* INSERT: the new object */
  guint      stamp;   /* SET: seconds after stamp_origin */
} Edit;

static GDateTime *stamp_origin;
static guint stamp_count;

typedef struct
{
  PlnObject  *object;
  PlnObject  *owner;
  guint       index;    /* the owner's list it is in */
  PlnMeeting *meeting;  /* the meeting it is in, if any */
} Node;

/* What a script touched: object ids, fields ("F:id:member"), deletions
 * ("D:id"), lists it changed ("S:owner:index") or moved in ("L:…"). */
typedef struct
{
  GPtrArray  *edits;
  GHashTable *touched;
} Script;

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_free (edit->id);
  g_free (edit->owner);
  g_free (edit->anchor);
  g_free (edit->ref);
  if (G_IS_VALUE (&edit->value))
    g_value_unset (&edit->value);
  g_clear_object (&edit->item);
  g_free (edit);
}

static void
script_init (Script *script)
{
  script->edits = g_ptr_array_new_with_free_func (edit_free);
  script->touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
script_clear (Script *script)
{
  g_clear_pointer (&script->edits, g_ptr_array_unref);
  g_clear_pointer (&script->touched, g_hash_table_unref);
}

static gboolean
taken (const Script *other,
       const char   *key)
{
  return other != NULL && key != NULL && g_hash_table_contains (other->touched, key);
}

static void
take (Script     *script,
      const char *key)
{
  if (key != NULL)
    g_hash_table_add (script->touched, g_strdup (key));
}

static void
take_key (Script *script,
          char   *key)
{
  g_hash_table_add (script->touched, key);
}

static char *
list_key (char        what,
          PlnObject  *owner,
          guint       index)
{
  return g_strdup_printf ("%c:%s:%u", what, pln_object_get_id (owner), index);
}

/* ----------------------------------------------------------- the nodes */

static void
collect (GPtrArray  *nodes,
         PlnObject  *object,
         PlnObject  *owner,
         guint       index,
         PlnMeeting *meeting)
{
  guint n_fields;
  const PlnField *fields = pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (object), &n_fields);
  Node *node = g_new0 (Node, 1);

  if (PLN_IS_MEETING (object))
    meeting = PLN_MEETING (object);
  *node = (Node) { object, owner, index, meeting };
  g_ptr_array_add (nodes, node);

  for (guint i = 0; i < n_fields; i++)
    {
      GListModel *list;

      if (fields[i].kind != PLN_FIELD_LIST)
        continue;
      list = *(GListModel **) pln_object_get_field_pointer (object, i);
      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        {
          g_autoptr(PlnObject) child = g_list_model_get_item (list, j);

          collect (nodes, child, object, i, meeting);
        }
    }
}

/* Ids something refers to, by reference or by a link in a text field:
 * such objects are not deleted by the scripts, as the application keeps
 * them while they are referred to. */
static GHashTable *
referred_ids (GPtrArray *nodes)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < nodes->len; i++)
    {
      PlnObject *object = ((Node *) nodes->pdata[i])->object;
      guint n_fields;
      const PlnField *fields = pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (object), &n_fields);

      for (guint f = 0; f < n_fields; f++)
        {
          gpointer p = pln_object_get_field_pointer (object, f);

          if (fields[f].kind == PLN_FIELD_OBJECT && *(PlnObject **) p != NULL)
            g_hash_table_add (ids, (gpointer) pln_object_get_id (*(PlnObject **) p));
          else if (fields[f].kind == PLN_FIELD_STRING && *(char **) p != NULL &&
                   (strcmp (fields[f].name, "merged-into") == 0 || strcmp (fields[f].name, "source-registration") == 0))
            g_hash_table_add (ids, *(char **) p);
        }
    }

  return ids;
}

/* -------------------------------------------------------- random values */

static gboolean
settable (const PlnField *field)
{
  /* Lists of theme ids are references: /merge/themes has them. */
  return field->kind != PLN_FIELD_LIST && field->kind != PLN_FIELD_STRV && !(field->flags & PLN_FIELD_NOT_IN_JSON) &&
         !(field->kind == PLN_FIELD_OBJECT && (field->flags & PLN_FIELD_READ_ONLY));
}

static void
random_value (GRand          *rand,
              const PlnField *field,
              GParamSpec     *pspec,
              GValue         *value)
{
  g_value_init (value, pspec->value_type);

  switch (field->kind)
    {
    case PLN_FIELD_STRING:
      {
        g_autofree char *text = g_strdup_printf ("edit %08x", g_rand_int (rand));
        g_value_set_string (value, g_rand_int_range (rand, 0, 8) == 0 ? NULL : text);
        break;
      }
    case PLN_FIELD_INT:
      g_value_set_int (value, g_rand_int_range (rand, field->min, MIN (field->max, field->min + 1000)));
      break;
    case PLN_FIELD_UINT:
      g_value_set_uint (value, g_rand_int_range (rand, field->min, MIN (field->max, field->min + 1000)));
      break;
    case PLN_FIELD_BOOL:
      g_value_set_boolean (value, g_rand_boolean (rand));
      break;
    case PLN_FIELD_ENUM:
      {
        GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;
        g_value_set_enum (value, klass->values[g_rand_int_range (rand, 0, klass->n_values)].value);
        break;
      }
    case PLN_FIELD_FLAGS:
      g_value_set_flags (value, g_rand_int (rand) & G_PARAM_SPEC_FLAGS (pspec)->flags_class->mask);
      break;
    case PLN_FIELD_DATE:
      {
        g_autoptr(GDate) date = g_date_new_dmy (g_rand_int_range (rand, 1, 29), g_rand_int_range (rand, 1, 13),
                                                g_rand_int_range (rand, 2000, 2030));
        g_value_set_boxed (value, date);
        break;
      }
    case PLN_FIELD_DATE_TIME:
      {
        g_autoptr(GDateTime) dt = g_date_time_new_utc (g_rand_int_range (rand, 2000, 2030), 5, 4,
                                                       g_rand_int_range (rand, 0, 24), 30, 0);
        g_value_set_boxed (value, dt);
        break;
      }
    case PLN_FIELD_OBJECT:
    case PLN_FIELD_STRV:
    case PLN_FIELD_LIST:
    default:
      g_assert_not_reached ();
    }
}

/* What a reference of @node may point to: a working group, or an agenda
 * item of its meeting. */
static const char *
random_ref (GRand          *rand,
            GPtrArray      *nodes,
            Node           *node,
            const PlnField *field)
{
  GType type = field->type_func ();
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();

  for (guint i = 0; i < nodes->len; i++)
    {
      Node *other = nodes->pdata[i];

      if (G_OBJECT_TYPE (other->object) == type && (type == PLN_TYPE_WORKING_GROUP || other->meeting == node->meeting))
        g_ptr_array_add (candidates, other->object);
    }

  if (candidates->len == 0 || g_rand_int_range (rand, 0, 6) == 0)
    return NULL;
  return pln_object_get_id (candidates->pdata[g_rand_int_range (rand, 0, candidates->len)]);
}

/* ----------------------------------------------------------- the scripts */

static GListModel *
node_list (PlnObject *owner,
           guint      index)
{
  return *(GListModel **) pln_object_get_field_pointer (owner, index);
}

/* An item of the list, or NULL for "first", not touched by either. */
static gboolean
pick_anchor (GRand        *rand,
             GListModel   *list,
             PlnObject    *except,
             const Script *own,
             const Script *other,
             char        **anchor)
{
  guint n = g_list_model_get_n_items (list);
  g_autoptr(PlnObject) after = NULL;

  *anchor = NULL;
  if (n == 0 || g_rand_int_range (rand, 0, 5) == 0)
    return TRUE;

  after = g_list_model_get_item (list, g_rand_int_range (rand, 0, n));
  if (after == except || taken (own, pln_object_get_id (after)) || taken (other, pln_object_get_id (after)))
    return FALSE;

  *anchor = g_strdup (pln_object_get_id (after));
  return TRUE;
}

static Edit *
make_set (GRand *rand, GPtrArray *nodes, Node *node, Script *own, const Script *other)
{
  guint n_fields;
  PlnObjectClass *klass = PLN_OBJECT_GET_CLASS (node->object);
  const PlnField *fields = pln_object_class_get_fields (klass, &n_fields);
  guint index = g_rand_int_range (rand, 0, n_fields);
  const char *id = pln_object_get_id (node->object);
  Edit *edit;

  if (!settable (&fields[index]) || taken (own, id) || taken (other, id))
    return NULL;

  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_SET;
  edit->id = g_strdup (id);
  edit->stamp = ++stamp_count;
  edit->index = index;
  if (fields[index].kind == PLN_FIELD_OBJECT)
    {
      edit->ref = g_strdup (random_ref (rand, nodes, node, &fields[index]));
      if (taken (other, edit->ref))
        {
          edit_free (edit);
          return NULL;
        }
      take (own, edit->ref);
    }
  else
    random_value (rand, &fields[index], pln_object_class_get_pspec (klass, index), &edit->value);

  take (own, id);
  take_key (own, g_strdup_printf ("F:%s:%s", id, pln_object_class_get_member (klass, index)));
  return edit;
}

static gboolean
subtree_free (PlnObject    *object,
              const Script *own,
              const Script *other)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer id;

  pln_object_add_ids (object, ids);
  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    if (taken (own, id) || taken (other, id))
      return FALSE;

  return TRUE;
}

static void
take_subtree (Script    *own,
              PlnObject *object)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer id;

  pln_object_add_ids (object, ids);
  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    take (own, id);
}

static Edit *
make_delete (GRand *rand, Node *node, GHashTable *referred, Script *own, const Script *other)
{
  g_autofree char *moved = NULL;
  Edit *edit;

  if (node->owner == NULL || g_hash_table_contains (referred, pln_object_get_id (node->object)) ||
      PLN_IS_AGENDA_ITEM (node->object) || PLN_IS_WORKING_GROUP (node->object) ||
      PLN_IS_MEETING (node->object))
    return NULL;

  moved = list_key ('L', node->owner, node->index);
  if (taken (other, moved) || !subtree_free (node->object, own, other))
    return NULL;

  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_DELETE;
  edit->id = g_strdup (pln_object_get_id (node->object));
  edit->owner = g_strdup (pln_object_get_id (node->owner));
  edit->index = node->index;
  take_subtree (own, node->object);
  take_key (own, g_strdup_printf ("D:%s", edit->id));
  take_key (own, list_key ('S', node->owner, node->index));
  return edit;
}

static Edit *
make_insert (GRand *rand, Node *node, Script *own, const Script *other)
{
  guint n_fields;
  const PlnField *fields = pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (node->object), &n_fields);
  guint index = g_rand_int_range (rand, 0, n_fields);
  g_autofree char *moved = NULL;
  const char *id = pln_object_get_id (node->object);
  GListModel *list;
  char *anchor;
  Edit *edit;

  /* Not into what this script deleted (its subtree is taken) or touched
   * otherwise. */
  if (fields[index].kind != PLN_FIELD_LIST || taken (other, id) || taken (own, id))
    return NULL;

  moved = list_key ('L', node->object, index);
  list = node_list (node->object, index);
  if (taken (other, moved) || !pick_anchor (rand, list, NULL, own, other, &anchor))
    return NULL;

  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_INSERT;
  edit->owner = g_strdup (id);
  edit->index = index;
  edit->anchor = anchor;
  edit->item = g_object_new (g_list_model_get_item_type (list), NULL);
  fields = pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (edit->item), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    if (fields[i].kind == PLN_FIELD_STRING)
      {
        g_autofree char *text = g_strdup_printf ("new %08x", g_rand_int (rand));
        pln_object_set_string (edit->item, i, text);
        break;
      }

  take (own, id);
  take (own, anchor);
  take (own, pln_object_get_id (edit->item));
  take_key (own, list_key ('S', node->object, index));
  return edit;
}

static Edit *
make_move (GRand *rand, Node *node, Script *own, const Script *other)
{
  g_autofree char *moved = NULL;
  g_autofree char *changed = NULL;
  const char *id = pln_object_get_id (node->object);
  char *anchor;
  Edit *edit;

  if (node->owner == NULL)
    return NULL;

  moved = list_key ('L', node->owner, node->index);
  changed = list_key ('S', node->owner, node->index);
  if (taken (other, moved) || taken (other, changed) || taken (own, id) || taken (other, id) ||
      !pick_anchor (rand, node_list (node->owner, node->index), node->object, own, other, &anchor))
    return NULL;

  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_MOVE;
  edit->id = g_strdup (id);
  edit->owner = g_strdup (pln_object_get_id (node->owner));
  edit->index = node->index;
  edit->anchor = anchor;
  take (own, id);
  take (own, anchor);
  take (own, moved);
  return edit;
}

/* A script of @n_edits on @nodes, touching nothing @other touched (when
 * given), and nothing twice. */
static void
make_script (GRand        *rand,
             GPtrArray    *nodes,
             GHashTable   *referred,
             guint         n_edits,
             const Script *other,
             Script       *script)
{
  script_init (script);

  for (guint attempts = 0; script->edits->len < n_edits && attempts < n_edits * 50; attempts++)
    {
      Node *node = nodes->pdata[g_rand_int_range (rand, 0, nodes->len)];
      guint dice = g_rand_int_range (rand, 0, 10);
      Edit *edit;

      if (dice < 6)
        edit = make_set (rand, nodes, node, script, other);
      else if (dice < 7)
        edit = make_delete (rand, node, referred, script, other);
      else if (dice < 9)
        edit = make_insert (rand, node, script, other);
      else
        edit = make_move (rand, node, script, other);

      if (edit != NULL)
        g_ptr_array_add (script->edits, edit);
    }
}

static guint
after_anchor (GListStore *list,
              const char *anchor,
              GHashTable *ids)
{
  guint position;

  if (anchor == NULL)
    return 0;
  g_assert_true (g_list_store_find (list, g_hash_table_lookup (ids, anchor), &position));
  return position + 1;
}

/* The times the model stamps on an edit are the edit's own, in the order
 * of the scripts, so that a version does not depend on when it was made. */
static void
set_stamps (PlnObject  *object,
            const Edit *edit)
{
  guint n_fields;
  const PlnField *fields = pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (object), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    if ((fields[i].flags & PLN_FIELD_LATEST) && i != edit->index)
      {
        g_autoptr(GDateTime) stamp = g_date_time_add_seconds (stamp_origin, edit->stamp);
        pln_object_set_date_time (object, i, stamp);
      }
}

static void
apply_edit (PlnWorkspace *workspace,
            const Edit   *edit)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  PlnObject *object, *owner;
  GListStore *list = NULL;

  pln_object_add_ids (PLN_OBJECT (workspace), ids);
  object = edit->id != NULL ? g_hash_table_lookup (ids, edit->id) : NULL;
  owner = edit->owner != NULL ? g_hash_table_lookup (ids, edit->owner) : NULL;
  if (owner != NULL)
    list = G_LIST_STORE (node_list (owner, edit->index));

  switch (edit->kind)
    {
    case EDIT_SET:
      g_assert_nonnull (object);
      if (G_IS_VALUE (&edit->value))
        pln_object_set_field_value (object, edit->index, &edit->value);
      else
        pln_object_set_object (object, edit->index, edit->ref != NULL ? g_hash_table_lookup (ids, edit->ref) : NULL);
      set_stamps (object, edit);
      break;
    case EDIT_DELETE:
      g_assert_cmpint (pln_object_list_remove (list, object), >=, 0);
      break;
    case EDIT_INSERT:
      {
        g_autoptr(PlnObject) copy = pln_object_copy (edit->item);
        g_list_store_insert (list, after_anchor (list, edit->anchor, ids), copy);
        break;
      }
    case EDIT_MOVE:
      {
        g_autoptr(PlnObject) hold = g_object_ref (object);
        g_assert_cmpint (pln_object_list_remove (list, object), >=, 0);
        g_list_store_insert (list, after_anchor (list, edit->anchor, ids), object);
        break;
      }
    default:
      g_assert_not_reached ();
    }
}

static PlnWorkspace *
apply_script (PlnWorkspace *workspace,
              const Script *script)
{
  PlnWorkspace *copy = pln_workspace_copy (workspace);

  for (guint i = 0; i < script->edits->len; i++)
    apply_edit (copy, script->edits->pdata[i]);

  return copy;
}

/* ------------------------------------------------------------- the tests */

static PlnWorkspace *base_workspace;
static GPtrArray *base_nodes;
static GHashTable *base_referred;

static void
assert_same (PlnWorkspace *expected,
             PlnWorkspace *actual,
             guint32       seed)
{
  g_autoptr(GBytes) a = pln_json_serialize_workspace (expected);
  g_autoptr(GBytes) b = pln_json_serialize_workspace (actual);

  if (!g_bytes_equal (a, b))
    {
      const char *x = g_bytes_get_data (a, NULL), *y = g_bytes_get_data (b, NULL);
      gsize at = 0;

      while (x[at] != '\0' && x[at] == y[at])
        at++;
      g_error ("seed %u: the workspaces differ at byte %" G_GSIZE_FORMAT ":\nexpected …%.200s\nmerged   …%.200s",
               seed, at, x + (at > 100 ? at - 100 : 0), y + (at > 100 ? at - 100 : 0));
    }
}

static guint
n_rounds (void)
{
  const char *env = g_getenv ("PLN_MERGE_ROUNDS");

  if (g_getenv ("PLN_MERGE_SEED") != NULL)
    return 1;
  return env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : 12;
}

static guint32
round_seed (guint round)
{
  const char *env = g_getenv ("PLN_MERGE_SEED");
  guint32 seed;

  /* The same rounds on every run, so that the suite gives the same answer
   * twice; PLN_MERGE_RANDOM=1 explores new ones. */
  if (env != NULL)
    seed = (guint32) g_ascii_strtoull (env, NULL, 10);
  else if (g_getenv ("PLN_MERGE_RANDOM") != NULL)
    seed = g_test_rand_int () + round;
  else
    seed = 20261202u + round * 7919u;

  g_test_message ("round %u: PLN_MERGE_SEED=%u", round, seed);
  return seed;
}

static void
test_disjoint (void)
{
  for (guint round = 0; round < n_rounds (); round++)
    {
      guint32 seed = round_seed (round);
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      Script a, b;
      g_autoptr(PlnWorkspace) mine = NULL;
      g_autoptr(PlnWorkspace) theirs = NULL;
      g_autoptr(PlnWorkspace) both = NULL;
      g_autoptr(PlnWorkspace) expected = NULL;
      g_autoptr(PlnWorkspace) merged = NULL;
      g_autoptr(PlnMerge) merge = NULL;

      make_script (rand, base_nodes, base_referred, 1 + g_rand_int_range (rand, 0, 40), NULL, &a);
      make_script (rand, base_nodes, base_referred, 1 + g_rand_int_range (rand, 0, 40), &a, &b);
      mine = apply_script (base_workspace, &a);
      theirs = apply_script (base_workspace, &b);
      expected = apply_script (mine, &b);

      merged = pln_merge_workspaces (base_workspace, mine, theirs, &merge);
      if (pln_merge_get_n_conflicts (merge) > 0)
        g_error ("seed %u: disjoint edits conflict at %s %s", seed,
                 pln_merge_get_conflict (merge, 0)->path, pln_merge_get_conflict (merge, 0)->member);
      assert_same (expected, merged, seed);

      /* The other way round: the same content, in theirs' order of
       * insertions only where both inserted at the same place. */
      g_clear_object (&merged);
      g_clear_object (&merge);
      both = apply_script (theirs, &a);
      merged = pln_merge_workspaces (base_workspace, theirs, mine, &merge);
      g_assert_cmpuint (pln_merge_get_n_conflicts (merge), ==, 0);
      assert_same (both, merged, seed);

      script_clear (&a);
      script_clear (&b);
    }
}

static void
test_identities (void)
{
  for (guint round = 0; round < n_rounds (); round++)
    {
      guint32 seed = round_seed (round);
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      Script a;
      g_autoptr(PlnWorkspace) x = NULL;
      g_autoptr(PlnWorkspace) twin = NULL;
      PlnWorkspace *merged;
      g_autoptr(PlnMerge) merge = NULL;

      make_script (rand, base_nodes, base_referred, 1 + g_rand_int_range (rand, 0, 60), NULL, &a);
      x = apply_script (base_workspace, &a);
      twin = pln_workspace_copy (x);

      /* merge(base, x, x) = x, both sides having made the same edits. */
      merged = pln_merge_workspaces (base_workspace, x, twin, &merge);
      g_assert_cmpuint (pln_merge_get_n_conflicts (merge), ==, 0);
      assert_same (x, merged, seed);
      g_object_unref (merged);
      g_clear_object (&merge);

      /* merge(base, base, x) = x: theirs' edits come in whole. */
      merged = pln_merge_workspaces (base_workspace, base_workspace, x, &merge);
      g_assert_cmpuint (pln_merge_get_n_conflicts (merge), ==, 0);
      assert_same (x, merged, seed);
      g_object_unref (merged);
      g_clear_object (&merge);

      /* merge(base, x, base) = x: nothing of mine is lost. */
      merged = pln_merge_workspaces (base_workspace, x, base_workspace, &merge);
      g_assert_cmpuint (pln_merge_get_n_changes (merge), ==, 0);
      assert_same (x, merged, seed);
      g_object_unref (merged);

      script_clear (&a);
    }
}

/* Whether @script changed something in the subtree of @id in the base. */
static gboolean
touched_under (const Script *script,
               const char   *id)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  PlnObject *object = NULL;
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < base_nodes->len && object == NULL; i++)
    if (g_strcmp0 (pln_object_get_id (((Node *) base_nodes->pdata[i])->object), id) == 0)
      object = ((Node *) base_nodes->pdata[i])->object;
  g_assert_nonnull (object);

  pln_object_add_ids (object, ids);
  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (taken (script, key))
      return TRUE;

  return FALSE;
}

static void
assert_conflict_explained (const PlnMergeConflict *c,
                           const Script           *mine,
                           const Script           *theirs,
                           guint32                 seed)
{
  g_autofree char *field = g_strdup_printf ("F:%s:%s", c->id, c->member);
  g_autofree char *deleted = g_strdup_printf ("D:%s", c->id);
  gboolean explained = FALSE;

  switch (c->kind)
    {
    case PLN_MERGE_CONFLICT_FIELD:
      explained = taken (mine, field) && taken (theirs, field);
      break;
    case PLN_MERGE_CONFLICT_DELETED_BY_THEIRS:
      explained = taken (theirs, deleted) && touched_under (mine, c->id);
      break;
    case PLN_MERGE_CONFLICT_DELETED_BY_MINE:
      explained = taken (mine, deleted) && touched_under (theirs, c->id);
      break;
    case PLN_MERGE_CONFLICT_MOVED:
      /* The scripts move items within their lists only. */
      explained = FALSE;
      break;
    default:
      g_assert_not_reached ();
    }

  if (!explained)
    g_error ("seed %u: a conflict neither side explains: kind %d at %s %s", seed, c->kind, c->path, c->member);
}

static void
test_conflicts (void)
{
  guint total = 0;

  for (guint round = 0; round < n_rounds (); round++)
    {
      guint32 seed = round_seed (round);
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      Script a, b;
      g_autoptr(PlnWorkspace) mine = NULL;
      g_autoptr(PlnWorkspace) theirs = NULL;
      g_autoptr(PlnWorkspace) merged = NULL;
      g_autoptr(PlnMerge) merge = NULL;

      /* Scripts made independently, on few objects, so that they meet. */
      g_autoptr(GPtrArray) few = g_ptr_array_new ();
      for (guint i = 0; i < 60; i++)
        g_ptr_array_add (few, base_nodes->pdata[i * 7 % base_nodes->len]);
      g_ptr_array_add (few, base_nodes->pdata[0]);

      make_script (rand, few, base_referred, 1 + g_rand_int_range (rand, 0, 30), NULL, &a);
      make_script (rand, few, base_referred, 1 + g_rand_int_range (rand, 0, 30), NULL, &b);
      mine = apply_script (base_workspace, &a);
      theirs = apply_script (base_workspace, &b);
      merged = pln_merge_workspaces (base_workspace, mine, theirs, &merge);

      for (guint i = 0; i < pln_merge_get_n_conflicts (merge); i++)
        {
          const PlnMergeConflict *c = pln_merge_get_conflict (merge, i);

          assert_conflict_explained (c, &a, &b, seed);
          /* Both values are kept: choosing theirs, then mine again, works. */
          pln_merge_resolve (merge, merged, i, PLN_MERGE_CHOICE_THEIRS);
          g_assert_cmpint (pln_merge_get_conflict (merge, i)->choice, ==, PLN_MERGE_CHOICE_THEIRS);
        }
      for (guint i = 0; i < pln_merge_get_n_conflicts (merge); i++)
        pln_merge_resolve (merge, merged, i, PLN_MERGE_CHOICE_MINE);
      total += pln_merge_get_n_conflicts (merge);

      script_clear (&a);
      script_clear (&b);
    }

  /* The rounds did meet: the check above had something to check. */
  if (g_getenv ("PLN_MERGE_SEED") == NULL)
    g_assert_cmpuint (total, >, 0);
}

/* -------------------------------------------------- the cases by example */

static PlnMeeting *
first_meeting (PlnWorkspace *workspace)
{
  g_autoptr(PlnMeeting) meeting = g_list_model_get_item (pln_workspace_get_meetings (workspace), 0);

  return meeting;
}

static PlnRecommendation *
recommendation (PlnWorkspace *workspace,
                guint         position)
{
  g_autoptr(PlnRecommendation) rec =
    g_list_model_get_item (pln_meeting_get_recommendations (first_meeting (workspace)), position);

  return rec;
}

/* Different fields of one recommendation combine; the same field is a
 * conflict with both values, mine's until theirs is chosen. */
static void
test_fields (void)
{
  g_autoptr(PlnWorkspace) mine = NULL;
  g_autoptr(PlnWorkspace) theirs = NULL;
  g_autoptr(PlnWorkspace) merged = NULL;
  g_autoptr(PlnMerge) merge = NULL;
  const PlnMergeConflict *c;

  pln_meeting_set_languages (first_meeting (base_workspace), PLN_LANGUAGE_ENGLISH);
  mine = pln_workspace_copy (base_workspace);
  theirs = pln_workspace_copy (base_workspace);
  pln_recommendation_set_text (recommendation (mine, 0), "States parties should share data.");
  pln_recommendation_set_status (recommendation (theirs, 0), PLN_RECOMMENDATION_STATUS_AGREED);
  pln_recommendation_set_text (recommendation (mine, 1), "Mine.");
  pln_recommendation_set_text (recommendation (theirs, 1), "Theirs.");
  /* Flags merge bit by bit: one adds Arabic, the other French. */
  pln_meeting_set_languages (first_meeting (mine), PLN_LANGUAGE_ENGLISH | PLN_LANGUAGE_ARABIC);
  pln_meeting_set_languages (first_meeting (theirs), PLN_LANGUAGE_ENGLISH | PLN_LANGUAGE_FRENCH);

  merged = pln_merge_workspaces (base_workspace, mine, theirs, &merge);

  g_assert_cmpstr (pln_recommendation_get_text (recommendation (merged, 0)), ==, "States parties should share data.");
  g_assert_cmpint (pln_recommendation_get_status (recommendation (merged, 0)), ==, PLN_RECOMMENDATION_STATUS_AGREED);
  g_assert_cmpuint (pln_meeting_get_languages (first_meeting (merged)), ==,
                    PLN_LANGUAGE_ENGLISH | PLN_LANGUAGE_ARABIC | PLN_LANGUAGE_FRENCH);

  for (guint i = 0; i < pln_merge_get_n_conflicts (merge); i++)
    g_test_message ("conflict %s: %s / %s", pln_merge_get_conflict (merge, i)->path,
                    pln_merge_get_conflict (merge, i)->mine, pln_merge_get_conflict (merge, i)->theirs);
  g_assert_cmpuint (pln_merge_get_n_conflicts (merge), ==, 1);
  c = pln_merge_get_conflict (merge, 0);
  g_assert_cmpint (c->kind, ==, PLN_MERGE_CONFLICT_FIELD);
  g_assert_cmpstr (c->path, ==, "meetings[0].recommendations[1]");
  g_assert_cmpstr (c->member, ==, "text");
  g_assert_cmpstr (c->mine, ==, "Mine.");
  g_assert_cmpstr (c->theirs, ==, "Theirs.");
  g_assert_cmpstr (pln_recommendation_get_text (recommendation (merged, 1)), ==, "Mine.");

  pln_merge_resolve (merge, merged, 0, PLN_MERGE_CHOICE_THEIRS);
  g_assert_cmpstr (pln_recommendation_get_text (recommendation (merged, 1)), ==, "Theirs.");
  pln_merge_resolve (merge, merged, 0, PLN_MERGE_CHOICE_MINE);
  g_assert_cmpstr (pln_recommendation_get_text (recommendation (merged, 1)), ==, "Mine.");
  pln_meeting_set_languages (first_meeting (base_workspace), PLN_LANGUAGE_NONE);
}

/* A recommendation's themes (a list of theme ids) merge as one field:
 * filed on one side and edited on the other combine; filed differently
 * on both is a conflict naming both lists. */
static void
test_themes (void)
{
  g_autoptr(PlnWorkspace) mine = NULL;
  g_autoptr(PlnWorkspace) theirs = NULL;
  g_autoptr(PlnWorkspace) merged = NULL;
  g_autoptr(PlnMerge) merge = NULL;
  g_autoptr(PlnTheme) cooperation = pln_theme_new ("International cooperation");
  g_autoptr(PlnTheme) prevention = pln_theme_new ("Prevention");
  const char *a[] = { pln_theme_get_id (cooperation), NULL };
  const char *b[] = { pln_theme_get_id (prevention), NULL };
  const PlnMergeConflict *c;

  pln_workspace_insert_theme (base_workspace, G_MAXUINT, cooperation);
  pln_workspace_insert_theme (base_workspace, G_MAXUINT, prevention);
  mine = pln_workspace_copy (base_workspace);
  theirs = pln_workspace_copy (base_workspace);
  pln_recommendation_set_themes (recommendation (mine, 0), a);
  pln_recommendation_set_text (recommendation (theirs, 0), "Theirs, filed by mine.");
  pln_recommendation_set_themes (recommendation (mine, 1), a);
  pln_recommendation_set_themes (recommendation (theirs, 1), b);

  merged = pln_merge_workspaces (base_workspace, mine, theirs, &merge);

  g_assert_true (g_strv_equal (pln_recommendation_get_themes (recommendation (merged, 0)), a));
  g_assert_cmpstr (pln_recommendation_get_text (recommendation (merged, 0)), ==, "Theirs, filed by mine.");
  g_assert_cmpuint (pln_merge_get_n_conflicts (merge), ==, 1);
  c = pln_merge_get_conflict (merge, 0);
  g_assert_cmpstr (c->member, ==, "themes");
  g_assert_cmpstr (c->mine, ==, a[0]);
  g_assert_cmpstr (c->theirs, ==, b[0]);
  pln_merge_resolve (merge, merged, 0, PLN_MERGE_CHOICE_THEIRS);
  g_assert_true (g_strv_equal (pln_recommendation_get_themes (recommendation (merged, 1)), b));

  pln_workspace_remove_theme (base_workspace, cooperation);
  pln_workspace_remove_theme (base_workspace, prevention);
}

/* A deletion against an edit, both ways: the deleting side's state until
 * the other is chosen, which puts the object back in its place. */
static void
test_deletions (void)
{
  g_autoptr(PlnWorkspace) mine = pln_workspace_copy (base_workspace);
  g_autoptr(PlnWorkspace) theirs = pln_workspace_copy (base_workspace);
  g_autoptr(PlnWorkspace) merged = NULL;
  g_autoptr(PlnMerge) merge = NULL;
  GListModel *recs;
  g_autofree char *edited_by_theirs = g_strdup (pln_object_get_id (PLN_OBJECT (recommendation (mine, 2))));
  g_autofree char *edited_by_mine = g_strdup (pln_object_get_id (PLN_OBJECT (recommendation (mine, 4))));
  guint n;

  pln_meeting_remove_recommendation (first_meeting (mine), recommendation (mine, 2));
  pln_recommendation_set_text (recommendation (theirs, 2), "Edited by theirs.");
  pln_recommendation_set_text (recommendation (mine, 3), "Edited by mine.");
  pln_meeting_remove_recommendation (first_meeting (theirs), recommendation (theirs, 4));

  merged = pln_merge_workspaces (base_workspace, mine, theirs, &merge);
  recs = pln_meeting_get_recommendations (first_meeting (merged));
  n = g_list_model_get_n_items (recs);

  g_assert_cmpuint (pln_merge_get_n_conflicts (merge), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      const PlnMergeConflict *c = pln_merge_get_conflict (merge, i);

      if (c->kind == PLN_MERGE_CONFLICT_DELETED_BY_MINE)
        {
          g_assert_cmpstr (c->id, ==, edited_by_theirs);
          g_assert_cmpstr (c->theirs, ==, "Edited by theirs.");
          g_assert_null (pln_object_list_find (recs, edited_by_theirs));
          pln_merge_resolve (merge, merged, i, PLN_MERGE_CHOICE_THEIRS);
          g_assert_true (pln_object_list_find (recs, edited_by_theirs) == recommendation (merged, 2));
          g_assert_cmpstr (pln_recommendation_get_text (recommendation (merged, 2)), ==, "Edited by theirs.");
        }
      else
        {
          g_assert_cmpint (c->kind, ==, PLN_MERGE_CONFLICT_DELETED_BY_THEIRS);
          g_assert_cmpstr (c->id, ==, edited_by_mine);
          g_assert_nonnull (pln_object_list_find (recs, edited_by_mine));
        }
    }
  g_assert_cmpuint (g_list_model_get_n_items (recs), ==, n + 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  stamp_origin = g_date_time_new_utc (2030, 1, 1, 0, 0, 0);
  base_workspace = pln_synth_workspace (1, 20260522);
  base_nodes = g_ptr_array_new_with_free_func (g_free);
  collect (base_nodes, PLN_OBJECT (base_workspace), NULL, 0, NULL);
  base_referred = referred_ids (base_nodes);

  g_test_add_func ("/merge/fields", test_fields);
  g_test_add_func ("/merge/deletions", test_deletions);
  g_test_add_func ("/merge/themes", test_themes);
  g_test_add_func ("/merge/disjoint", test_disjoint);
  g_test_add_func ("/merge/identities", test_identities);
  g_test_add_func ("/merge/conflicts", test_conflicts);

  status = g_test_run ();

  g_hash_table_unref (base_referred);
  g_ptr_array_unref (base_nodes);
  g_assert_finalize_object (base_workspace);
  g_date_time_unref (stamp_origin);

  return status;
}
