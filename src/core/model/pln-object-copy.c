/* pln-object-copy.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-object"

#include "config.h"

#include "pln-agenda-item.h"
#include "pln-model-private.h"
#include "pln-object.h"

/* Comparing and copying model objects from the fields their classes
 * declare, for the merge of concurrent edits (storage/pln-merge.c): what
 * the file holds is compared, so the links the model keeps itself (a
 * sub-item's parent, not in the file) are left out. */

#define FIELD(object, info, T) (*(T *) G_STRUCT_MEMBER_P (object, (info)->offset))

static gboolean
compared (const PlnField *field)
{
  return !(field->flags & PLN_FIELD_NOT_IN_JSON);
}

/**
 * pln_object_field_equal:
 * @a: a model object
 * @b: another of the same class
 * @index: a field of that class, not a list
 *
 * Compares one field as the workspace file would hold it: references by
 * the ids of what they refer to, times by instant and offset.
 *
 * Returns: whether the field has the same value in @a and @b
 */
gboolean
pln_object_field_equal (PlnObject *a,
                        PlnObject *b,
                        guint      index)
{
  const PlnField *field = &PLN_OBJECT_GET_CLASS (a)->fields[index];

  switch (field->kind)
    {
    case PLN_FIELD_STRING:
      return g_strcmp0 (FIELD (a, field, char *), FIELD (b, field, char *)) == 0;
    case PLN_FIELD_INT:
    case PLN_FIELD_ENUM:
      return FIELD (a, field, int) == FIELD (b, field, int);
    case PLN_FIELD_UINT:
    case PLN_FIELD_FLAGS:
      return FIELD (a, field, guint) == FIELD (b, field, guint);
    case PLN_FIELD_BOOL:
      return !FIELD (a, field, gboolean) == !FIELD (b, field, gboolean);
    case PLN_FIELD_DATE:
      {
        GDate *x = &FIELD (a, field, GDate), *y = &FIELD (b, field, GDate);

        if (!g_date_valid (x) || !g_date_valid (y))
          return g_date_valid (x) == g_date_valid (y);
        return g_date_compare (x, y) == 0;
      }
    case PLN_FIELD_DATE_TIME:
      {
        GDateTime *x = FIELD (a, field, GDateTime *), *y = FIELD (b, field, GDateTime *);

        if (x == NULL || y == NULL)
          return x == y;
        return g_date_time_equal (x, y) && g_date_time_get_utc_offset (x) == g_date_time_get_utc_offset (y);
      }
    case PLN_FIELD_STRV:
      {
        char **x = FIELD (a, field, char **), **y = FIELD (b, field, char **);

        /* No list and an empty one are the same in the file. */
        if (x == NULL || *x == NULL || y == NULL || *y == NULL)
          return (x == NULL || *x == NULL) == (y == NULL || *y == NULL);
        return g_strv_equal ((const char * const *) x, (const char * const *) y);
      }
    case PLN_FIELD_OBJECT:
      {
        PlnObject *x = FIELD (a, field, PlnObject *), *y = FIELD (b, field, PlnObject *);

        if (x == NULL || y == NULL)
          return x == y;
        return g_strcmp0 (pln_object_get_id (x), pln_object_get_id (y)) == 0;
      }
    case PLN_FIELD_LIST:
    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * pln_object_changed_equal:
 *
 * Returns: whether @a and @b say the same of who changed them and when
 */
gboolean
pln_object_changed_equal (PlnObject *a,
                          PlnObject *b)
{
  GDateTime *x = pln_object_get_changed_at (a), *y = pln_object_get_changed_at (b);

  if (g_strcmp0 (pln_object_get_changed_by (a), pln_object_get_changed_by (b)) != 0)
    return FALSE;
  if (x == NULL || y == NULL)
    return x == y;
  return g_date_time_equal (x, y);
}

static gboolean
list_equal (GListModel *a,
            GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnObject) x = g_list_model_get_item (a, i);
      g_autoptr(PlnObject) y = g_list_model_get_item (b, i);

      if (!pln_object_equal (x, y))
        return FALSE;
    }

  return TRUE;
}

/**
 * pln_object_equal:
 *
 * Returns: whether @a and @b are the same in the workspace file: same
 *   class, id and fields, and lists of equal children in the same order
 */
gboolean
pln_object_equal (PlnObject *a,
                  PlnObject *b)
{
  PlnObjectClass *klass;

  g_return_val_if_fail (PLN_IS_OBJECT (a) && PLN_IS_OBJECT (b), FALSE);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b) ||
      g_strcmp0 (pln_object_get_id (a), pln_object_get_id (b)) != 0)
    return FALSE;

  if (!pln_object_changed_equal (a, b))
    return FALSE;

  klass = PLN_OBJECT_GET_CLASS (a);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PlnField *field = &klass->fields[i];

      if (!compared (field))
        continue;
      if (field->kind == PLN_FIELD_LIST
          ? !list_equal (FIELD (a, field, GListModel *), FIELD (b, field, GListModel *))
          : !pln_object_field_equal (a, b, i))
        return FALSE;
    }

  return TRUE;
}

/* Copies a field into a fresh object, which nobody watches yet; what
 * its construction put there is replaced. */
static void
copy_field (PlnObject      *copy,
            PlnObject      *source,
            const PlnField *field)
{
  switch (field->kind)
    {
    case PLN_FIELD_STRING:
      g_free (FIELD (copy, field, char *));
      FIELD (copy, field, char *) = g_strdup (FIELD (source, field, char *));
      break;
    case PLN_FIELD_INT:
    case PLN_FIELD_ENUM:
      FIELD (copy, field, int) = FIELD (source, field, int);
      break;
    case PLN_FIELD_UINT:
    case PLN_FIELD_FLAGS:
      FIELD (copy, field, guint) = FIELD (source, field, guint);
      break;
    case PLN_FIELD_BOOL:
      FIELD (copy, field, gboolean) = FIELD (source, field, gboolean);
      break;
    case PLN_FIELD_DATE:
      FIELD (copy, field, GDate) = FIELD (source, field, GDate);
      break;
    case PLN_FIELD_DATE_TIME:
      /* A class may have stamped a time when the object was made. */
      g_clear_pointer (&FIELD (copy, field, GDateTime *), g_date_time_unref);
      if (FIELD (source, field, GDateTime *) != NULL)
        FIELD (copy, field, GDateTime *) = g_date_time_ref (FIELD (source, field, GDateTime *));
      break;
    case PLN_FIELD_STRV:
      g_strfreev (FIELD (copy, field, char **));
      FIELD (copy, field, char **) = g_strdupv (FIELD (source, field, char **));
      break;
    case PLN_FIELD_OBJECT:
      /* Still the source's object: pln_object_remap_references() finds
       * the one with its id where the copy goes. */
      g_set_object (&FIELD (copy, field, GObject *), FIELD (source, field, GObject *));
      break;
    case PLN_FIELD_LIST:
      {
        GListModel *from = FIELD (source, field, GListModel *);
        guint n = g_list_model_get_n_items (from);
        g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

        for (guint i = 0; i < n; i++)
          {
            g_autoptr(PlnObject) item = g_list_model_get_item (from, i);
            PlnObject *item_copy = pln_object_copy (item);

            if (PLN_IS_AGENDA_ITEM (copy) && PLN_IS_AGENDA_ITEM (item_copy))
              pln_agenda_item_set_parent (PLN_AGENDA_ITEM (item_copy), PLN_AGENDA_ITEM (copy));
            g_ptr_array_add (items, item_copy);
          }
        g_list_store_splice (FIELD (copy, field, GListStore *), 0, 0, items->pdata, items->len);
        break;
      }
    default:
      g_assert_not_reached ();
    }
}

/**
 * pln_object_copy:
 *
 * A deep copy of @self with the same ids. Its references still point to
 * @self's objects until pln_object_remap_references() is called with the
 * objects of where the copy goes.
 *
 * Returns: (transfer full): the copy
 */
PlnObject *
pln_object_copy (PlnObject *self)
{
  PlnObjectClass *klass;
  PlnObject *copy;

  g_return_val_if_fail (PLN_IS_OBJECT (self), NULL);

  /* The id is the source's: no random one first. */
  pln_model_set_loading (TRUE);
  copy = g_object_new (G_OBJECT_TYPE (self), "id", pln_object_get_id (self), NULL);
  pln_model_set_loading (FALSE);
  pln_object_init_changed (copy, pln_object_get_changed_by (self), pln_object_get_changed_at (self));

  klass = PLN_OBJECT_GET_CLASS (self);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PlnField *field = &klass->fields[i];

      if (compared (field) && !(field->kind == PLN_FIELD_OBJECT && (field->flags & PLN_FIELD_READ_ONLY)))
        copy_field (copy, self, field);
    }

  return copy;
}

/**
 * pln_object_add_ids:
 * @ids: (element-type utf8 PlnObject): where to add them
 *
 * Adds @self and every object below it to @ids, by id; the keys are the
 * objects' own strings.
 */
void
pln_object_add_ids (PlnObject  *self,
                    GHashTable *ids)
{
  PlnObjectClass *klass = PLN_OBJECT_GET_CLASS (self);

  g_hash_table_insert (ids, (gpointer) pln_object_get_id (self), self);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      GListModel *list;
      guint n;

      if (klass->fields[i].kind != PLN_FIELD_LIST)
        continue;

      list = FIELD (self, &klass->fields[i], GListModel *);
      n = g_list_model_get_n_items (list);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(PlnObject) item = g_list_model_get_item (list, j);

          pln_object_add_ids (item, ids);
        }
    }
}

/**
 * pln_object_remap_references:
 * @ids: (element-type utf8 PlnObject): the objects to refer to, by id
 *
 * Makes the references of @self and the objects below it point to the
 * objects of @ids with the same ids; a reference whose id is not there is
 * left unset. Nothing is notified: for fresh copies only.
 *
 * Returns: how many references were left unset
 */
guint
pln_object_remap_references (PlnObject  *self,
                             GHashTable *ids)
{
  PlnObjectClass *klass = PLN_OBJECT_GET_CLASS (self);
  guint lost = 0;

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PlnField *field = &klass->fields[i];

      if (field->kind == PLN_FIELD_OBJECT && compared (field) && !(field->flags & PLN_FIELD_READ_ONLY))
        {
          GObject **ref = &FIELD (self, field, GObject *);
          gpointer found;

          if (*ref == NULL)
            continue;
          found = g_hash_table_lookup (ids, pln_object_get_id (PLN_OBJECT (*ref)));
          lost += found == NULL;
          g_set_object (ref, found);
        }
      else if (field->kind == PLN_FIELD_LIST)
        {
          GListModel *list = FIELD (self, field, GListModel *);
          guint n = g_list_model_get_n_items (list);

          for (guint j = 0; j < n; j++)
            {
              g_autoptr(PlnObject) item = g_list_model_get_item (list, j);

              lost += pln_object_remap_references (item, ids);
            }
        }
    }

  return lost;
}
