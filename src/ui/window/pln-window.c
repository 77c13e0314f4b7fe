/* pln-window.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-agenda-import-dialog.h"
#include "pln-calendar-view.h"
#include "pln-format.h"
#include "pln-meeting-page.h"
#include "pln-sidebar.h"
#include "pln-working-group-dialog.h"
#include "pln-window.h"

struct _PlnWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar_pane;
  GtkWidget            *content_pane;
  GtkStack             *sidebar_stack;
  GtkStack             *content_stack;
  GtkStack             *title_stack;
  AdwWindowTitle       *content_title;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  PlnMeetingPage       *meeting_page;
  PlnSidebar           *sidebar;
  PlnCalendarView      *calendar_view;
  GtkRevealer          *banner_revealer;
  GtkLabel             *banner_label;
  GtkWidget            *banner_reload_button;
  GtkWidget            *banner_retry_button;
  GtkWidget            *recover_button;
  GtkWidget            *open_another_button;
  GtkSpinner           *loading_spinner;
  AdwStatusPage        *load_error_page;

  /* Owned references */
  PlnContext           *context;
  GSignalGroup         *store_signals;
  gboolean              discard_confirmed;   /* the user chose to close without saving */
  GFile                *open_next;           /* to open once the unsaved edits are decided on */
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (PlnWindow, pln_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
context_toast_cb (PlnWindow *self,
                  AdwToast  *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar_pane);
}

/* The view switcher belongs to the meeting page: in the header when the
 * window is wide, in a bar at the bottom when it is narrow. */
static void
update_switcher (PlnWindow *self)
{
  gboolean on_meeting;
  AdwViewStack *stack;

  if (self->meeting_page == NULL)
    return;

  on_meeting = g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "meeting") == 0;
  stack = on_meeting ? pln_meeting_page_get_stack (self->meeting_page) : NULL;

  adw_view_switcher_title_set_stack (self->switcher_title, stack);
  adw_view_switcher_bar_set_stack (self->switcher_bar, stack);
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    on_meeting && adw_view_switcher_title_get_title_visible (self->switcher_title));
  gtk_stack_set_visible_child_name (self->title_stack, on_meeting ? "switcher" : "title");
}

static PlnStore *
get_store (PlnWindow *self)
{
  return g_signal_group_dup_target (self->store_signals);
}

/* The workspace could not be opened: why, and when its backup can be
 * read, the offer to open that instead. */
static void
show_load_error (PlnWindow    *self,
                 PlnStore     *store,
                 const GError *error)
{
  GDateTime *saved = pln_store_get_recoverable (store) ? pln_store_get_recovery_time (store) : NULL;
  g_autofree char *escaped = NULL;

  gtk_widget_set_visible (self->recover_button, pln_store_get_recoverable (store));
  if (pln_store_get_recoverable (store))
    gtk_widget_remove_css_class (self->open_another_button, "suggested-action");
  else
    gtk_widget_add_css_class (self->open_another_button, "suggested-action");

  if (saved != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (saved);
      g_autofree char *day = pln_format_day (local);
      g_autofree char *time = pln_format_time (local);
      g_autofree char *offer = NULL;
      g_autofree char *text = NULL;

      /* Translators: the day ("Monday 6 October 2025") and time ("14:32") a backup was saved */
      offer = g_strdup_printf (_("A backup of this workspace, saved on %s at %s, can be opened instead. "
                                 "The damaged file is then kept, unchanged, under another name "
                                 "in the same folder."), day, time);
      text = g_strdup_printf ("%s\n\n%s", error->message, offer);
      escaped = g_markup_escape_text (text, -1);
    }
  else
    {
      escaped = g_markup_escape_text (error->message, -1);
    }

  /* The description is markup; a parser's message quotes "<data>". */
  adw_status_page_set_description (self->load_error_page, escaped);

  gtk_stack_set_visible_child_name (self->content_stack, "load-error");
}

/* A save failed: the edits stay in this window; say why, and what
 * happens next. */
static void
show_save_error (PlnWindow    *self,
                 const GError *error)
{
  gboolean changed = g_error_matches (error, PLN_ERROR, PLN_ERROR_CHANGED);

  if (changed)
    {
      gtk_label_set_text (self->banner_label, error->message);
    }
  else
    {
      g_autofree char *text = NULL;

      /* Translators: %s says why the workspace was not saved ("The disk is full: …") */
      text = g_strdup_printf (_("%s Your changes are kept in this window, "
                                "and saving is tried again with your next change."), error->message);
      gtk_label_set_text (self->banner_label, text);
    }

  gtk_widget_set_visible (self->banner_reload_button, changed);
  gtk_widget_set_visible (self->banner_retry_button, !changed);
}

/* The window follows its store: opening (spinner), failed to open (what
 * went wrong, and the way out), open (sidebar and content), and a banner
 * when a save failed. */
static void
update_state (PlnWindow *self)
{
  g_autoptr(PlnStore) store = get_store (self);
  PlnWorkspace *workspace = store ? pln_store_get_workspace (store) : NULL;
  const GError *error = store ? pln_store_get_error (store) : NULL;
  const char *content = gtk_stack_get_visible_child_name (self->content_stack);

  pln_sidebar_set_workspace (self->sidebar, workspace);
  pln_calendar_view_set_workspace (self->calendar_view, workspace);
  gtk_stack_set_visible_child_name (self->sidebar_stack,
                                    workspace != NULL &&
                                    g_list_model_get_n_items (pln_workspace_get_working_groups (workspace)) > 0
                                    ? "groups" : "empty");

  if (workspace == NULL && error != NULL)
    {
      show_load_error (self, store, error);
    }
  else if (workspace == NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "loading");
    }
  else if (g_strcmp0 (content, "loading") == 0 || g_strcmp0 (content, "load-error") == 0 ||
           g_strcmp0 (content, "welcome") == 0)
    {
      /* Plenary opens on the calendar. */
      gtk_stack_set_visible_child_name (self->content_stack, "calendar");
      adw_window_title_set_title (self->content_title, _("Calendar"));
    }

  if (workspace == NULL && g_strcmp0 (content, "meeting") == 0)
    pln_meeting_page_set_meeting (self->meeting_page, NULL);

  gtk_spinner_set_spinning (self->loading_spinner, workspace == NULL && error == NULL);

  /* A failed save of an open workspace: say so, and offer what helps. */
  gtk_revealer_set_reveal_child (self->banner_revealer, workspace != NULL && error != NULL);
  if (workspace != NULL && error != NULL)
    show_save_error (self, error);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.recover", store != NULL && pln_store_get_recoverable (store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-ics", workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-calendar", workspace != NULL);
}

static void
application_store_changed_cb (PlnWindow *self)
{
  PlnApplication *app = PLN_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  g_signal_group_set_target (self->store_signals, pln_application_get_store (app));
  pln_context_set_store (self->context, pln_application_get_store (app));
  gtk_stack_set_visible_child_name (self->content_stack, "loading");
  update_state (self);
}

static void
sidebar_meeting_activated_cb (PlnSidebar *sidebar,
                              PlnMeeting *meeting,
                              PlnWindow  *self)
{
  pln_window_show_meeting (self, meeting, NULL);
}

static void
unsaved_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     PlnWindow        *self)
{
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
static gboolean
leave_workspace (PlnWindow *self,
                 GFile     *next)
{
  g_autoptr(PlnStore) store = get_store (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (store == NULL || pln_store_get_workspace (store) == NULL || pln_store_flush (store, &error))
    return TRUE;

  g_set_object (&self->open_next, next);

  /* Translators: %s says why the workspace was not saved */
  body = g_strdup_printf (_("%s If you leave this workspace now, the changes made since the last save are lost."),
                          error->message);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Your Changes Are Not Saved"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard Changes"),
                                    "save-as", _("Save _Elsewhere…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save-as",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

static void
open_workspace (PlnWindow *self,
                GFile     *file)
{
  PlnApplication *app = PLN_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  if (leave_workspace (self, file))
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
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  PlnWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      open_workspace (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = workspace_filter ();

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Open Workspace"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_default_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_autoptr(GFile) file = pln_store_get_default_file ();

  open_workspace (PLN_WINDOW (widget), file);
}

static void
show_error (PlnWindow    *self,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     PlnWindow       *self)
{
  g_autoptr(PlnStore) store = get_store (self);

  if (response == GTK_RESPONSE_ACCEPT && store != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;
      PlnApplication *app = PLN_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

      if (pln_store_save_as (store, file, NULL, &error))
        {
          g_autofree char *uri = g_file_get_uri (file);

          g_settings_set_string (pln_application_get_settings (app), "last-workspace", uri);
          pln_window_add_toast (self, adw_toast_new (_("Workspace saved")));
        }
      else
        show_error (self, _("The Workspace Could Not Be Saved"), error);
    }

  g_clear_object (&self->chooser);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = workspace_filter ();

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save Workspace As"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("Workspace.json"));
  g_signal_connect (self->chooser, "response", G_CALLBACK (save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
show_calendar_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->content_stack, "calendar");
  adw_window_title_set_title (self->content_title, _("Calendar"));
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  gtk_widget_grab_focus (GTK_WIDGET (pln_calendar_view_get_month_view (self->calendar_view)));
}

static void
export_ics_response_cb (GtkNativeDialog *dialog,
                        int              response,
                        PlnWindow       *self)
{
  PlnWorkspace *workspace = pln_window_get_workspace (self);

  if (response == GTK_RESPONSE_ACCEPT && workspace != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;

      if (pln_ics_export (pln_workspace_get_meetings (workspace), file, NULL, &error))
        pln_window_add_toast (self, adw_toast_new (_("Calendar exported")));
      else
        show_error (self, _("The Calendar Could Not Be Exported"), error);
    }

  g_clear_object (&self->chooser);
}

static void
export_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("iCalendar Files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Calendar"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("Meetings.ics"));
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_ics_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* The meeting shown, whose agenda an imported one may replace. */
static PlnMeeting *
shown_meeting (PlnWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "meeting") != 0)
    return NULL;
  return pln_meeting_page_get_meeting (self->meeting_page);
}

static void
import_agenda_response_cb (GtkNativeDialog *dialog,
                           int              response,
                           PlnWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      pln_agenda_import_dialog_open_file (self, file, shown_meeting (self));
    }

  g_clear_object (&self->chooser);
}

static void
import_agenda_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  g_autoptr(GtkFileFilter) agendas = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (agendas, _("Agendas (text or PDF)"));
  gtk_file_filter_add_mime_type (agendas, "text/plain");
  gtk_file_filter_add_suffix (agendas, "txt");
  gtk_file_filter_add_mime_type (agendas, "application/pdf");
  gtk_file_filter_add_suffix (agendas, "pdf");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Import Agenda"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), agendas);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect (self->chooser, "response", G_CALLBACK (import_agenda_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* An agenda dropped on the window (a .txt or .pdf from the file manager)
 * is imported as if chosen in Import Agenda…. */
static gboolean
drop_cb (GtkDropTarget *target,
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

  pln_agenda_import_dialog_open_file (self, file, shown_meeting (self));
  return TRUE;
}

/* win.show-meeting ("(ss)": the meeting's id, and the page to show or
 * ""): how pages and dialogs navigate, without holding the window. */
static void
show_meeting_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  PlnWorkspace *workspace = pln_window_get_workspace (self);
  const char *id, *page;
  PlnMeeting *meeting;

  g_variant_get (parameter, "(&s&s)", &id, &page);
  if (workspace == NULL || (meeting = pln_workspace_find_meeting (workspace, id)) == NULL)
    return;

  pln_window_show_meeting (self, meeting, page[0] != '\0' ? page : NULL);
}

/* Ctrl+Z reverts the newest edit that can be undone, as pressing the
 * Undo button of its toast does. */
static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  pln_context_undo (PLN_WINDOW (widget)->context);
}

static void
new_working_group_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  PlnWorkspace *workspace = pln_window_get_workspace (self);
  PlnWorkingGroupDialog *dialog;

  if (workspace == NULL)
    return;

  dialog = pln_working_group_dialog_new (workspace, NULL);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_working_group_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  PlnWorkspace *workspace = pln_window_get_workspace (self);
  PlnWorkingGroup *group;
  PlnWorkingGroupDialog *dialog;

  if (workspace == NULL ||
      (group = pln_workspace_find_working_group (workspace, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  dialog = pln_working_group_dialog_new (workspace, group);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  pln_calendar_view_ask_new_meeting (self->calendar_view, &today);
}

/* What a removal took away, to put back in place on Undo: a meeting, or a
 * working group with its meetings. */
typedef struct
{
  PlnWorkspace    *workspace;
  PlnWorkingGroup *group;
  guint            group_position;
  GPtrArray       *meetings;
  GArray          *positions;
} Removed;

static void
removed_free (gpointer data)
{
  Removed *removed = data;

  g_clear_object (&removed->workspace);
  g_clear_object (&removed->group);
  g_clear_pointer (&removed->meetings, g_ptr_array_unref);
  g_clear_pointer (&removed->positions, g_array_unref);
  g_free (removed);
}

static void
undo_remove (gpointer data)
{
  Removed *removed = data;

  if (removed->group != NULL)
    pln_workspace_insert_working_group (removed->workspace, removed->group_position, removed->group);

  /* Back in the order they were taken out from: the lowest position first. */
  for (guint i = removed->meetings->len; i > 0; i--)
    pln_workspace_insert_meeting (removed->workspace, g_array_index (removed->positions, guint, i - 1),
                                  g_ptr_array_index (removed->meetings, i - 1));
}

static Removed *
removed_new (PlnWorkspace *workspace)
{
  Removed *removed = g_new0 (Removed, 1);

  removed->workspace = g_object_ref (workspace);
  removed->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  removed->positions = g_array_new (FALSE, FALSE, sizeof (guint));
  return removed;
}

static void
take_meeting (Removed    *removed,
              PlnMeeting *meeting)
{
  int position;

  g_ptr_array_add (removed->meetings, g_object_ref (meeting));
  position = pln_workspace_remove_meeting (removed->workspace, meeting);
  g_array_append_val (removed->positions, position);
}

static void
leave_meeting_page (PlnWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "meeting") == 0)
    gtk_stack_set_visible_child_name (self->content_stack, "calendar");
  pln_meeting_page_set_meeting (self->meeting_page, NULL);
}

static void
remove_meeting_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  PlnWorkspace *workspace = pln_window_get_workspace (self);
  PlnMeeting *meeting;
  Removed *removed;

  if (workspace == NULL ||
      (meeting = pln_workspace_find_meeting (workspace, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  if (pln_meeting_page_get_meeting (self->meeting_page) == meeting)
    leave_meeting_page (self);

  removed = removed_new (workspace);
  take_meeting (removed, meeting);
  pln_window_add_undo_toast (self, _("Meeting removed"), undo_remove, removed, removed_free);
}

static void
remove_working_group_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  PlnWorkspace *workspace = pln_window_get_workspace (self);
  g_autoptr(GListStore) meetings = NULL;
  PlnWorkingGroup *group;
  Removed *removed;
  int position;

  if (workspace == NULL ||
      (group = pln_workspace_find_working_group (workspace, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  leave_meeting_page (self);
  removed = removed_new (workspace);
  removed->group = g_object_ref (group);

  /* Its meetings go with it. */
  meetings = pln_workspace_dup_meetings_of (workspace, group);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (meetings)); i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (meetings), i);

      take_meeting (removed, meeting);
    }

  position = pln_workspace_remove_working_group (workspace, group);
  removed->group_position = MAX (position, 0);
  pln_window_add_undo_toast (self, _("Working group removed"), undo_remove, removed, removed_free);
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PlnWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  /* A failure is in the store's error, which the banner shows. */
  if (pln_store_save_finish (PLN_STORE (object), result, &error))
    pln_window_add_toast (self, adw_toast_new (_("Workspace saved")));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  g_autoptr(PlnStore) store = get_store (self);

  if (store == NULL || pln_store_get_workspace (store) == NULL || pln_store_get_busy (store))
    return;

  pln_store_save_async (store, NULL, save_done_cb, g_object_ref (self));
}

static void
recover_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  g_autoptr(PlnStore) store = get_store (self);
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (store == NULL || !pln_store_get_recoverable (store))
    return;

  if (!pln_store_recover (store, &aside, &error))
    {
      show_error (self, _("The Backup Could Not Be Opened"), error);
      return;
    }

  if (aside != NULL)
    {
      name = g_file_get_basename (aside);
      /* Translators: %s is the name the damaged workspace file was given */
      message = g_strdup_printf (_("The backup was opened; the damaged file is kept as “%s”"), name);
      pln_window_add_toast (self, adw_toast_new (message));
    }
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  g_autoptr(PlnStore) store = get_store (self);
  g_autoptr(GError) error = NULL;

  /* The other program's version replaces the unsaved edits, as the user
   * chose; the meeting shown belongs to the old workspace. */
  if (store == NULL)
    return;

  pln_meeting_page_set_meeting (self->meeting_page, NULL);
  gtk_stack_set_visible_child_name (self->content_stack, "calendar");
  if (!pln_store_load (store, NULL, &error))
    show_error (self, _("The Workspace Could Not Be Reloaded"), error);
}

static void
bind_window_state (PlnWindow *self,
                   GSettings *settings)
{
  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

/* Closing saves what is pending; when that fails, the edits would be lost
 * with the window, so the user decides. */
static gboolean
pln_window_close_request (GtkWindow *window)
{
  PlnWindow *self = PLN_WINDOW (window);

  if (!self->discard_confirmed && !leave_workspace (self, NULL))
    return TRUE;

  return GTK_WINDOW_CLASS (pln_window_parent_class)->close_request (window);
}

static void
pln_window_dispose (GObject *object)
{
  PlnWindow *self = PLN_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->open_next);
  g_clear_object (&self->context);
  gtk_widget_dispose_template (GTK_WIDGET (object), PLN_TYPE_WINDOW);

  G_OBJECT_CLASS (pln_window_parent_class)->dispose (object);
}

static void
pln_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PlnWindow *self = PLN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_window_class_init (PlnWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pln_window_dispose;
  object_class->get_property = pln_window_get_property;
  window_class->close_request = pln_window_close_request;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         PLN_TYPE_CONTEXT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PLN_TYPE_MEETING_PAGE);
  g_type_ensure (PLN_TYPE_SIDEBAR);
  g_type_ensure (PLN_TYPE_CALENDAR_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, sidebar_pane);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, title_stack);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, meeting_page);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, calendar_view);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, banner_reload_button);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, banner_retry_button);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, recover_button);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, open_another_button);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, load_error_page);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_meeting_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-default", NULL, open_default_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.recover", NULL, recover_action);
  gtk_widget_class_install_action (widget_class, "win.show-calendar", NULL, show_calendar_action);
  gtk_widget_class_install_action (widget_class, "win.export-ics", NULL, export_ics_action);
  gtk_widget_class_install_action (widget_class, "win.import-agenda", NULL, import_agenda_action);
  gtk_widget_class_install_action (widget_class, "win.new-working-group", NULL, new_working_group_action);
  gtk_widget_class_install_action (widget_class, "win.edit-working-group", "s", edit_working_group_action);
  gtk_widget_class_install_action (widget_class, "win.remove-working-group", "s", remove_working_group_action);
  gtk_widget_class_install_action (widget_class, "win.new-meeting", NULL, new_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.show-meeting", "(ss)", show_meeting_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_install_action (widget_class, "win.remove-meeting", "s", remove_meeting_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-meeting", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-calendar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
}

static void
pln_window_init (PlnWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->store_signals = g_signal_group_new (PLN_TYPE_STORE);
  g_signal_group_connect_swapped (self->store_signals, "notify::workspace", G_CALLBACK (update_state), self);
  g_signal_group_connect_swapped (self->store_signals, "notify::error", G_CALLBACK (update_state), self);
  g_signal_group_connect_swapped (self->store_signals, "notify::recoverable", G_CALLBACK (update_state), self);

  {
    GtkDropTarget *target = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);

    g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  }

  g_signal_connect_object (self->content_stack, "notify::visible-child-name",
                           G_CALLBACK (update_switcher), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->switcher_title, "notify::title-visible",
                           G_CALLBACK (update_switcher), self, G_CONNECT_SWAPPED);
}

PlnWindow *
pln_window_new (PlnApplication *application)
{
  PlnWindow *self;

  g_return_val_if_fail (PLN_IS_APPLICATION (application), NULL);

  self = g_object_new (PLN_TYPE_WINDOW,
                       "application", application,
                       NULL);
  bind_window_state (self, pln_application_get_settings (application));

  /* The pages get what they need through the context, bound in the
   * window's template. */
  self->context = pln_context_new (G_APPLICATION (application), pln_application_get_settings (application));
  g_signal_connect_object (self->context, "toast", G_CALLBACK (context_toast_cb), self, G_CONNECT_SWAPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);

  g_signal_connect_object (application, "notify::store",
                           G_CALLBACK (application_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  application_store_changed_cb (self);

  return self;
}

/**
 * pln_window_add_toast:
 * @self: a #PlnWindow
 * @toast: (transfer full): the toast to show
 *
 * Shows @toast over the window's content.
 */
void
pln_window_add_toast (PlnWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (PLN_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * pln_window_show_meeting:
 * @self: a #PlnWindow
 * @meeting: the meeting to show
 * @page: (nullable): the name of the page to show ("overview", "agenda",
 *   "registrations", "recommendations"), or %NULL to keep the current one
 *
 * Shows @meeting in the content area, and the content area itself when the
 * window is narrow.
 */
void
pln_window_show_meeting (PlnWindow  *self,
                         PlnMeeting *meeting,
                         const char *page)
{
  g_return_if_fail (PLN_IS_WINDOW (self));
  g_return_if_fail (PLN_IS_MEETING (meeting));

  pln_meeting_page_set_meeting (self->meeting_page, meeting);
  if (PLN_IS_MEETING (meeting))
    {
      PlnWorkingGroup *group = pln_meeting_get_working_group (PLN_MEETING (meeting));
      g_autofree char *title = pln_format_meeting_short_title (PLN_MEETING (meeting));

      adw_view_switcher_title_set_title (self->switcher_title, title);
      adw_view_switcher_title_set_subtitle (self->switcher_title,
                                            group ? pln_working_group_get_display_name (group) : NULL);
    }
  if (page != NULL)
    pln_meeting_page_set_visible_page (self->meeting_page, page);

  gtk_stack_set_visible_child_name (self->content_stack, "meeting");
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
}

/**
 * pln_window_add_undo_toast:
 * @self: a #PlnWindow
 * @title: what was done, e.g. "Meeting removed"
 * @undo: called when the user presses Undo
 * @user_data: data for @undo, owned by the undo queue
 * @destroy: (nullable): frees @user_data when the edit is dropped
 *
 * pln_context_add_undo() on the window's context.
 */
void
pln_window_add_undo_toast (PlnWindow      *self,
                           const char     *title,
                           PlnUndoFunc     undo,
                           gpointer        user_data,
                           GDestroyNotify  destroy)
{
  g_return_if_fail (PLN_IS_WINDOW (self));

  pln_context_add_undo (self->context, title, undo, user_data, destroy);
}

/**
 * pln_window_get_context:
 *
 * Returns: (transfer none): what the window's pages are given
 */
PlnContext *
pln_window_get_context (PlnWindow *self)
{
  g_return_val_if_fail (PLN_IS_WINDOW (self), NULL);

  return self->context;
}

/**
 * pln_window_get_workspace:
 *
 * Returns: (transfer none) (nullable): the workspace shown, once open
 */
PlnWorkspace *
pln_window_get_workspace (PlnWindow *self)
{
  g_autoptr(PlnStore) store = NULL;

  g_return_val_if_fail (PLN_IS_WINDOW (self), NULL);

  store = get_store (self);
  return store ? pln_store_get_workspace (store) : NULL;
}
