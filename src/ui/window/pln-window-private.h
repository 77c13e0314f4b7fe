/* pln-window-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-calendar-view.h"
#include "pln-compendium-view.h"
#include "pln-recommendations-page.h"
#include "pln-meeting-page.h"
#include "pln-sidebar.h"
#include "pln-window.h"

G_BEGIN_DECLS

/* The window is split by concern: pln-window.c (its state, the content
 * shown, toasts and the context), pln-window-files.c (opening, saving,
 * recovering, exporting and importing files), pln-window-edit.c (working
 * groups and meetings added, edited and removed, undo, navigation),
 * pln-window-publish.c (publishing for delegations),
 * pln-window-subscriptions.c (a subscribed workspace: banner, new copies,
 * the menu of subscriptions). */

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
  AdwWindowTitle       *workspace_title;
  AdwWindowTitle       *content_title;
  GtkMenuButton        *meeting_menu_button;
  GtkWidget            *switcher_row;
  AdwViewSwitcher      *wide_switcher;
  AdwViewSwitcher      *narrow_switcher;
  GMenu                *recent_menu;
  GMenu                *subscriptions_menu;
  AdwBin               *meeting_bin;
  PlnMeetingPage       *meeting_page;   /* in meeting_bin once a meeting is shown, or NULL */
  PlnSidebar           *sidebar;
  AdwBin               *calendar_bin;
  PlnCalendarView      *calendar_view;     /* (nullable): until first shown */
  AdwBin               *compendium_bin;
  PlnCompendiumView    *compendium_view;   /* (nullable): until first shown */
  GtkRevealer          *banner_revealer;
  GtkLabel             *banner_label;
  GtkWidget            *banner_reload_button;
  GtkWidget            *banner_retry_button;
  GtkWidget            *banner_choose_button;
  GtkWidget            *banner_save_as_button;
  GtkWidget            *new_menu_button;
  GtkMenuButton        *primary_menu_button;
  GMenuModel           *new_menu;
  GMenuModel           *primary_menu;
  GtkWidget            *recover_button;
  GtkWidget            *open_another_button;
  GtkWidget            *retry_load_button;
  GtkProgressBar       *loading_progress;
  guint                 loading_source;  /* updates loading_progress */
  GtkLabel             *loading_location;
  AdwStatusPage        *load_error_page;
  AdwStatusPage        *welcome_page;

  /* Owned references */
  PlnContext           *context;
  GSignalGroup         *store_signals;
  GSignalGroup         *workspace_signals;
  GSignalGroup         *meeting_signals;     /* of the meeting shown */
  GSignalGroup         *group_signals;       /* of its working group */
  gboolean              discard_confirmed;   /* the user chose to close without saving */
  GFile                *open_next;           /* to open once the unsaved edits are decided on */
  gboolean              publishing;          /* a public edition is being published */
  gboolean              publish_pending;     /* what it holds changed since it was published */
  GSignalGroup         *subscription_signals; /* of the subscription whose copy is shown */
};

PlnStore   *_pln_window_dup_store           (PlnWindow      *self);
PlnMeeting *_pln_window_get_shown_meeting   (PlnWindow      *self);
PlnRecommendationsPage *_pln_window_get_recommendations_page (PlnWindow *self);
void        _pln_window_leave_meeting_page  (PlnWindow      *self);
PlnMeetingPage *
            _pln_window_ensure_meeting_page (PlnWindow      *self);
PlnCalendarView *
            _pln_window_ensure_calendar_view (PlnWindow     *self);
void        _pln_window_show_content        (PlnWindow      *self,
                                             const char     *name);
void        _pln_window_set_loading         (PlnWindow      *self,
                                             gboolean        loading);
void        _pln_window_show_error          (PlnWindow      *self,
                                             const char     *heading,
                                             const GError   *error);
gboolean    _pln_window_leave_workspace     (PlnWindow      *self,
                                             GFile          *next);
gboolean    _pln_window_drop_cb             (GtkDropTarget  *target,
                                             const GValue   *value,
                                             double          x,
                                             double          y,
                                             PlnWindow      *self);
void        _pln_window_update_recent       (PlnWindow      *self);
void        _pln_window_class_init_files    (GtkWidgetClass *widget_class);
void        _pln_window_class_init_edit     (GtkWidgetClass *widget_class);
void        _pln_window_class_init_publish  (GtkWidgetClass *widget_class);
void        _pln_window_init_publish        (PlnWindow      *self);
void        _pln_window_publish             (PlnWindow      *self,
                                             gboolean        quiet);
void        _pln_window_update_state        (PlnWindow      *self);
void        _pln_window_init_subscriptions  (PlnWindow      *self,
                                             PlnApplication *app);
char       *_pln_window_dup_subscription_banner (PlnWindow    *self,
                                             PlnWorkspace   *workspace);

G_END_DECLS
