/* pln-window-edit.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-format.h"
#include "pln-working-group-dialog.h"
#include "pln-window-private.h"

/* Working groups and meetings added, edited and removed from the sidebar
 * (a removal can be undone), Ctrl+Z, and win.show-meeting. */

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
  pln_calendar_view_ask_new_meeting (_pln_window_ensure_calendar_view (self), &today);
}


/* What a removal took away, to put back in place on Undo: a meeting, or a
 * working group with its meetings; and the meeting that was shown, to
 * show again. */
typedef struct
{
  PlnWorkspace    *workspace;
  PlnWorkingGroup *group;
  guint            group_position;
  GPtrArray       *meetings;
  GArray          *positions;
  GWeakRef         window;
  PlnMeeting      *shown;
} Removed;


static void
removed_free (gpointer data)
{
  Removed *removed = data;

  g_clear_object (&removed->workspace);
  g_clear_object (&removed->group);
  g_clear_pointer (&removed->meetings, g_ptr_array_unref);
  g_clear_pointer (&removed->positions, g_array_unref);
  g_weak_ref_clear (&removed->window);
  g_clear_object (&removed->shown);
  g_free (removed);
}


static void
undo_remove (gpointer data)
{
  Removed *removed = data;
  g_autoptr(PlnWindow) window = g_weak_ref_get (&removed->window);

  if (removed->group != NULL)
    pln_workspace_insert_working_group (removed->workspace, removed->group_position, removed->group);

  /* Back in the order they were taken out from: the lowest position first. */
  for (guint i = removed->meetings->len; i > 0; i--)
    pln_workspace_insert_meeting (removed->workspace, g_array_index (removed->positions, guint, i - 1),
                                  g_ptr_array_index (removed->meetings, i - 1));

  /* Back where the user was, the sidebar's selection with it. */
  if (window != NULL && removed->shown != NULL && pln_window_get_workspace (window) == removed->workspace)
    pln_window_show_meeting (window, removed->shown, NULL);
}


static Removed *
removed_new (PlnWindow    *window,
             PlnWorkspace *workspace)
{
  Removed *removed = g_new0 (Removed, 1);

  g_weak_ref_init (&removed->window, window);
  removed->workspace = g_object_ref (workspace);
  removed->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  removed->positions = g_array_new (FALSE, FALSE, sizeof (guint));
  return removed;
}


static void
take_meeting (Removed    *removed,
              PlnMeeting *meeting)
{
  g_autoptr(PlnWindow) window = g_weak_ref_get (&removed->window);
  int position;

  g_ptr_array_add (removed->meetings, g_object_ref (meeting));
  if (window != NULL && _pln_window_get_shown_meeting (window) == meeting)
    {
      g_set_object (&removed->shown, meeting);
      _pln_window_leave_meeting_page (window);
    }

  position = pln_workspace_remove_meeting (removed->workspace, meeting);
  g_array_append_val (removed->positions, position);
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

  removed = removed_new (self, workspace);
  take_meeting (removed, meeting);
  pln_context_add_undo (self->context, _("Meeting removed"), undo_remove, removed, removed_free);
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

  removed = removed_new (self, workspace);
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
  pln_context_add_undo (self->context, _("Working group removed"), undo_remove, removed, removed_free);
}


void
_pln_window_class_init_edit (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-working-group", NULL, new_working_group_action);
  gtk_widget_class_install_action (widget_class, "win.edit-working-group", "s", edit_working_group_action);
  gtk_widget_class_install_action (widget_class, "win.remove-working-group", "s", remove_working_group_action);
  gtk_widget_class_install_action (widget_class, "win.new-meeting", NULL, new_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.show-meeting", "(ss)", show_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.remove-meeting", "s", remove_meeting_action);
}
