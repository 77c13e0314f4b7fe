/* pln-subscription-notes.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-subscription"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "pln-error.h"
#include "pln-file-io.h"
#include "pln-subscription-private.h"

/* The delegation's own notes on a subscribed workspace, per meeting and
 * per agenda item: one JSON file beside the copy (0600), read and written
 * whole (a few kilobytes), never published and never sent to the server.
 *
 *   { "format": 1, "notes": { "MEETING": "…", "MEETING/ITEM": "…" } } */

#define NOTES_FORMAT 1

static char *
note_key (const char *meeting_id,
          const char *item_id)
{
  return item_id != NULL ? g_strconcat (meeting_id, "/", item_id, NULL) : g_strdup (meeting_id);
}

static GFile *
notes_file (PlnSubscription *self)
{
  return g_file_get_child (pln_subscription_get_folder (self), PLN_SUBSCRIPTION_NOTES);
}

/* The notes as they are on disk: an empty object when there are none. */
static JsonObject *
read_notes (PlnSubscription  *self,
            GError          **error)
{
  g_autoptr(GFile) file = notes_file (self);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  JsonNode *root;
  JsonObject *notes;
  gsize length;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return json_object_new ();
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!json_parser_load_from_data (parser, contents, length, NULL) ||
      !JSON_NODE_HOLDS_OBJECT ((root = json_parser_get_root (parser))) ||
      (notes = json_object_get_object_member (json_node_get_object (root), "notes")) == NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE,
                   _("%s is not a file of notes: it holds no “notes” object"), path);
      return NULL;
    }

  return json_object_ref (notes);
}

/**
 * pln_subscription_dup_note:
 * @meeting_id: the meeting's id
 * @item_id: (nullable): an agenda item's id, or %NULL for the meeting's note
 *
 * Returns: (transfer full) (nullable): the delegation's note
 */
char *
pln_subscription_dup_note (PlnSubscription *self,
                           const char      *meeting_id,
                           const char      *item_id)
{
  g_autoptr(JsonObject) notes = NULL;
  g_autofree char *key = NULL;

  g_return_val_if_fail (PLN_IS_SUBSCRIPTION (self), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);

  notes = read_notes (self, NULL);
  key = note_key (meeting_id, item_id);
  if (notes == NULL || !json_object_has_member (notes, key))
    return NULL;
  return g_strdup (json_object_get_string_member_with_default (notes, key, NULL));
}

/**
 * pln_subscription_set_note:
 * @text: (nullable): the note; empty or %NULL removes it
 *
 * Writes the notes file safely, readable by its owner only. A notes file
 * that cannot be read is left as it is, with @error saying why.
 */
gboolean
pln_subscription_set_note (PlnSubscription  *self,
                           const char       *meeting_id,
                           const char       *item_id,
                           const char       *text,
                           GError          **error)
{
  g_autoptr(JsonObject) notes = NULL;
  g_autoptr(JsonObject) top = json_object_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(GFile) file = notes_file (self);
  g_autofree char *key = NULL;

  g_return_val_if_fail (PLN_IS_SUBSCRIPTION (self), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);

  /* Unsubscribed: its notes went with its folder. */
  if (_pln_subscription_get_removed (self))
    return TRUE;

  if ((notes = read_notes (self, error)) == NULL)
    return FALSE;

  key = note_key (meeting_id, item_id);
  if (text == NULL || text[0] == '\0')
    json_object_remove_member (notes, key);
  else
    json_object_set_string_member (notes, key, text);

  json_object_set_int_member (top, "format", NOTES_FORMAT);
  json_object_set_object_member (top, "notes", json_object_ref (notes));
  json_node_set_object (root, top);
  return _pln_subscription_write_json (file, root, error);
}
