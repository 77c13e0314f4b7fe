/* pln-window-files.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-agenda-import-dialog.h"
#include "pln-compat.h"
#include "pln-export-flow.h"
#include "pln-merge-dialog.h"
#include "pln-window-private.h"

/* How many workspaces Open Recent lists. */
#define PLN_N_RECENT 5

/* The workspace's files: opening another (never without deciding about
 * edits that could not be saved), saving now and elsewhere, reloading,
 * opening the backup of a damaged one, exporting the calendar, importing
 * an agenda (chosen or dropped on the window). */

static void
unsaved_response_cb (GObject    *owner,
                     const char *response)
{
  PlnWindow *self = PLN_WINDOW (owner);
  g_autoptr(GFile) next = g_steal_pointer (&self->open_next);

  if (g_strcmp0 (response, "discard") == 0)
    {
      PlnApplication *app = PLN_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

      self->discard_confirmed = TRUE;
      if (next != NULL)
        pln_application_open_file (app, next);
      else
        gtk_window_close (GTK_WINDOW (self));
      self->discard_confirmed = FALSE;
    }
  else if (g_strcmp0 (response, "save-as") == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
    }
}

/* Saves what is pending before the workspace is left (the window closed,
 * or @next opened). When that fails, the edits would be lost, so the user
 * decides: cancel, save elsewhere, or leave without them.
 *
 * Returns: whether the workspace may be left now */
gboolean
_pln_window_leave_workspace (PlnWindow *self,
                 GFile     *next)
{
  g_autoptr(PlnStore) store = _pln_window_dup_store (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  const PlnAlertResponse responses[] = {
    { "cancel", _("_Cancel"), ADW_RESPONSE_DEFAULT },
    { "discard", _("_Discard Changes"), ADW_RESPONSE_DESTRUCTIVE },
    { "save-as", _("Save _Elsewhere…"), ADW_RESPONSE_SUGGESTED },
  };

  if (store == NULL || pln_store_get_workspace (store) == NULL || pln_store_flush (store, &error))
    return TRUE;

  g_set_object (&self->open_next, next);

  /* Translators: %s says why the workspace was not saved */
  body = g_strdup_printf (_("%s If you leave this workspace now, the changes made since the last save are lost."),
                          error->message);
  pln_alert_present (GTK_WIDGET (self), _("Your Changes Are Not Saved"), body, NULL,
                     responses, G_N_ELEMENTS (responses), "save-as", "cancel",
                     G_OBJECT (self), unsaved_response_cb);
  return FALSE;
}


static void
open_workspace (PlnWindow *self,
                GFile     *file)
{
  PlnApplication *app = PLN_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  if (_pln_window_leave_workspace (self, file))
    pln_application_open_file (app, file);
}


static GtkFileFilter *
workspace_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Plenary Workspaces"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  return filter;
}


static void
open_chosen_cb (GObject *owner,
                GFile   *file)
{
  if (file != NULL)
    open_workspace (PLN_WINDOW (owner), file);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autoptr(GtkFileFilter) filter = workspace_filter ();

  pln_choose_file_to_open (widget, _("Open Workspace"), _("_Open"), filter, G_OBJECT (widget), open_chosen_cb);
}

/* The default workspace; while there is none, the first start's choice. */
static void
open_default_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_autoptr(GFile) file = pln_store_get_default_file ();

  open_workspace (PLN_WINDOW (widget), file);
}

/* The sample workspace, apart from the user's own, made the first time. */
static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = pln_application_get_sample_file ();
  g_autoptr(GError) error = NULL;

  if (!pln_application_create_sample (&error))
    {
      _pln_window_show_error (PLN_WINDOW (widget), _("The Sample Workspace Could Not Be Opened"), error);
      return;
    }

  open_workspace (PLN_WINDOW (widget), file);
}

/* A default workspace of one's own, empty, from the first start's choice. */
static void
start_empty_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = pln_store_get_default_file ();
  g_autoptr(GError) error = NULL;

  if (!pln_application_create_empty (&error))
    {
      _pln_window_show_error (PLN_WINDOW (widget), _("The Workspace Could Not Be Created"), error);
      return;
    }

  open_workspace (PLN_WINDOW (widget), file);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  open_workspace (PLN_WINDOW (widget), file);
}

static void
no_recent_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;

  return g_date_time_compare (gtk_recent_info_get_modified (info_b), gtk_recent_info_get_modified (info_a));
}

/* A workspace Plenary opened or saved, still there. */
static gboolean
is_recent_workspace (GtkRecentInfo *info)
{
  return gtk_recent_info_has_application (info, PLN_RECENT_APP_NAME) &&
         g_str_has_suffix (gtk_recent_info_get_uri (info), ".json") &&
         gtk_recent_info_exists (info);
}

/* A file name shown in a menu: its underscores are not mnemonics. */
static char *
menu_label (const char *name)
{
  g_auto(GStrv) parts = g_strsplit (name, "_", -1);

  return g_strjoinv ("__", parts);
}

/**
 * _pln_window_update_recent:
 *
 * Fills Open Recent with the last workspaces opened or saved.
 */
void
_pln_window_update_recent (PlnWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) recent = g_ptr_array_new ();

  for (GList *l = items; l != NULL; l = l->next)
    if (is_recent_workspace (l->data))
      g_ptr_array_add (recent, l->data);
  g_ptr_array_sort (recent, newest_first);

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < MIN (recent->len, PLN_N_RECENT); i++)
    {
      GtkRecentInfo *info = recent->pdata[i];
      g_autofree char *label = menu_label (gtk_recent_info_get_display_name (info));
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
    }

  if (recent->len == 0)
    g_menu_append (self->recent_menu, _("No Recent Workspaces"), "win.no-recent");

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}


static void
saved_as_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PlnWindow) self = user_data;
  PlnStore *store = PLN_STORE (object);
  g_autoptr(GError) error = NULL;
  PlnApplication *app = PLN_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autofree char *uri = NULL;

  if (!pln_store_save_as_finish (store, result, &error))
    {
      _pln_window_show_error (self, _("The Workspace Could Not Be Saved"), error);
      return;
    }

  uri = g_file_get_uri (pln_store_get_file (store));
  if (app != NULL)
    g_settings_set_string (pln_application_get_settings (app), "last-workspace", uri);
  pln_context_add_toast (self->context, adw_toast_new (_("Workspace saved")));
}

/* Written in a worker: the place chosen may be a share's. */
static void
save_as_chosen_cb (GObject *owner,
                   GFile   *file)
{
  PlnWindow *self = PLN_WINDOW (owner);
  g_autoptr(PlnStore) store = _pln_window_dup_store (self);

  if (file == NULL || store == NULL || pln_store_get_workspace (store) == NULL)
    return;

  pln_store_save_as_async (store, file, NULL, saved_as_cb, g_object_ref (self));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  pln_choose_file (widget, GTK_FILE_CHOOSER_ACTION_SAVE, _("Save Workspace As"), _("_Save"),
                   _("Workspace.json"), NULL, G_OBJECT (widget), save_as_chosen_cb);
}

static gboolean
write_calendar (GObject  *owner,
                GFile    *file,
                GError  **error)
{
  PlnWorkspace *workspace = pln_window_get_workspace (PLN_WINDOW (owner));

  if (workspace == NULL)
    return TRUE;
  return pln_ics_export (pln_workspace_get_meetings (workspace), file, NULL, error);
}

static void
export_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  const PlnExportFlow flow = {
    .chooser_title = _("Export Calendar"),
    .suggested_name = _("Meetings.ics"),
    .error_heading = _("The Calendar Could Not Be Exported"),
    .done_message = _("Calendar exported"),
  };

  pln_export_flow_run (&flow, widget, self->context, G_OBJECT (self), write_calendar);
}

static void
agenda_chosen_cb (GObject *owner,
                  GFile   *file)
{
  PlnWindow *self = PLN_WINDOW (owner);

  if (file != NULL)
    pln_agenda_import_dialog_open (GTK_WINDOW (self), self->context, file, _pln_window_get_shown_meeting (self));
}

static void
import_agenda_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  g_autoptr(GtkFileFilter) agendas = gtk_file_filter_new ();

  gtk_file_filter_set_name (agendas, _("Agendas (text or PDF)"));
  gtk_file_filter_add_mime_type (agendas, "text/plain");
  gtk_file_filter_add_suffix (agendas, "txt");
  gtk_file_filter_add_mime_type (agendas, "application/pdf");
  gtk_file_filter_add_suffix (agendas, "pdf");

  pln_choose_file_to_open (widget, _("Import Agenda"), _("_Open"), agendas, G_OBJECT (widget), agenda_chosen_cb);
}

/* An agenda dropped on the window (a .txt or .pdf from the file manager)
 * is imported as if chosen in Import Agenda…. */
gboolean
_pln_window_drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PlnWindow     *self)
{
  GFile *file = g_value_get_object (value);
  g_autofree char *name = file ? g_file_get_basename (file) : NULL;
  g_autofree char *lower = name ? g_ascii_strdown (name, -1) : NULL;

  if (lower == NULL || !(g_str_has_suffix (lower, ".txt") || g_str_has_suffix (lower, ".pdf")))
    return FALSE;

  pln_agenda_import_dialog_open (GTK_WINDOW (self), self->context, file, _pln_window_get_shown_meeting (self));
  return TRUE;
}


static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PlnWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  /* A failure is in the store's error, which the banner shows; so is a
   * server that cannot be reached (the edits are kept on this computer). */
  if (!pln_store_save_finish (PLN_STORE (object), result, &error))
    return;

  if (pln_store_get_state (PLN_STORE (object)) == PLN_STORE_STATE_OFFLINE)
    pln_context_add_toast (self->context,
                           adw_toast_new (_("The server cannot be reached yet: changes kept on this computer")));
  else
    pln_context_add_toast (self->context, adw_toast_new (_("Workspace saved")));
}


static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  g_autoptr(PlnStore) store = _pln_window_dup_store (self);

  if (store == NULL || pln_store_get_workspace (store) == NULL || pln_store_get_busy (store))
    return;

  pln_store_save_async (store, NULL, save_done_cb, g_object_ref (self));
}


/* The banner's Choose Changes: the conflicts with someone else's changes,
 * each given a version in a dialog that then saves. */
static void
choose_changes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  g_autoptr(PlnStore) store = _pln_window_dup_store (self);
  PlnMergeDialog *dialog;

  if (store == NULL || pln_store_get_merge (store) == NULL)
    return;

  dialog = pln_merge_dialog_new (store);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}


static void
recover_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  g_autoptr(PlnStore) store = _pln_window_dup_store (self);
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (store == NULL || !pln_store_get_recoverable (store))
    return;

  if (!pln_store_recover (store, &aside, &error))
    {
      _pln_window_show_error (self, _("The Backup Could Not Be Opened"), error);
      return;
    }

  if (aside != NULL)
    {
      name = g_file_get_basename (aside);
      /* Translators: %s is the name the damaged workspace file was given */
      message = g_strdup_printf (_("The backup was opened; the damaged file is kept as “%s”"), name);
      pln_context_add_toast (self->context, adw_toast_new (message));
    }
}


static void
reload_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PlnWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pln_store_load_finish (PLN_STORE (object), result, &error))
    _pln_window_show_error (self, _("The Workspace Could Not Be Reloaded"), error);
}


static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  g_autoptr(PlnStore) store = _pln_window_dup_store (self);

  /* The other program's version replaces the unsaved edits, as the user
   * chose; the meeting shown belongs to the old workspace. */
  if (store == NULL)
    return;

  _pln_window_leave_meeting_page (self);
  _pln_window_show_content (self, pln_store_get_workspace (store) != NULL ? "calendar" : "loading");
  _pln_window_set_loading (self, pln_store_get_workspace (store) == NULL);
  /* In a worker: a share's server can take its time. */
  pln_store_load_async (store, NULL, reload_done_cb, g_object_ref (self));
}


void
_pln_window_class_init_files (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-default", NULL, open_default_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.start-empty", NULL, start_empty_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  /* Disabled: the placeholder of an empty Open Recent. */
  gtk_widget_class_install_action (widget_class, "win.no-recent", NULL, no_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.choose-changes", NULL, choose_changes_action);
  gtk_widget_class_install_action (widget_class, "win.recover", NULL, recover_action);
  gtk_widget_class_install_action (widget_class, "win.export-ics", NULL, export_ics_action);
  gtk_widget_class_install_action (widget_class, "win.import-agenda", NULL, import_agenda_action);
}
