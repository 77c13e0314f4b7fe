/* pln-subscription.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-subscription"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pln-enum-types.h"
#include "pln-error.h"
#include "pln-public-edition.h"
#include "pln-subscription-private.h"

/* A delegation's subscription to what a secretariat publishes: the
 * address of the published folder, the last copy of it in a folder of
 * its own (for offline use), refreshed in a worker on a timer that backs
 * off while the server cannot be reached. */

struct _PlnSubscription
{
  GObject               parent_instance;

  char                 *url;
  char                 *id;
  char                 *title;
  GFile                *folder;
  GFile                *cache;

  PlnSubscriptionState  state;
  GDateTime            *offline_since;
  char                 *error_message;

  guint                 interval;      /* ms between refreshes when online */
  guint                 max_interval;  /* the cap of the back-off */
  guint                 retry;         /* ms until the next refresh */
  guint                 timeout_id;
  gboolean              polling;
  GCancellable         *cancellable;   /* of the refresh under way, or NULL */
  gboolean              removed;       /* unsubscribed: its folder goes, nothing is written */
  GPtrArray            *waiting;       /* (element-type GTask): callers of the refresh under way */

  PlnWorkspace         *edition;       /* (nullable): the copy the last refresh brought */
  gboolean              edition_downloaded;
  guint                 documents_downloaded;
};

G_DEFINE_FINAL_TYPE (PlnSubscription, pln_subscription, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_URL,
  PROP_TITLE,
  PROP_STATE,
  PROP_OFFLINE_SINCE,
  PROP_ERROR_MESSAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  UPDATED,
  NEW_DOCUMENTS,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* ------------------------------------------------------------ addresses */

static const char * const schemes[] = { "http", "https", "dav", "davs", "file", NULL };

/* A known scheme, and a host for all but file://. */
static gboolean
uri_is_usable (const char *text,
               const char *scheme)
{
  g_autofree char *lower = g_ascii_strdown (scheme, -1);
  g_autoptr(GUri) uri = NULL;

  if (!g_strv_contains (schemes, lower) || strpbrk (text, " \t\n") != NULL)
    return FALSE;
  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;
  return g_str_equal (lower, "file") || (g_uri_get_host (uri) != NULL && g_uri_get_host (uri)[0] != '\0');
}

/**
 * pln_subscription_normalize_url:
 * @text: what the user typed: a web or WebDAV address, a file:// URI or a
 *   local path, of a published folder or of its workspace.json
 *
 * Returns: (transfer full): the address of the published folder, or %NULL
 *   with @error saying what is wrong with @text
 */
char *
pln_subscription_normalize_url (const char  *text,
                                GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *scheme = NULL;
  g_autofree char *url = NULL;
  gsize length;

  if (trimmed[0] == '\0')
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_INVALID, _("Enter the address the secretariat publishes to"));
      return NULL;
    }

  scheme = g_uri_parse_scheme (trimmed);
  if (scheme == NULL && g_path_is_absolute (trimmed))
    url = g_filename_to_uri (trimmed, NULL, NULL);
  else if (scheme != NULL && uri_is_usable (trimmed, scheme))
    url = g_strdup (trimmed);

  if (url == NULL)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_INVALID,
                   /* Translators: %s is what the user typed */
                   _("“%s” is not an address Plenary can subscribe to: use https://, dav://, davs:// or a folder"),
                   trimmed);
      return NULL;
    }

  /* The folder, not its workspace.json, and no trailing slash. */
  if (g_str_has_suffix (url, "/" PLN_PUBLIC_EDITION_FILE))
    url[strlen (url) - strlen ("/" PLN_PUBLIC_EDITION_FILE)] = '\0';
  length = strlen (url);
  while (length > 0 && url[length - 1] == '/' && !g_str_has_suffix (url, "://"))
    url[--length] = '\0';

  return g_steal_pointer (&url);
}

/* WebDAV folders are read with plain GETs: no GVfs mount is needed, in
 * the Flatpak neither. */
static char *
fetch_base_uri (const char *url)
{
  if (g_str_has_prefix (url, "dav://"))
    return g_strconcat ("http://", url + strlen ("dav://"), NULL);
  if (g_str_has_prefix (url, "davs://"))
    return g_strconcat ("https://", url + strlen ("davs://"), NULL);
  return g_strdup (url);
}

/* ------------------------------------------------------------ state */

static void
set_state (PlnSubscription      *self,
           PlnSubscriptionState  state,
           const char           *error_message)
{
  g_object_freeze_notify (G_OBJECT (self));

  if (state == PLN_SUBSCRIPTION_OFFLINE && self->offline_since == NULL)
    {
      self->offline_since = g_date_time_new_now_local ();
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_OFFLINE_SINCE]);
    }
  else if (state != PLN_SUBSCRIPTION_OFFLINE && self->offline_since != NULL)
    {
      g_clear_pointer (&self->offline_since, g_date_time_unref);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_OFFLINE_SINCE]);
    }

  if (g_strcmp0 (self->error_message, error_message) != 0)
    {
      g_free (self->error_message);
      self->error_message = g_strdup (error_message);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ERROR_MESSAGE]);
    }

  if (self->state != state)
    {
      self->state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATE]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/* ------------------------------------------------------------ refreshing */

static void schedule (PlnSubscription *self);

static void
delete_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;
  GFile *child;

  while (children != NULL && g_file_enumerator_iterate (children, &info, &child, NULL, NULL) && info != NULL)
    delete_tree (child);
  g_file_delete (file, NULL, NULL);
}

static void
delete_folder_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  delete_tree (task_data);
  g_task_return_boolean (task, TRUE);
}

/* The copy and the notes, deleted in a worker: a copy holds every PDF. */
static void
delete_folder (PlnSubscription *self)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, NULL, NULL);

  g_task_set_task_data (task, g_object_ref (self->folder), g_object_unref);
  g_task_run_in_thread (task, delete_folder_thread);
}

/**
 * _pln_subscription_remove_folder:
 *
 * Unsubscribed: no refresh any more, the one under way cancelled, and the
 * subscription's folder (its copy and its notes) deleted once nothing
 * writes to it; no signal is emitted after this.
 */
void
_pln_subscription_remove_folder (PlnSubscription *self)
{
  g_return_if_fail (PLN_IS_SUBSCRIPTION (self));

  pln_subscription_stop (self);
  self->removed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);   /* deleted in fetch_done_cb () */
  else
    delete_folder (self);
}

gboolean
_pln_subscription_get_removed (PlnSubscription *self)
{
  return self->removed;
}

static void
fetch_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  PlnFetch *fetch = task_data;
  GError *error = NULL;

  if (_pln_fetch_run (fetch, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
fetch_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  PlnSubscription *self = PLN_SUBSCRIPTION (object);
  PlnFetch *fetch = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) waiting = g_steal_pointer (&self->waiting);
  g_autoptr(GError) error = NULL;
  gboolean cancelled;

  g_clear_object (&self->cancellable);

  /* Unsubscribed meanwhile: what the refresh wrote goes with the rest. */
  if (self->removed)
    {
      for (guint i = 0; i < waiting->len; i++)
        g_task_return_new_error (waiting->pdata[i], G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s",
                                 _("The subscription was removed"));
      delete_folder (self);
      return;
    }

  self->edition_downloaded = fetch->edition_downloaded;
  self->documents_downloaded = fetch->documents_downloaded;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      self->retry = self->interval;
      set_state (self, PLN_SUBSCRIPTION_ONLINE, NULL);
      if (fetch->publisher != NULL && self->title == NULL)
        pln_subscription_set_title (self, fetch->publisher);
      if (fetch->edition != NULL)
        g_set_object (&self->edition, fetch->edition);
      if (fetch->changed)
        g_signal_emit (self, signals [UPDATED], 0);
      if (fetch->new_documents->len > 0)
        g_signal_emit (self, signals [NEW_DOCUMENTS], 0, fetch->new_documents);
    }
  else if (!(cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)))
    {
      /* Unreachable: try again later, less and less often. */
      self->retry = fetch->offline ? MIN (MAX (self->retry, self->interval / 2) * 2, self->max_interval)
                                   : self->interval;
      set_state (self, fetch->offline ? PLN_SUBSCRIPTION_OFFLINE : PLN_SUBSCRIPTION_ERROR,
                 fetch->offline ? NULL : error->message);
    }

  for (guint i = 0; i < waiting->len; i++)
    if (error != NULL)
      g_task_return_error (waiting->pdata[i], g_error_copy (error));
    else
      g_task_return_boolean (waiting->pdata[i], TRUE);

  schedule (self);
}

static gboolean
timeout_cb (gpointer user_data)
{
  PlnSubscription *self = user_data;

  self->timeout_id = 0;
  pln_subscription_refresh_async (self, NULL, NULL, NULL);
  return G_SOURCE_REMOVE;
}

/* The next refresh, while polling and none is under way. */
static void
schedule (PlnSubscription *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->polling && self->cancellable == NULL)
    self->timeout_id = g_timeout_add (self->retry, timeout_cb, self);
}

/**
 * pln_subscription_refresh_async:
 *
 * Brings the copy up to date in a worker; "updated" is emitted when a new
 * copy is in the cache, "new-documents" with the new non-papers and
 * changed agendas. A refresh asked for while one is under way finishes
 * with it.
 */
void
pln_subscription_refresh_async (PlnSubscription     *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) waiter = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  PlnFetch *fetch;

  g_return_if_fail (PLN_IS_SUBSCRIPTION (self));

  waiter = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (waiter, pln_subscription_refresh_async);

  if (self->removed)
    {
      g_task_return_new_error (waiter, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("The subscription was removed"));
      return;
    }

  if (self->cancellable != NULL)
    {
      g_ptr_array_add (self->waiting, g_steal_pointer (&waiter));
      return;
    }

  if (!g_file_make_directory_with_parents (self->cache, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_task_return_error (waiter, g_steal_pointer (&error));
      return;
    }
  g_chmod (g_file_peek_path (self->folder), 0700);

  self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->waiting, g_steal_pointer (&waiter));
  self->cancellable = g_cancellable_new ();
  g_clear_handle_id (&self->timeout_id, g_source_remove);

  fetch = g_new0 (PlnFetch, 1);
  fetch->base_uri = fetch_base_uri (self->url);
  fetch->edition_uri = g_strconcat (fetch->base_uri, "/" PLN_PUBLIC_EDITION_FILE, NULL);
  fetch->cache = g_object_ref (self->cache);

  task = g_task_new (self, self->cancellable, fetch_done_cb, NULL);
  g_task_set_task_data (task, fetch, (GDestroyNotify) _pln_fetch_free);
  g_task_run_in_thread (task, fetch_thread);
}

gboolean
pln_subscription_refresh_finish (PlnSubscription  *self,
                                 GAsyncResult     *result,
                                 GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * pln_subscription_start:
 *
 * Refreshes now, then every #PLN_SUBSCRIPTION_INTERVAL (backing off while
 * offline), until pln_subscription_stop().
 */
void
pln_subscription_start (PlnSubscription *self)
{
  g_return_if_fail (PLN_IS_SUBSCRIPTION (self));

  if (self->polling)
    return;
  self->polling = TRUE;
  pln_subscription_refresh_async (self, NULL, NULL, NULL);
}

void
pln_subscription_stop (PlnSubscription *self)
{
  g_return_if_fail (PLN_IS_SUBSCRIPTION (self));

  self->polling = FALSE;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
}

/* ------------------------------------------------------------ GObject */

static void
pln_subscription_dispose (GObject *object)
{
  PlnSubscription *self = PLN_SUBSCRIPTION (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (pln_subscription_parent_class)->dispose (object);
}

static void
pln_subscription_finalize (GObject *object)
{
  PlnSubscription *self = PLN_SUBSCRIPTION (object);

  g_free (self->url);
  g_free (self->id);
  g_free (self->title);
  g_clear_object (&self->folder);
  g_clear_object (&self->cache);
  g_clear_pointer (&self->offline_since, g_date_time_unref);
  g_free (self->error_message);
  g_clear_pointer (&self->waiting, g_ptr_array_unref);
  g_clear_object (&self->edition);

  G_OBJECT_CLASS (pln_subscription_parent_class)->finalize (object);
}

static void
pln_subscription_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PlnSubscription *self = PLN_SUBSCRIPTION (object);

  switch (prop_id)
    {
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_TITLE:
      g_value_set_string (value, pln_subscription_get_title (self));
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_OFFLINE_SINCE:
      g_value_set_boxed (value, self->offline_since);
      break;

    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, self->error_message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_subscription_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PlnSubscription *self = PLN_SUBSCRIPTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      pln_subscription_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_subscription_class_init (PlnSubscriptionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pln_subscription_dispose;
  object_class->finalize = pln_subscription_finalize;
  object_class->get_property = pln_subscription_get_property;
  object_class->set_property = pln_subscription_set_property;

  properties [PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /* Who publishes it, as its edition says; the address until known. */
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       PLN_TYPE_SUBSCRIPTION_STATE, PLN_SUBSCRIPTION_ONLINE,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_OFFLINE_SINCE] =
    g_param_spec_boxed ("offline-since", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlnSubscription::updated:
   *
   * A new copy of the edition is in the cache.
   */
  signals [UPDATED] =
    g_signal_new ("updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * PlnSubscription::new-documents:
   * @documents: (element-type PlnPublishedDocument): the non-papers new
   *   since the last copy, and the agendas that changed
   */
  signals [NEW_DOCUMENTS] =
    g_signal_new ("new-documents", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);
}

static void
pln_subscription_init (PlnSubscription *self)
{
  self->interval = PLN_SUBSCRIPTION_INTERVAL;
  self->max_interval = PLN_SUBSCRIPTION_INTERVAL_MAX;
  self->retry = self->interval;
}

/**
 * pln_subscription_new:
 * @url: the published folder, as pln_subscription_normalize_url() gives it
 * @folder: where the copy and the notes are kept
 */
PlnSubscription *
pln_subscription_new (const char *url,
                      GFile      *folder)
{
  PlnSubscription *self;

  g_return_val_if_fail (url != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  self = g_object_new (PLN_TYPE_SUBSCRIPTION, NULL);
  self->url = g_strdup (url);
  self->id = g_file_get_basename (folder);
  self->folder = g_object_ref (folder);
  self->cache = g_file_get_child (folder, PLN_SUBSCRIPTION_CACHE);
  return self;
}

const char *
pln_subscription_get_url (PlnSubscription *self)
{
  g_return_val_if_fail (PLN_IS_SUBSCRIPTION (self), NULL);

  return self->url;
}

/* The name of its folder. */
const char *
pln_subscription_get_id (PlnSubscription *self)
{
  g_return_val_if_fail (PLN_IS_SUBSCRIPTION (self), NULL);

  return self->id;
}

GFile *
pln_subscription_get_folder (PlnSubscription *self)
{
  g_return_val_if_fail (PLN_IS_SUBSCRIPTION (self), NULL);

  return self->folder;
}

/**
 * pln_subscription_get_edition_file:
 *
 * Returns: (transfer full): the last copy of the edition, opened read-only
 */
GFile *
pln_subscription_get_edition_file (PlnSubscription *self)
{
  g_return_val_if_fail (PLN_IS_SUBSCRIPTION (self), NULL);

  return g_file_get_child (self->cache, PLN_PUBLIC_EDITION_FILE);
}

/**
 * pln_subscription_get_document_file:
 * @path: a document's path in the edition ("documents/….pdf")
 *
 * Returns: (transfer full) (nullable): its copy, or %NULL if @path is not
 *   inside the published folder
 */
GFile *
pln_subscription_get_document_file (PlnSubscription *self,
                                    const char      *path)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (PLN_IS_SUBSCRIPTION (self), NULL);

  if (path == NULL || path[0] == '\0' || g_path_is_absolute (path))
    return NULL;
  file = g_file_resolve_relative_path (self->cache, path);
  return g_file_has_prefix (file, self->cache) ? g_steal_pointer (&file) : NULL;
}

gboolean
pln_subscription_has_copy (PlnSubscription *self)
{
  g_autoptr(GFile) file = pln_subscription_get_edition_file (self);

  return g_file_query_exists (file, NULL);
}

const char *
pln_subscription_get_title (PlnSubscription *self)
{
  g_return_val_if_fail (PLN_IS_SUBSCRIPTION (self), NULL);

  return self->title != NULL ? self->title : self->url;
}

void
pln_subscription_set_title (PlnSubscription *self,
                            const char      *title)
{
  g_return_if_fail (PLN_IS_SUBSCRIPTION (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

PlnSubscriptionState
pln_subscription_get_state (PlnSubscription *self)
{
  g_return_val_if_fail (PLN_IS_SUBSCRIPTION (self), PLN_SUBSCRIPTION_ERROR);

  return self->state;
}

/**
 * pln_subscription_get_offline_since:
 *
 * Returns: (transfer none) (nullable): when a refresh first failed to reach
 *   the server, while it still cannot be reached
 */
GDateTime *
pln_subscription_get_offline_since (PlnSubscription *self)
{
  g_return_val_if_fail (PLN_IS_SUBSCRIPTION (self), NULL);

  return self->offline_since;
}

const char *
pln_subscription_get_error_message (PlnSubscription *self)
{
  g_return_val_if_fail (PLN_IS_SUBSCRIPTION (self), NULL);

  return self->error_message;
}

/* The time until the next refresh while polling, in milliseconds. */
guint
pln_subscription_get_retry_interval (PlnSubscription *self)
{
  g_return_val_if_fail (PLN_IS_SUBSCRIPTION (self), 0);

  return self->retry;
}

/**
 * pln_subscription_set_interval:
 * @interval_ms: between refreshes
 * @max_ms: the longest interval backing off reaches
 */
void
pln_subscription_set_interval (PlnSubscription *self,
                               guint            interval_ms,
                               guint            max_ms)
{
  g_return_if_fail (PLN_IS_SUBSCRIPTION (self));
  g_return_if_fail (interval_ms > 0 && max_ms >= interval_ms);

  self->interval = interval_ms;
  self->max_interval = max_ms;
  self->retry = interval_ms;
  schedule (self);
}

/**
 * pln_subscription_get_edition:
 *
 * Returns: (transfer none) (nullable): the edition the last refresh that
 *   brought a new copy read, to name what it brought
 */
PlnWorkspace *
pln_subscription_get_edition (PlnSubscription *self)
{
  g_return_val_if_fail (PLN_IS_SUBSCRIPTION (self), NULL);

  return self->edition;
}

/**
 * pln_subscription_get_last_downloads:
 * @edition: (out): whether the last refresh downloaded the edition
 * @documents: (out): how many documents it downloaded
 */
void
pln_subscription_get_last_downloads (PlnSubscription *self,
                                     gboolean        *edition,
                                     guint           *documents)
{
  g_return_if_fail (PLN_IS_SUBSCRIPTION (self));

  *edition = self->edition_downloaded;
  *documents = self->documents_downloaded;
}
