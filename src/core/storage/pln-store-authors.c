/* pln-store-authors.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-store"

#include "config.h"

#include "pln-model-private.h"
#include "pln-object.h"
#include "pln-store-private.h"

/* Who changed what. Each save records its author and time on the objects
 * edited since the last save (pln_object_set_changed()), so a secretariat
 * sharing one workspace sees who last touched an item or a
 * recommendation, and a merge can say whose change meets whose.
 *
 * The objects edited are known from the workspace's "object-changed":
 * the object whose property changed, or the owner of a list an item was
 * added to, removed from or moved in. An item added is stamped with its
 * list's owner, with the items under it, when it was made here and never
 * saved: an item put back by an Undo or brought in by a merge keeps what
 * it had. The changes a merge brings in are theirs, not this author's,
 * and are not counted. */

static void
object_changed_cb (PlnWorkspace *workspace,
                   PlnObject    *object,
                   GParamSpec   *pspec,
                   PlnStore     *self)
{
  if (self->merging)
    return;

  if (self->edited == NULL)
    self->edited = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  if (!g_hash_table_contains (self->edited, object))
    g_hash_table_add (self->edited, g_object_ref (object));
}

/* Follows the edits of the store's workspace, from now on. */
void
_pln_store_track_edits (PlnStore     *self,
                        PlnWorkspace *old_workspace)
{
  if (old_workspace != NULL)
    g_signal_handlers_disconnect_by_func (old_workspace, object_changed_cb, self);
  g_clear_pointer (&self->edited, g_hash_table_unref);

  if (self->workspace != NULL)
    g_signal_connect (self->workspace, "object-changed", G_CALLBACK (object_changed_cb), self);
}

/* The items never saved below @object, stamped too. */
static void
stamp_unsaved_items (PlnObject  *object,
                     const char *author,
                     GDateTime  *now)
{
  guint n_fields;
  const PlnField *fields = pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (object), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      GListModel *list;
      guint n;

      if (fields[i].kind != PLN_FIELD_LIST)
        continue;

      list = *(GListModel **) pln_object_get_field_pointer (object, i);
      n = g_list_model_get_n_items (list);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(PlnObject) item = g_list_model_get_item (list, j);

          if (!pln_object_is_unsaved (item))
            continue;
          pln_object_set_changed (item, author, now);
          stamp_unsaved_items (item, author, now);
        }
    }
}

/**
 * pln_author_get_default:
 *
 * Returns: the name changes are recorded under when none is set: the
 *   user's real name, or the user name when the system has none
 */
const char *
pln_author_get_default (void)
{
  const char *real_name = g_get_real_name ();

  /* GLib says "Unknown" when the system knows no real name. */
  if (real_name == NULL || *real_name == '\0' || g_strcmp0 (real_name, "Unknown") == 0)
    return g_get_user_name ();
  return real_name;
}

/* Stamps the objects edited since the last save with the author and the
 * time of this one, before it takes its snapshot. The time is to the
 * second, as people read it. */
void
_pln_store_stamp_edits (PlnStore *self)
{
  g_autoptr(GHashTable) edited = g_steal_pointer (&self->edited);
  g_autoptr(GDateTime) now = NULL;
  const char *author;
  GHashTableIter iter;
  gpointer object;

  if (edited == NULL)
    return;

  now = g_date_time_new_from_unix_utc (g_get_real_time () / G_USEC_PER_SEC);
  author = pln_store_get_author (self);

  g_hash_table_iter_init (&iter, edited);
  while (g_hash_table_iter_next (&iter, &object, NULL))
    {
      pln_object_set_changed (object, author, now);
      stamp_unsaved_items (object, author, now);
    }
}

/**
 * pln_store_get_author:
 *
 * Returns: the name the store's saves record on what they changed
 */
const char *
pln_store_get_author (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), NULL);

  return self->author != NULL ? self->author : pln_author_get_default ();
}

/**
 * pln_store_set_author:
 * @author: (nullable): a name; %NULL or empty for pln_author_get_default()
 *
 * Sets the name the store's saves record on what they changed.
 */
void
pln_store_set_author (PlnStore   *self,
                      const char *author)
{
  g_return_if_fail (PLN_IS_STORE (self));

  if (author != NULL && *author == '\0')
    author = NULL;
  if (g_strcmp0 (self->author, author) == 0)
    return;

  g_free (self->author);
  self->author = g_strdup (author);
  _pln_store_notify (self, PROP_AUTHOR);
}
