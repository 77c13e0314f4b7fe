/* pln-store.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pln-demo.h"
#include "pln-error.h"
#include "pln-json.h"
#include "pln-store.h"
#include "pln-workspace.h"

/* A workspace file, kept safe:
 *
 *  - saves replace the file atomically (GIO writes a temporary file and
 *    renames it), so a crash never leaves half a file, and keep the
 *    previous version as "FILE~";
 *  - the etag of what was read is given back to GIO, which refuses to
 *    overwrite a file another program changed since (PLN_ERROR_CHANGED);
 *  - the file and its backup are readable by their owner only, since they
 *    hold delegates' e-mail addresses;
 *  - a file that cannot be read as a workspace is refused and left as it is;
 *  - edits are saved by themselves shortly after they are made.
 */

#define DEFAULT_AUTOSAVE_DELAY_MS 1000

struct _PlnStore
{
  GObject       parent_instance;

  GFile        *file;
  PlnWorkspace *workspace;
  char         *etag;
  GError       *error;

  guint         autosave_delay;
  guint         autosave_source;
  guint64       generation;        /* counts edits */
  guint64       saved_generation;  /* the edit count of what is on disk */
  guint         saving : 1;
  guint         busy : 1;
};

G_DEFINE_FINAL_TYPE (PlnStore, pln_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_WORKSPACE,
  PROP_BUSY,
  PROP_DIRTY,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void schedule_autosave (PlnStore *self);

static void
set_busy (PlnStore *self,
          gboolean  busy)
{
  if (self->busy != !!busy)
    {
      self->busy = !!busy;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
    }
}

static void
set_error (PlnStore     *self,
           const GError *error)
{
  if (self->error == NULL && error == NULL)
    return;

  g_clear_error (&self->error);
  if (error != NULL)
    self->error = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ERROR]);
}

static void
set_saved_generation (PlnStore *self,
                      guint64   generation)
{
  gboolean was_dirty = pln_store_get_dirty (self);

  self->saved_generation = generation;
  if (was_dirty != pln_store_get_dirty (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIRTY]);
}

static void
workspace_changed_cb (PlnStore *self)
{
  gboolean was_dirty = pln_store_get_dirty (self);

  self->generation++;
  if (!was_dirty)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIRTY]);

  schedule_autosave (self);
}

static char *
display_name (GFile *file)
{
  g_autofree char *parse_name = g_file_get_parse_name (file);

  return g_steal_pointer (&parse_name);
}

/* Owner-only permissions, for the file and for GIO's backup, which does
 * not always keep the mode of the original. */
static void
restrict_permissions (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *backup = NULL;

  if (path == NULL)
    return;

  g_chmod (path, 0600);
  backup = g_strconcat (path, "~", NULL);
  if (g_file_test (backup, G_FILE_TEST_EXISTS))
    g_chmod (backup, 0600);
}

/* Turns GIO's refusal to overwrite a changed file into our own error, with
 * what to do about it. */
static void
translate_save_error (PlnStore  *self,
                      GError   **error)
{
  if (error != NULL && *error != NULL &&
      g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    {
      g_autofree char *name = display_name (self->file);

      g_clear_error (error);
      g_set_error (error, PLN_ERROR, PLN_ERROR_CHANGED,
                   _("“%s” was changed by another program since it was opened. "
                     "Reload it to see those changes, or save your workspace elsewhere."),
                   name);
    }
}

static void
replace_contents_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlnStore *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;

  self->saving = FALSE;
  set_busy (self, FALSE);

  if (!g_file_replace_contents_finish (G_FILE (object), result, &etag, &error))
    {
      translate_save_error (self, &error);
      set_error (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_free (self->etag);
  self->etag = g_steal_pointer (&etag);
  restrict_permissions (self->file);
  set_saved_generation (self, GPOINTER_TO_SIZE (g_task_get_task_data (task)));
  set_error (self, NULL);

  /* Edits made while the file was being written are saved next. */
  if (pln_store_get_dirty (self))
    schedule_autosave (self);

  g_task_return_boolean (task, TRUE);
}

static void
autosave_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Failures are in the store's "error" property, which the interface shows. */
  if (!pln_store_save_finish (PLN_STORE (object), result, &error))
    g_debug ("Autosave failed: %s", error->message);
}

static gboolean
autosave_cb (gpointer user_data)
{
  PlnStore *self = user_data;

  self->autosave_source = 0;

  if (self->saving)
    return G_SOURCE_REMOVE;  /* rescheduled when that save finishes */

  pln_store_save_async (self, NULL, autosave_done_cb, NULL);
  return G_SOURCE_REMOVE;
}

static void
schedule_autosave (PlnStore *self)
{
  /* After a concurrent change, nothing is written until the user chooses
   * to reload or to save elsewhere. */
  if (self->error != NULL && g_error_matches (self->error, PLN_ERROR, PLN_ERROR_CHANGED))
    return;

  if (self->autosave_source != 0 || self->autosave_delay == 0)
    return;

  self->autosave_source = g_timeout_add (self->autosave_delay, autosave_cb, self);
}

static void
pln_store_dispose (GObject *object)
{
  PlnStore *self = PLN_STORE (object);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, workspace_changed_cb, self);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pln_store_parent_class)->dispose (object);
}

static void
pln_store_finalize (GObject *object)
{
  PlnStore *self = PLN_STORE (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->etag, g_free);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (pln_store_parent_class)->finalize (object);
}

static void
pln_store_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PlnStore *self = PLN_STORE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, pln_store_get_dirty (self));
      break;

    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_store_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PlnStore *self = PLN_STORE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_store_class_init (PlnStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pln_store_dispose;
  object_class->finalize = pln_store_finalize;
  object_class->get_property = pln_store_get_property;
  object_class->set_property = pln_store_set_property;

  properties [PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         PLN_TYPE_WORKSPACE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL,
                        G_TYPE_ERROR,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pln_store_init (PlnStore *self)
{
  self->autosave_delay = DEFAULT_AUTOSAVE_DELAY_MS;
}

/**
 * pln_store_get_default_file:
 *
 * Returns: (transfer full): the workspace Plenary opens by default,
 *   `$XDG_DATA_HOME/plenary/workspace.json`
 */
GFile *
pln_store_get_default_file (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "plenary", "workspace.json", NULL);
}

PlnStore *
pln_store_new (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (PLN_TYPE_STORE, "file", file, NULL);
}

/**
 * pln_store_get_file:
 *
 * Returns: (transfer none): the workspace file
 */
GFile *
pln_store_get_file (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), NULL);

  return self->file;
}

/**
 * pln_store_get_workspace:
 *
 * Returns: (transfer none) (nullable): the workspace, once loaded
 */
PlnWorkspace *
pln_store_get_workspace (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), NULL);

  return self->workspace;
}

gboolean
pln_store_get_busy (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);

  return self->busy;
}

/**
 * pln_store_get_dirty:
 *
 * Returns: whether there are edits not yet on disk
 */
gboolean
pln_store_get_dirty (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);

  return self->generation != self->saved_generation;
}

/**
 * pln_store_get_error:
 *
 * Returns: (nullable): why the last save failed, if it did
 */
const GError *
pln_store_get_error (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), NULL);

  return self->error;
}

guint
pln_store_get_autosave_delay (PlnStore *self)
{
  g_return_val_if_fail (PLN_IS_STORE (self), 0);

  return self->autosave_delay;
}

/**
 * pln_store_set_autosave_delay:
 * @milliseconds: how long after the last edit to save; 0 turns autosave off
 */
void
pln_store_set_autosave_delay (PlnStore *self,
                              guint     milliseconds)
{
  g_return_if_fail (PLN_IS_STORE (self));

  self->autosave_delay = milliseconds;
}

/**
 * pln_store_set_workspace:
 *
 * Makes @workspace the store's, to be saved to its file (a new or an
 * imported workspace).
 */
void
pln_store_set_workspace (PlnStore     *self,
                         PlnWorkspace *workspace)
{
  g_return_if_fail (PLN_IS_STORE (self));
  g_return_if_fail (workspace == NULL || PLN_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, workspace_changed_cb, self);

  g_set_object (&self->workspace, workspace);

  if (self->workspace != NULL)
    g_signal_connect_swapped (self->workspace, "changed", G_CALLBACK (workspace_changed_cb), self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WORKSPACE]);
}

typedef struct
{
  PlnWorkspace *workspace;
  char         *etag;
} LoadResult;

static void
load_result_free (gpointer data)
{
  LoadResult *result = data;

  g_clear_object (&result->workspace);
  g_free (result->etag);
  g_free (result);
}

static gboolean
file_is_default (GFile *file)
{
  g_autoptr(GFile) default_file = pln_store_get_default_file ();

  return g_file_equal (file, default_file);
}

/* Reads and parses the file; runs in a worker thread for the async load.
 * The default workspace that does not exist yet is created from the demo
 * data, so the first start shows real working groups. */
static LoadResult *
load_file (GFile         *file,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *name = display_name (file);
  PlnWorkspace *workspace;
  LoadResult *result;
  gsize length;

  if (!g_file_load_contents (file, cancellable, &data, &length, &etag, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) && file_is_default (file))
        {
          result = g_new0 (LoadResult, 1);
          result->workspace = pln_demo_new_workspace ();
          return result;
        }

      /* Translators: the first %s is a file name, the second why it cannot be read */
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not read “%s”: %s"), name, local_error->message);
      return NULL;
    }

  workspace = pln_json_parse_workspace (data, length, &local_error);
  if (workspace == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not open “%s”: %s"), name, local_error->message);
      return NULL;
    }

  result = g_new0 (LoadResult, 1);
  result->workspace = workspace;
  result->etag = g_steal_pointer (&etag);
  return result;
}

static void
apply_load_result (PlnStore   *self,
                   LoadResult *result)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_free (self->etag);
  self->etag = g_steal_pointer (&result->etag);
  pln_store_set_workspace (self, result->workspace);
  set_error (self, NULL);

  /* A demo workspace just created is not on disk yet. */
  self->generation = self->etag == NULL ? 1 : 0;
  set_saved_generation (self, 0);
  if (pln_store_get_dirty (self))
    schedule_autosave (self);
}

/**
 * pln_store_load:
 *
 * Reads the workspace from the store's file, replacing the one in memory.
 * A damaged file, one of a newer format or one that is not a workspace is
 * refused with an error naming what is wrong and where; the file is not
 * changed.
 *
 * Returns: %TRUE if the workspace was read
 */
gboolean
pln_store_load (PlnStore      *self,
                GCancellable  *cancellable,
                GError       **error)
{
  LoadResult *result;

  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);

  result = load_file (self->file, cancellable, error);
  if (result == NULL)
    {
      set_error (self, error ? *error : NULL);
      return FALSE;
    }

  apply_load_result (self, result);
  load_result_free (result);
  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  LoadResult *result = load_file (task_data, cancellable, &error);

  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, load_result_free);
}

void
pln_store_load_async (PlnStore            *self,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PLN_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pln_store_load_async);
  g_task_set_task_data (task, g_object_ref (self->file), g_object_unref);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, load_thread);
}

gboolean
pln_store_load_finish (PlnStore      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  LoadResult *loaded;

  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  set_busy (self, FALSE);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    {
      set_error (self, error ? *error : NULL);
      return FALSE;
    }

  apply_load_result (self, loaded);
  load_result_free (loaded);
  return TRUE;
}

static gboolean
ensure_parent (GFile   *file,
               GError **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GError) local_error = NULL;

  if (parent == NULL || g_file_make_directory_with_parents (parent, NULL, &local_error))
    return TRUE;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * pln_store_save:
 *
 * Writes the workspace now, atomically, keeping the previous version as a
 * backup. Fails with %PLN_ERROR_CHANGED, writing nothing, when another
 * program changed the file since it was read.
 *
 * Returns: %TRUE if the workspace is on disk
 */
gboolean
pln_store_save (PlnStore      *self,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *etag = NULL;
  guint64 generation;

  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->workspace != NULL, FALSE);

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (!ensure_parent (self->file, error))
    return FALSE;

  generation = self->generation;
  bytes = pln_json_serialize_workspace (self->workspace);

  if (!g_file_replace_contents (self->file,
                                g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                self->etag, TRUE, G_FILE_CREATE_PRIVATE,
                                &etag, cancellable, error))
    {
      translate_save_error (self, error);
      set_error (self, error ? *error : NULL);
      return FALSE;
    }

  g_free (self->etag);
  self->etag = g_steal_pointer (&etag);
  restrict_permissions (self->file);
  set_saved_generation (self, generation);
  set_error (self, NULL);
  return TRUE;
}

/**
 * pln_store_save_async:
 *
 * Like pln_store_save(), with the file written asynchronously; the
 * workspace is serialised before this returns, so later edits are not
 * half in the file.
 */
void
pln_store_save_async (PlnStore            *self,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PLN_IS_STORE (self));
  g_return_if_fail (self->workspace != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pln_store_save_async);
  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (self->saving)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("The workspace is being saved already"));
      return;
    }

  if (!ensure_parent (self->file, &error))
    {
      set_error (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_set_task_data (task, GSIZE_TO_POINTER (self->generation), NULL);
  bytes = pln_json_serialize_workspace (self->workspace);
  self->saving = TRUE;
  set_busy (self, TRUE);

  g_file_replace_contents_bytes_async (self->file, bytes, self->etag, TRUE,
                                       G_FILE_CREATE_PRIVATE, cancellable,
                                       replace_contents_cb, g_steal_pointer (&task));
}

gboolean
pln_store_save_finish (PlnStore      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * pln_store_save_as:
 * @file: where to save from now on
 *
 * Saves the workspace to @file (replacing it, as the user chose it in a
 * file chooser) and keeps using that file.
 */
gboolean
pln_store_save_as (PlnStore      *self,
                   GFile         *file,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GFile) old_file = NULL;
  g_autofree char *old_etag = NULL;

  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  old_file = g_steal_pointer (&self->file);
  old_etag = g_steal_pointer (&self->etag);
  self->file = g_object_ref (file);

  if (!pln_store_save (self, cancellable, error))
    {
      g_set_object (&self->file, old_file);
      self->etag = g_steal_pointer (&old_etag);
      return FALSE;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILE]);
  return TRUE;
}

/**
 * pln_store_flush:
 *
 * Waits for a save in progress and writes what is not on disk yet; for the
 * application to call before it quits.
 */
gboolean
pln_store_flush (PlnStore  *self,
                 GError   **error)
{
  g_return_val_if_fail (PLN_IS_STORE (self), FALSE);

  while (self->saving)
    g_main_context_iteration (NULL, TRUE);

  if (self->workspace == NULL || !pln_store_get_dirty (self))
    return TRUE;

  return pln_store_save (self, NULL, error);
}
