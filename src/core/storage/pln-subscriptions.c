/* pln-subscriptions.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-subscription"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "pln-error.h"
#include "pln-file-io.h"
#include "pln-subscription-private.h"
#include "pln-subscriptions.h"

/* The delegation's subscriptions, a list model kept in one JSON file
 * (0600) in Plenary's data folder; each subscription has a folder of its
 * own beside it for its copy and its notes:
 *
 *   plenary/subscriptions.json
 *   plenary/subscriptions/ID/cache/workspace.json, documents/…
 *   plenary/subscriptions/ID/notes.json */

#define LIST_FORMAT 1

struct _PlnSubscriptions
{
  GObject     parent_instance;

  GFile      *folder;
  GListStore *list;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PlnSubscriptions, pln_subscriptions, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return PLN_TYPE_SUBSCRIPTION;
}

static guint
get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (PLN_SUBSCRIPTIONS (model)->list));
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  return g_list_model_get_item (G_LIST_MODEL (PLN_SUBSCRIPTIONS (model)->list), position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
items_changed_cb (PlnSubscriptions *self,
                  guint             position,
                  guint             removed,
                  guint             added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static GFile *
subscription_folder (PlnSubscriptions *self,
                     const char       *id)
{
  g_autoptr(GFile) all = g_file_get_child (self->folder, "subscriptions");

  return g_file_get_child (all, id);
}

/* A title learnt from the edition is kept for the next start. */
static void
title_changed_cb (PlnSubscriptions *self)
{
  g_autoptr(GError) error = NULL;

  if (!pln_subscriptions_save (self, &error))
    g_warning ("Could not save the subscriptions: %s", error->message);
}

static void
append (PlnSubscriptions *self,
        PlnSubscription  *subscription)
{
  g_signal_connect_object (subscription, "notify::title", G_CALLBACK (title_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_list_store_append (self->list, subscription);
}

static void
pln_subscriptions_dispose (GObject *object)
{
  PlnSubscriptions *self = PLN_SUBSCRIPTIONS (object);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->list)); i++)
    {
      g_autoptr(PlnSubscription) subscription = g_list_model_get_item (G_LIST_MODEL (self->list), i);

      pln_subscription_stop (subscription);
    }
  g_clear_object (&self->list);
  g_clear_object (&self->folder);

  G_OBJECT_CLASS (pln_subscriptions_parent_class)->dispose (object);
}

static void
pln_subscriptions_class_init (PlnSubscriptionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pln_subscriptions_dispose;
}

static void
pln_subscriptions_init (PlnSubscriptions *self)
{
  self->list = g_list_store_new (PLN_TYPE_SUBSCRIPTION);
  g_signal_connect_swapped (self->list, "items-changed", G_CALLBACK (items_changed_cb), self);
}

/**
 * pln_subscriptions_get_default_folder:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/plenary`
 */
GFile *
pln_subscriptions_get_default_folder (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "plenary", NULL);
}

/**
 * pln_subscriptions_new:
 * @folder: where the list and the subscriptions' folders are kept
 */
PlnSubscriptions *
pln_subscriptions_new (GFile *folder)
{
  PlnSubscriptions *self;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  self = g_object_new (PLN_TYPE_SUBSCRIPTIONS, NULL);
  self->folder = g_object_ref (folder);
  return self;
}

/**
 * pln_subscriptions_load:
 *
 * Reads the list; no file is an empty list. A damaged file is refused
 * and left as it is.
 */
gboolean
pln_subscriptions_load (PlnSubscriptions  *self,
                        GError           **error)
{
  g_autoptr(GFile) file = g_file_get_child (self->folder, PLN_SUBSCRIPTIONS_FILE);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonArray *array = NULL;
  JsonNode *root;

  g_return_val_if_fail (PLN_IS_SUBSCRIPTIONS (self), FALSE);

  g_list_store_remove_all (self->list);
  if (!g_file_query_exists (file, NULL))
    return TRUE;

  if (!json_parser_load_from_file (parser, path, &local_error) ||
      !JSON_NODE_HOLDS_OBJECT ((root = json_parser_get_root (parser))) ||
      (array = json_object_get_array_member (json_node_get_object (root), "subscriptions")) == NULL)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE, _("%s is not a list of subscriptions: %s"), path,
                   local_error ? local_error->message : _("it holds no “subscriptions” list"));
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry = json_array_get_object_element (array, i);
      const char *id = entry ? json_object_get_string_member_with_default (entry, "id", NULL) : NULL;
      const char *url = entry ? json_object_get_string_member_with_default (entry, "url", NULL) : NULL;
      g_autoptr(PlnSubscription) subscription = NULL;
      g_autoptr(GFile) folder = NULL;

      if (id == NULL || url == NULL || strchr (id, '/') != NULL || id[0] == '.')
        {
          g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE,
                       _("%s: subscription %u has no valid “id” and “url”"), path, i + 1);
          g_list_store_remove_all (self->list);
          return FALSE;
        }
      folder = subscription_folder (self, id);
      subscription = pln_subscription_new (url, folder);
      pln_subscription_set_title (subscription, json_object_get_string_member_with_default (entry, "title", NULL));
      append (self, subscription);
    }

  return TRUE;
}

gboolean
pln_subscriptions_save (PlnSubscriptions  *self,
                        GError           **error)
{
  g_autoptr(GFile) file = g_file_get_child (self->folder, PLN_SUBSCRIPTIONS_FILE);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (PLN_IS_SUBSCRIPTIONS (self), FALSE);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, LIST_FORMAT);
  json_builder_set_member_name (builder, "subscriptions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->list)); i++)
    {
      g_autoptr(PlnSubscription) subscription = g_list_model_get_item (G_LIST_MODEL (self->list), i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, pln_subscription_get_id (subscription));
      json_builder_set_member_name (builder, "url");
      json_builder_add_string_value (builder, pln_subscription_get_url (subscription));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, pln_subscription_get_title (subscription));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return _pln_subscription_write_json (file, root, error);
}

/* The delegation's files (its list, its notes, the validators of a copy)
 * are its own: written safely, readable by their owner only. */
gboolean
_pln_subscription_write_json (GFile     *file,
                              JsonNode  *root,
                              GError   **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(GBytes) bytes = NULL;
  char *data;
  gsize length;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, &length);
  bytes = g_bytes_new_take (data, length);

  g_file_make_directory_with_parents (folder, NULL, NULL);
  return pln_file_write_bytes_safely (file, bytes, PLN_WRITE_PRIVATE, error);
}

/**
 * pln_subscriptions_prepare:
 * @text: the address the user typed
 *
 * Returns: (transfer full): the subscription to @text, already in the
 *   list, or a new one not added yet: refresh it, and add it once its
 *   first copy is in
 */
PlnSubscription *
pln_subscriptions_prepare (PlnSubscriptions  *self,
                           const char        *text,
                           GError           **error)
{
  g_autofree char *url = pln_subscription_normalize_url (text, error);
  g_autofree char *id = NULL;
  g_autoptr(GFile) folder = NULL;

  g_return_val_if_fail (PLN_IS_SUBSCRIPTIONS (self), NULL);

  if (url == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->list)); i++)
    {
      g_autoptr(PlnSubscription) subscription = g_list_model_get_item (G_LIST_MODEL (self->list), i);

      if (g_strcmp0 (pln_subscription_get_url (subscription), url) == 0)
        return g_steal_pointer (&subscription);
    }

  /* The same address, the same folder: a copy left by an earlier
   * subscription to it is reused. */
  id = g_compute_checksum_for_string (G_CHECKSUM_SHA256, url, -1);
  id[16] = '\0';
  folder = subscription_folder (self, id);
  return pln_subscription_new (url, folder);
}

gboolean
pln_subscriptions_add (PlnSubscriptions  *self,
                       PlnSubscription   *subscription,
                       GError           **error)
{
  g_return_val_if_fail (PLN_IS_SUBSCRIPTIONS (self), FALSE);
  g_return_val_if_fail (PLN_IS_SUBSCRIPTION (subscription), FALSE);

  if (pln_subscriptions_find (self, pln_subscription_get_id (subscription)) != NULL)
    return TRUE;

  append (self, subscription);
  return pln_subscriptions_save (self, error);
}


/**
 * pln_subscriptions_remove:
 *
 * Unsubscribes: the subscription leaves the list, and its copy and notes
 * are deleted.
 */
gboolean
pln_subscriptions_remove (PlnSubscriptions  *self,
                          PlnSubscription   *subscription,
                          GError           **error)
{
  guint position;

  g_return_val_if_fail (PLN_IS_SUBSCRIPTIONS (self), FALSE);

  if (!g_list_store_find (self->list, subscription, &position))
    return TRUE;

  g_object_ref (subscription);
  g_list_store_remove (self->list, position);
  _pln_subscription_remove_folder (subscription);
  g_object_unref (subscription);
  return pln_subscriptions_save (self, error);
}

/**
 * pln_subscriptions_find:
 *
 * Returns: (transfer none) (nullable): the subscription of that id
 */
PlnSubscription *
pln_subscriptions_find (PlnSubscriptions *self,
                        const char       *id)
{
  g_return_val_if_fail (PLN_IS_SUBSCRIPTIONS (self), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->list)); i++)
    {
      g_autoptr(PlnSubscription) subscription = g_list_model_get_item (G_LIST_MODEL (self->list), i);

      if (g_strcmp0 (pln_subscription_get_id (subscription), id) == 0)
        return subscription;
    }

  return NULL;
}

/**
 * pln_subscriptions_find_by_file:
 * @edition_file: a workspace file
 *
 * Returns: (transfer none) (nullable): the subscription whose copy
 *   @edition_file is
 */
PlnSubscription *
pln_subscriptions_find_by_file (PlnSubscriptions *self,
                                GFile            *edition_file)
{
  g_return_val_if_fail (PLN_IS_SUBSCRIPTIONS (self), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->list)); i++)
    {
      g_autoptr(PlnSubscription) subscription = g_list_model_get_item (G_LIST_MODEL (self->list), i);
      g_autoptr(GFile) file = pln_subscription_get_edition_file (subscription);

      if (edition_file != NULL && g_file_equal (file, edition_file))
        return subscription;
    }

  return NULL;
}
