/* pln-model-private.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plenary-core.h"
#include "pln-model-private.h"

gboolean
pln_set_string (char       **field,
                const char  *value)
{
  /* Empty and unset are the same to a person filling in a form. */
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

gboolean
pln_set_date (GDate       *field,
              const GDate *value)
{
  gboolean was_valid = g_date_valid (field);
  gboolean is_valid = value != NULL && g_date_valid (value);

  if (!was_valid && !is_valid)
    return FALSE;

  if (was_valid && is_valid && g_date_compare (field, value) == 0)
    return FALSE;

  if (is_valid)
    *field = *value;
  else
    g_date_clear (field, 1);

  return TRUE;
}

gboolean
pln_set_date_time (GDateTime **field,
                   GDateTime  *value)
{
  if (*field == value || (*field != NULL && value != NULL && g_date_time_equal (*field, value)))
    return FALSE;

  g_clear_pointer (field, g_date_time_unref);
  if (value != NULL)
    *field = g_date_time_ref (value);

  return TRUE;
}

void
pln_set_id (char       **field,
            const char  *value)
{
  /* Construct-only: an object given no id keeps the random one it has. */
  if (value == NULL || *value == '\0')
    return;

  g_free (*field);
  *field = g_strdup (value);
}

/**
 * pln_model_get_fields:
 *
 * Returns: the field table of a model class, ending with a %NULL member
 */
const PlnFieldInfo *
pln_model_get_fields (GType type)
{
  if (type == PLN_TYPE_WORKSPACE) return pln_workspace_fields;
  if (type == PLN_TYPE_WORKING_GROUP) return pln_working_group_fields;
  if (type == PLN_TYPE_MEETING) return pln_meeting_fields;
  if (type == PLN_TYPE_SITTING) return pln_sitting_fields;
  if (type == PLN_TYPE_PLACEMENT) return pln_placement_fields;
  if (type == PLN_TYPE_AGENDA_ITEM) return pln_agenda_item_fields;
  if (type == PLN_TYPE_DOCUMENT_REF) return pln_document_ref_fields;
  if (type == PLN_TYPE_REGISTRATION) return pln_registration_fields;
  if (type == PLN_TYPE_RECOMMENDATION) return pln_recommendation_fields;
  if (type == PLN_TYPE_EXPORT_RECORD) return pln_export_record_fields;

  g_return_val_if_reached (NULL);
}

/* Which workspace an object is in, for its edits to reach the workspace's
 * "changed" signal. A workspace removes itself from the live set when it
 * is finalized, so an object that outlives it (kept for an undo) never
 * reaches a dead workspace. */
static GQuark workspace_quark;
static GHashTable *live_workspaces;

void
pln_model_set_workspace (GObject      *object,
                         PlnWorkspace *workspace)
{
  if (G_UNLIKELY (workspace_quark == 0))
    {
      workspace_quark = g_quark_from_static_string ("pln-model-workspace");
      live_workspaces = g_hash_table_new (NULL, NULL);
    }

  if (workspace != NULL && PLN_IS_WORKSPACE (object))
    g_hash_table_add (live_workspaces, workspace);
  else if (workspace == NULL && PLN_IS_WORKSPACE (object))
    g_hash_table_remove (live_workspaces, object);

  g_object_set_qdata (object, workspace_quark, workspace);
}

/* The notify vfunc of every model class: one call for any property of
 * any object, instead of a signal handler on each of tens of thousands. */
void
pln_model_notify (GObject    *object,
                  GParamSpec *pspec)
{
  PlnWorkspace *workspace;

  if (workspace_quark == 0)
    return;

  workspace = g_object_get_qdata (object, workspace_quark);
  if (workspace != NULL && g_hash_table_contains (live_workspaces, workspace))
    pln_workspace_emit_changed (workspace);
}

/* While a file is read, every object gets the id written in the file, so
 * making a random one first would be wasted: a large workspace has tens of
 * thousands of objects. Per thread, as the store loads in a worker. */
static _Thread_local gboolean loading;

void
pln_model_set_loading (gboolean is_loading)
{
  loading = is_loading;
}

char *
pln_model_new_id (void)
{
  return loading ? NULL : g_uuid_string_random ();
}

/* The lists of the model share these: remove returns the position the
 * item had, which an Undo needs to put it back in its place. */
int
pln_list_store_remove_item (GListStore *store,
                            gpointer    item)
{
  guint position;

  if (!g_list_store_find (store, item, &position))
    return -1;

  g_list_store_remove (store, position);
  return position;
}

gboolean
pln_list_store_move_item (GListStore *store,
                          gpointer    item,
                          guint       position)
{
  g_autoptr(GObject) hold = NULL;
  guint old;

  if (!g_list_store_find (store, item, &old))
    return FALSE;

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store)) - 1);
  if (old == position)
    return FALSE;

  hold = g_object_ref (item);
  g_list_store_remove (store, old);
  g_list_store_insert (store, position, item);
  return TRUE;
}

/* The workspace an object is in, if it is in one that is alive. */
PlnWorkspace *
pln_model_get_workspace (GObject *object)
{
  PlnWorkspace *workspace;

  if (workspace_quark == 0)
    return NULL;

  workspace = g_object_get_qdata (object, workspace_quark);
  return workspace != NULL && g_hash_table_contains (live_workspaces, workspace) ? workspace : NULL;
}
