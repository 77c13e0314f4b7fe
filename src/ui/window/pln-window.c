/* pln-window.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-compat.h"
#include "pln-format.h"
#include "pln-accessible.h"
#include "pln-window-private.h"

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


/* The header names what is shown: on a meeting's pages, the meeting
 * ("SOM · Meeting 12") and its working group, kept up to date as they
 * are edited. */
static void
update_title (PlnWindow *self)
{
  PlnMeeting *meeting = _pln_window_get_shown_meeting (self);
  const char *content = gtk_stack_get_visible_child_name (self->content_stack);
  PlnWorkingGroup *group = meeting ? pln_meeting_get_working_group (meeting) : NULL;

  g_signal_group_set_target (self->group_signals, group);

  if (meeting != NULL)
    {
      g_autofree char *title = pln_sidebar_format_meeting (meeting);

      adw_window_title_set_title (self->content_title, title);
      adw_window_title_set_subtitle (self->content_title, group ? pln_working_group_get_display_name (group) : NULL);
    }
  else
    {
      if (g_strcmp0 (content, "compendium") == 0)
        /* Translators: the title of the compendium's view */
        adw_window_title_set_title (self->content_title, _("Compendium"));
      else
        adw_window_title_set_title (self->content_title, g_strcmp0 (content, "calendar") == 0 ? _("Calendar") : "");
      adw_window_title_set_subtitle (self->content_title, NULL);
    }
}


/* The menu of the meeting shown, whose actions name its working group. */
static void
update_meeting_menu (PlnWindow *self)
{
  PlnMeeting *meeting = _pln_window_get_shown_meeting (self);

  if (meeting != NULL)
    {
      g_autoptr(GMenuModel) menu = pln_sidebar_create_menu (G_OBJECT (meeting));

      gtk_menu_button_set_menu_model (self->meeting_menu_button, menu);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->meeting_menu_button), meeting != NULL);
}


/* The meeting shown moved to another working group: its menu names the
 * new one, and the sidebar selects it there. */
static void
working_group_changed_cb (PlnWindow *self)
{
  update_meeting_menu (self);
  pln_sidebar_set_shown_meeting (self->sidebar, _pln_window_get_shown_meeting (self));
}


/* What follows the meeting shown: the header, the view switcher and the
 * meeting's menu, and the sidebar's selection. */
static void
update_shown (PlnWindow *self)
{
  PlnMeeting *meeting = _pln_window_get_shown_meeting (self);
  AdwViewStack *stack = meeting ? pln_meeting_page_get_stack (self->meeting_page) : NULL;

  g_signal_group_set_target (self->meeting_signals, meeting);
  update_title (self);

  adw_view_switcher_set_stack (self->wide_switcher, stack);
  adw_view_switcher_set_stack (self->narrow_switcher, stack);
  gtk_widget_set_visible (self->switcher_row, meeting != NULL);

  update_meeting_menu (self);
  pln_sidebar_set_shown_meeting (self->sidebar, meeting);
}


/* The meeting shown was taken out of the workspace (an import undone, a
 * working group removed): the window no longer shows it. */
static void
meetings_changed_cb (PlnWindow *self)
{
  PlnMeeting *meeting = _pln_window_get_shown_meeting (self);
  PlnWorkspace *workspace = pln_window_get_workspace (self);

  if (meeting != NULL &&
      (workspace == NULL || pln_workspace_find_meeting (workspace, pln_meeting_get_id (meeting)) != meeting))
    _pln_window_leave_meeting_page (self);
}


/* The subtitle of the sidebar's header: whether the edits are on disk,
 * and that the sample workspace is sample data. */
static void
update_workspace_title (PlnWindow *self)
{
  g_autoptr(PlnStore) store = _pln_window_dup_store (self);
  PlnApplication *app = PLN_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  gboolean sample = app != NULL && pln_application_get_sample_open (app);
  g_autofree char *subtitle = NULL;
  const char *state = NULL;

  if (store != NULL && pln_store_get_workspace (store) != NULL)
    {
      if (pln_workspace_is_read_only (pln_store_get_workspace (store)))
        /* Translators: the sidebar's subtitle for a secretariat's public edition, which cannot be edited */
        state = _("Read-only");
      else if (pln_store_get_state (store) == PLN_STORE_STATE_OFFLINE)
        /* Translators: the sidebar's subtitle while the workspace's server cannot be reached */
        state = _("Offline");
      else if (pln_store_get_error (store) != NULL)
        state = _("Not saved");
      else if (pln_store_get_busy (store))
        state = _("Saving…");
      else if (pln_store_get_dirty (store))
        state = _("Not saved yet");
      else
        state = _("Saved");
    }

  if (sample && state != NULL)
    /* Translators: the sidebar's subtitle while the sample workspace is open; %s is "Saved", "Not saved yet"… */
    subtitle = g_strdup_printf (_("Sample data · %s"), state);
  else if (sample)
    subtitle = g_strdup (_("Sample data"));
  else
    subtitle = g_strdup (state);

  adw_window_title_set_subtitle (self->workspace_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), sample ? _("Plenary — Sample Data") : _("Plenary"));
}


/* The calendar could not be published after a save: said once, as a toast
 * (the save itself went through). */
static void
store_published_cb (PlnWindow    *self,
                    const GError *error)
{
  if (error != NULL)
    pln_context_add_toast (self->context, adw_toast_new (error->message));
}


PlnStore *
_pln_window_dup_store (PlnWindow *self)
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

  gboolean remote = !g_file_is_native (pln_store_get_file (store));

  gtk_widget_set_visible (self->recover_button, pln_store_get_recoverable (store));
  gtk_widget_set_visible (self->retry_load_button, remote);
  if (pln_store_get_recoverable (store) || remote)
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
  adw_status_page_set_icon_name (self->load_error_page, "dialog-warning-symbolic");

  gtk_stack_set_visible_child_name (self->content_stack, "load-error");
}


/* A save failed: the edits stay in this window; say why, and what
 * happens next. */
static void
show_save_error (PlnWindow    *self,
                 PlnStore     *store,
                 const GError *error)
{
  gboolean changed = g_error_matches (error, PLN_ERROR, PLN_ERROR_CHANGED);
  PlnMerge *merge = pln_store_get_merge (store);

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
  gtk_widget_set_visible (self->banner_save_as_button, TRUE);
  gtk_widget_set_visible (self->banner_choose_button, merge != NULL && pln_merge_get_n_conflicts (merge) > 0);
}

/* The actions that change the workspace or write it, disabled for a
 * public edition. Everything else (navigation, search, export, print,
 * reload, open) reads only. */
static const char * const editing_actions[] = {
  "win.new-working-group", "win.edit-working-group", "win.remove-working-group",
  "win.new-meeting", "win.remove-meeting", "win.undo", "win.save", "win.save-as",
  "win.choose-changes", "win.recover", "win.import-agenda", "win.publish", NULL
};

static const char * const always_enabled[] = {
  "win.edit-working-group", "win.remove-working-group", "win.undo", "win.remove-meeting", NULL
};

/* A public edition: who publishes it and when it was last updated; it
 * cannot be edited here, and there is nothing to do about that. */
static void
show_read_only (PlnWindow    *self,
                PlnWorkspace *workspace)
{
  GDateTime *published = pln_workspace_get_published (workspace);
  g_autoptr(GDateTime) local = published != NULL ? g_date_time_to_local (published) : NULL;
  g_autofree char *when = NULL;
  g_autofree char *text = _pln_window_dup_subscription_banner (self, workspace);

  if (local != NULL)
    {
      g_autofree char *day = g_strstrip (g_date_time_format (local, C_("sidebar date", "%-d %b %Y")));
      g_autofree char *time = pln_format_time (local);

      /* Translators: a date ("6 Oct 2025") and a time of day ("14:32") */
      when = g_strdup_printf (C_("date and time", "%s, %s"), day, time);
    }

  if (text == NULL)
    /* Translators: the name of the secretariat, then the date and time it last updated what it publishes */
    text = g_strdup_printf (_("Published by %s for delegations, last updated %s. This edition is read-only."),
                            pln_workspace_get_publisher (workspace) ?: _("a secretariat"), when ?: "—");
  gtk_label_set_text (self->banner_label, text);
  gtk_widget_set_visible (self->banner_reload_button, FALSE);
  gtk_widget_set_visible (self->banner_retry_button, FALSE);
  gtk_widget_set_visible (self->banner_choose_button, FALSE);
  gtk_widget_set_visible (self->banner_save_as_button, FALSE);
}

/* The calendar, made the first time it is shown. */
PlnCalendarView *
_pln_window_ensure_calendar_view (PlnWindow *self)
{
  g_autoptr(PlnStore) store = NULL;

  if (self->calendar_view != NULL)
    return self->calendar_view;

  self->calendar_view = g_object_new (PLN_TYPE_CALENDAR_VIEW, NULL);
  g_object_bind_property (self, "context", self->calendar_view, "context", G_BINDING_SYNC_CREATE);
  store = _pln_window_dup_store (self);
  pln_calendar_view_set_workspace (self->calendar_view, store != NULL ? pln_store_get_workspace (store) : NULL);
  adw_bin_set_child (self->calendar_bin, GTK_WIDGET (self->calendar_view));
  return self->calendar_view;
}

/* An entry of the compendium opens its meeting on the recommendations. */
static void
compendium_meeting_activated_cb (PlnCompendiumView *view,
                                 PlnMeeting        *meeting,
                                 PlnRecommendation *recommendation,
                                 PlnWindow         *self)
{
  pln_window_show_meeting (self, meeting, "recommendations");
  if (recommendation != NULL)
    pln_recommendations_page_reveal (_pln_window_get_recommendations_page (self), recommendation);
}

/* The compendium view, made the first time it is shown: nothing of it is
 * built on the way to the first frame. */
static PlnCompendiumView *
ensure_compendium_view (PlnWindow *self)
{
  g_autoptr(PlnStore) store = NULL;

  if (self->compendium_view != NULL)
    return self->compendium_view;

  self->compendium_view = g_object_new (PLN_TYPE_COMPENDIUM_VIEW, NULL);
  g_object_bind_property (self, "context", self->compendium_view, "context", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->compendium_view, "meeting-activated",
                           G_CALLBACK (compendium_meeting_activated_cb), self, 0);
  store = _pln_window_dup_store (self);
  pln_compendium_view_set_workspace (self->compendium_view, store != NULL ? pln_store_get_workspace (store) : NULL);
  adw_bin_set_child (self->compendium_bin, GTK_WIDGET (self->compendium_view));
  return self->compendium_view;
}

/* While a workspace loads, the bar shows how much of its file is read;
 * until the meetings are reached (a share being mounted, the file being
 * downloaded), it pulses. */
static gboolean
update_loading_cb (gpointer user_data)
{
  PlnWindow *self = user_data;
  g_autoptr(PlnStore) store = _pln_window_dup_store (self);
  double fraction = store != NULL ? pln_store_get_load_progress (store) : 0;

  if (fraction > 0)
    gtk_progress_bar_set_fraction (self->loading_progress, fraction);
  else
    gtk_progress_bar_pulse (self->loading_progress);
  return G_SOURCE_CONTINUE;
}

void
_pln_window_set_loading (PlnWindow *self,
                         gboolean   loading)
{
  if (!loading)
    {
      g_clear_handle_id (&self->loading_source, g_source_remove);
      return;
    }

  if (self->loading_source != 0)
    return;

  gtk_progress_bar_set_fraction (self->loading_progress, 0);
  self->loading_source = g_timeout_add (100, update_loading_cb, self);
}

/* Shows @name in the content area, making its view if it is the first
 * time: the calendar and the compendium are not built on the way to the
 * window's first frame. */
void
_pln_window_show_content (PlnWindow  *self,
                          const char *name)
{
  if (g_strcmp0 (name, "calendar") == 0)
    _pln_window_ensure_calendar_view (self);
  else if (g_strcmp0 (name, "compendium") == 0)
    ensure_compendium_view (self);
  gtk_stack_set_visible_child_name (self->content_stack, name);
}


/* The server of a shared workspace cannot be reached: the edits are kept
 * on this computer, and saved there once it can. */
static void
show_offline (PlnWindow *self,
              PlnStore  *store)
{
  GDateTime *since = pln_store_get_offline_since (store);
  g_autoptr(GDateTime) local = since != NULL ? g_date_time_to_local (since) : g_date_time_new_now_local ();
  g_autofree char *time = pln_format_time (local);
  g_autofree char *text = NULL;

  /* Translators: %s is the time ("14:32") the server could no longer be reached */
  text = g_strdup_printf (_("Offline — changes kept on this computer since %s. They are saved to the "
                            "server by themselves as soon as it can be reached."), time);
  gtk_label_set_text (self->banner_label, text);
  gtk_widget_set_visible (self->banner_reload_button, FALSE);
  gtk_widget_set_visible (self->banner_retry_button, TRUE);
  gtk_widget_set_visible (self->banner_choose_button, FALSE);
}


/* The window follows its store: opening (progress), failed to open (what
 * went wrong, and the way out), open (sidebar and content), and a banner
 * when a save failed. */
void
_pln_window_update_state (PlnWindow *self)
{
  g_autoptr(PlnStore) store = _pln_window_dup_store (self);
  PlnWorkspace *workspace = store ? pln_store_get_workspace (store) : NULL;
  const GError *error = store ? pln_store_get_error (store) : NULL;
  gboolean offline = store != NULL && pln_store_get_state (store) == PLN_STORE_STATE_OFFLINE;
  const char *content = gtk_stack_get_visible_child_name (self->content_stack);
  gboolean read_only = workspace != NULL && pln_workspace_is_read_only (workspace);
  gboolean groups;

  if (workspace == NULL && g_strcmp0 (content, "meeting") == 0)
    _pln_window_leave_meeting_page (self);

  g_signal_group_set_target (self->workspace_signals, workspace);
  pln_sidebar_set_workspace (self->sidebar, workspace);
  if (self->calendar_view != NULL)
    pln_calendar_view_set_workspace (self->calendar_view, workspace);
  if (self->compendium_view != NULL)
    pln_compendium_view_set_workspace (self->compendium_view, workspace);
  /* While a workspace loads its sidebar is blank, not "No Working Groups". */
  if (workspace != NULL)
    groups = g_list_model_get_n_items (pln_workspace_get_working_groups (workspace)) > 0;
  else
    groups = store != NULL && error == NULL;
  gtk_stack_set_visible_child_name (self->sidebar_stack, groups ? "groups" : "empty");

  if (store == NULL)
    {
      /* No workspace yet: the sample or an empty one. */
      adw_status_page_set_icon_name (self->welcome_page, APP_ID);
      gtk_stack_set_visible_child_name (self->content_stack, "welcome");
      adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
    }
  else if (workspace == NULL && error != NULL)
    {
      show_load_error (self, store, error);
      adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
    }
  else if (workspace == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (pln_store_get_file (store));

      /* Which location: a share can take a while to answer. */
      gtk_label_set_text (self->loading_location, name);
      gtk_stack_set_visible_child_name (self->content_stack, "loading");
    }
  else if (g_strcmp0 (content, "loading") == 0 || g_strcmp0 (content, "load-error") == 0 ||
           g_strcmp0 (content, "welcome") == 0)
    {
      /* Plenary opens on the calendar. */
      _pln_window_show_content (self, "calendar");
    }

  _pln_window_set_loading (self, store != NULL && workspace == NULL && error == NULL);

  /* A failed save of an open workspace: say so, and offer what helps. */
  gtk_revealer_set_reveal_child (self->banner_revealer, workspace != NULL && (error != NULL || read_only || offline));
  if (read_only)
    show_read_only (self, workspace);
  else if (workspace != NULL && error != NULL)
    show_save_error (self, store, error);
  else if (workspace != NULL && offline)
    show_offline (self, store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.choose-changes",
                                 workspace != NULL && pln_store_get_merge (store) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.recover", store != NULL && pln_store_get_recoverable (store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-ics", workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-calendar", workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-compendium", workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-meeting", workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-working-group", workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-agenda", workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.publish", workspace != NULL);
  /* No editing controls for a public edition, and no editing actions:
   * those not set above are enabled again after it. */
  gtk_widget_set_visible (self->new_menu_button, !read_only);
  for (guint i = 0; editing_actions[i] != NULL; i++)
    if (read_only)
      gtk_widget_action_set_enabled (GTK_WIDGET (self), editing_actions[i], FALSE);
    else if (g_strv_contains (always_enabled, editing_actions[i]))
      gtk_widget_action_set_enabled (GTK_WIDGET (self), editing_actions[i], TRUE);

  update_workspace_title (self);
  update_title (self);
}


static void
application_store_changed_cb (PlnWindow *self)
{
  PlnApplication *app = PLN_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  _pln_window_leave_meeting_page (self);
  g_signal_group_set_target (self->store_signals, pln_application_get_store (app));
  pln_context_set_store (self->context, pln_application_get_store (app));
  gtk_stack_set_visible_child_name (self->content_stack, "loading");
  _pln_window_update_state (self);
}


static void
sidebar_meeting_activated_cb (PlnSidebar *sidebar,
                              PlnMeeting *meeting,
                              PlnWindow  *self)
{
  pln_window_show_meeting (self, meeting, NULL);
}


void
_pln_window_show_error (PlnWindow    *self,
                        const char   *heading,
                        const GError *error)
{
  pln_alert_show_error (GTK_WIDGET (self), heading, error->message);
}


/* GTK 4.8's shortcuts window leaves its own controls unnamed for screen
 * readers when it is built after the window: its search entry, the
 * button that shows it and the menu of sections. */
static void
name_shortcuts_controls (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SEARCH_ENTRY (child))
        pln_accessible_set_label (child, _("Search Shortcuts"));
      else if (GTK_IS_MENU_BUTTON (child))
        pln_accessible_set_label (child, _("Sections"));
      else if (GTK_IS_TOGGLE_BUTTON (child))
        pln_accessible_set_label (child, _("Search"));
      else
        name_shortcuts_controls (child);
    }
}

/* The shortcuts window, built the first time it is asked for: GTK builds
 * an application's "gtk/help-overlay.ui" with each window, a fifth of the
 * window's way to its first frame. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/plenary/Plenary/pln-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
      name_shortcuts_controls (GTK_WIDGET (overlay));
    }

  gtk_window_present (GTK_WINDOW (overlay));
}


static void
show_calendar_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);

  _pln_window_show_content (self, "calendar");
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  gtk_widget_grab_focus (GTK_WIDGET (pln_calendar_view_get_month_view (self->calendar_view)));
}


static void
show_compendium_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  _pln_window_show_content (self, "compendium");
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  gtk_widget_grab_focus (GTK_WIDGET (pln_compendium_view_get_search (self->compendium_view)));
}


/* A recommendation of any meeting, on its meeting's Recommendations page,
 * from the earlier recommendations offered as one is typed: "(ss)", the
 * ids of the meeting and of the recommendation. */
static void
show_recommendation_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  PlnWindow *self = PLN_WINDOW (widget);
  PlnWorkspace *workspace = pln_context_get_workspace (self->context);
  const char *meeting_id, *rec_id;
  PlnMeeting *meeting;
  GListModel *recs;

  g_variant_get (parameter, "(&s&s)", &meeting_id, &rec_id);
  meeting = workspace != NULL ? pln_workspace_find_meeting (workspace, meeting_id) : NULL;
  if (meeting == NULL)
    return;

  recs = pln_meeting_get_recommendations (meeting);
  for (guint i = 0; i < g_list_model_get_n_items (recs); i++)
    {
      g_autoptr(PlnRecommendation) rec = g_list_model_get_item (recs, i);

      if (g_strcmp0 (pln_recommendation_get_id (rec), rec_id) == 0)
        {
          compendium_meeting_activated_cb (NULL, meeting, rec, self);
          return;
        }
    }
}


/* The meeting page's Recommendations page. */
PlnRecommendationsPage *
_pln_window_get_recommendations_page (PlnWindow *self)
{
  AdwViewStack *stack = pln_meeting_page_get_stack (self->meeting_page);

  return PLN_RECOMMENDATIONS_PAGE (adw_view_stack_get_child_by_name (stack, "recommendations"));
}


/* The meeting shown, whose agenda an imported one may replace. */
PlnMeeting *
_pln_window_get_shown_meeting (PlnWindow *self)
{
  if (self->meeting_page == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "meeting") != 0)
    return NULL;
  return pln_meeting_page_get_meeting (self->meeting_page);
}

/* The meeting's pages, made the first time a meeting is shown. */
PlnMeetingPage *
_pln_window_ensure_meeting_page (PlnWindow *self)
{
  if (self->meeting_page != NULL)
    return self->meeting_page;

  self->meeting_page = g_object_new (PLN_TYPE_MEETING_PAGE, NULL);
  g_object_bind_property (self, "context", self->meeting_page, "context", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->meeting_page, "notify::meeting",
                           G_CALLBACK (update_shown), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->meeting_bin, GTK_WIDGET (self->meeting_page));
  return self->meeting_page;
}


void
_pln_window_leave_meeting_page (PlnWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "meeting") == 0)
    _pln_window_show_content (self, "calendar");
  if (self->meeting_page != NULL)
    pln_meeting_page_set_meeting (self->meeting_page, NULL);
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

  if (!self->discard_confirmed && !_pln_window_leave_workspace (self, NULL))
    return TRUE;

  return GTK_WINDOW_CLASS (pln_window_parent_class)->close_request (window);
}


static void
create_menu_popup_cb (GtkMenuButton *button,
                      gpointer       menu)
{
  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, menu);
}

static void
pln_window_dispose (GObject *object)
{
  PlnWindow *self = PLN_WINDOW (object);

  g_clear_handle_id (&self->loading_source, g_source_remove);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->subscription_signals);
  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->meeting_signals);
  g_clear_object (&self->group_signals);
  g_clear_object (&self->open_next);
  g_clear_object (&self->context);
  /* Owned by meeting_bin, calendar_bin and compendium_bin, which the
   * template's disposal destroys. */
  self->meeting_page = NULL;
  self->compendium_view = NULL;
  self->calendar_view = NULL;
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
  g_type_ensure (PLN_TYPE_COMPENDIUM_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, sidebar_pane);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, workspace_title);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, meeting_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, switcher_row);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, wide_switcher);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, narrow_switcher);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, subscriptions_menu);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, meeting_bin);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, calendar_bin);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, compendium_bin);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, banner_reload_button);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, banner_retry_button);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, banner_choose_button);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, banner_save_as_button);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, new_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, new_menu);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, recover_button);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, open_another_button);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, retry_load_button);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, loading_progress);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, loading_location);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, load_error_page);
  gtk_widget_class_bind_template_child (widget_class, PlnWindow, welcome_page);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_meeting_activated_cb);

  _pln_window_class_init_files (widget_class);
  _pln_window_class_init_edit (widget_class);
  _pln_window_class_init_publish (widget_class);

  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.show-calendar", NULL, show_calendar_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-meeting", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-calendar", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-compendium", NULL, show_compendium_action);
  gtk_widget_class_install_action (widget_class, "win.show-recommendation", "(ss)", show_recommendation_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-compendium", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
}


static void
pln_window_init (PlnWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* GTK 4.8 makes a menu button's popover, every item a widget, when the
   * menu is set: these two get theirs when first opened (a click, F10). */
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->new_menu_button), create_menu_popup_cb,
                                         g_object_ref (self->new_menu), g_object_unref);
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_menu_popup_cb,
                                         g_object_ref (self->primary_menu), g_object_unref);

  self->store_signals = g_signal_group_new (PLN_TYPE_STORE);
  g_signal_group_connect_swapped (self->store_signals, "notify::workspace", G_CALLBACK (_pln_window_update_state), self);
  g_signal_group_connect_swapped (self->store_signals, "notify::error", G_CALLBACK (_pln_window_update_state), self);
  g_signal_group_connect_swapped (self->store_signals, "notify::recoverable", G_CALLBACK (_pln_window_update_state), self);
  g_signal_group_connect_swapped (self->store_signals, "notify::merge", G_CALLBACK (_pln_window_update_state), self);
  g_signal_group_connect_swapped (self->store_signals, "published", G_CALLBACK (store_published_cb), self);
  g_signal_group_connect_swapped (self->store_signals, "notify::state", G_CALLBACK (_pln_window_update_state), self);
  g_signal_group_connect_swapped (self->store_signals, "notify::offline-since", G_CALLBACK (_pln_window_update_state), self);
  g_signal_group_connect_swapped (self->store_signals, "notify::dirty", G_CALLBACK (update_workspace_title), self);
  g_signal_group_connect_swapped (self->store_signals, "notify::busy", G_CALLBACK (update_workspace_title), self);
  g_signal_group_connect_swapped (self->store_signals, "notify::file", G_CALLBACK (update_workspace_title), self);

  self->workspace_signals = g_signal_group_new (PLN_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "kind-changed::PlnMeeting",
                                  G_CALLBACK (meetings_changed_cb), self);
  self->meeting_signals = g_signal_group_new (PLN_TYPE_MEETING);
  g_signal_group_connect_swapped (self->meeting_signals, "notify", G_CALLBACK (update_title), self);
  g_signal_group_connect_swapped (self->meeting_signals, "notify::working-group",
                                  G_CALLBACK (working_group_changed_cb), self);
  self->group_signals = g_signal_group_new (PLN_TYPE_WORKING_GROUP);
  g_signal_group_connect_swapped (self->group_signals, "notify", G_CALLBACK (update_title), self);
  _pln_window_init_publish (self);

  {
    GtkDropTarget *target = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);

    g_signal_connect_object (target, "drop", G_CALLBACK (_pln_window_drop_cb), self, 0);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  }

  g_signal_connect_object (self->content_stack, "notify::visible-child-name",
                           G_CALLBACK (update_shown), self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.no-recent", FALSE);
  _pln_window_update_recent (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (_pln_window_update_recent), self, G_CONNECT_SWAPPED);
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
  _pln_window_init_subscriptions (self, application);

  return self;
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

  pln_meeting_page_set_meeting (_pln_window_ensure_meeting_page (self), meeting);
  if (page != NULL)
    pln_meeting_page_set_visible_page (self->meeting_page, page);

  gtk_stack_set_visible_child_name (self->content_stack, "meeting");
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);

  /* Gone to: its group expanded, also when it was shown already and the
   * user had collapsed the group since. */
  pln_sidebar_set_shown_meeting (self->sidebar, meeting);
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

  store = _pln_window_dup_store (self);
  return store ? pln_store_get_workspace (store) : NULL;
}
