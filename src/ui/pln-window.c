/* pln-window.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-meeting-page.h"
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
};

G_DEFINE_FINAL_TYPE (PlnWindow, pln_window, ADW_TYPE_APPLICATION_WINDOW)

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

static void
bind_window_state (PlnWindow *self,
                   GSettings *settings)
{
  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

static void
pln_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PLN_TYPE_WINDOW);

  G_OBJECT_CLASS (pln_window_parent_class)->dispose (object);
}

static void
pln_window_class_init (PlnWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_window_dispose;

  g_type_ensure (PLN_TYPE_MEETING_PAGE);

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

  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
}

static void
pln_window_init (PlnWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

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
                         GObject    *meeting,
                         const char *page)
{
  g_return_if_fail (PLN_IS_WINDOW (self));
  g_return_if_fail (G_IS_OBJECT (meeting));

  pln_meeting_page_set_meeting (self->meeting_page, meeting);
  if (page != NULL)
    pln_meeting_page_set_visible_page (self->meeting_page, page);

  gtk_stack_set_visible_child_name (self->content_stack, "meeting");
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
}

typedef struct
{
  PlnUndoFunc    undo;
  gpointer       user_data;
  GDestroyNotify destroy;
} UndoData;

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  if (undo->destroy != NULL)
    undo->destroy (undo->user_data);
  g_free (undo);
}

static void
undo_toast_button_clicked_cb (AdwToast *toast,
                              UndoData *undo)
{
  undo->undo (undo->user_data);
}

/**
 * pln_window_add_undo_toast:
 * @self: a #PlnWindow
 * @title: what was done, e.g. "Meeting removed"
 * @undo: called when the user presses Undo
 * @user_data: data for @undo, owned by the toast
 * @destroy: (nullable): frees @user_data when the toast is gone
 *
 * Shows a toast with an Undo button: the way Plenary offers to revert a
 * destructive edit.
 */
void
pln_window_add_undo_toast (PlnWindow      *self,
                           const char     *title,
                           PlnUndoFunc     undo,
                           gpointer        user_data,
                           GDestroyNotify  destroy)
{
  AdwToast *toast;
  UndoData *data;

  g_return_if_fail (PLN_IS_WINDOW (self));
  g_return_if_fail (title != NULL);
  g_return_if_fail (undo != NULL);

  data = g_new0 (UndoData, 1);
  data->undo = undo;
  data->user_data = user_data;
  data->destroy = destroy;

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked",
                         G_CALLBACK (undo_toast_button_clicked_cb),
                         data, (GClosureNotify) (void (*) (void)) undo_data_free, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
