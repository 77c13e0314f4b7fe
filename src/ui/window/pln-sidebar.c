/* pln-sidebar.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-format.h"
#include "pln-sidebar.h"

/* The working groups of the workspace, each with its meetings newest
 * first, in a tree list. The meetings of a group are a filter and a sort
 * over the workspace's own list, so a meeting added, moved to another
 * group or re-dated shows in its place at once. Activating a meeting
 * emits "meeting-activated". */

struct _PlnSidebar
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkListView         *list_view;

  /* Owned references */
  PlnWorkspace        *workspace;
  GtkTreeListModel    *tree;
  GtkSingleSelection  *selection;
};

G_DEFINE_FINAL_TYPE (PlnSidebar, pln_sidebar, ADW_TYPE_BIN)

enum {
  MEETING_ACTIVATED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static gboolean
meeting_in_group (gpointer item,
                  gpointer user_data)
{
  return pln_meeting_get_working_group (item) == user_data;
}

static int
newest_first (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return pln_meeting_compare_newest_first (a, b, user_data);
}

static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  PlnSidebar *self = user_data;
  GtkCustomFilter *filter;
  GtkCustomSorter *sorter;
  GtkFilterListModel *filtered;

  if (!PLN_IS_WORKING_GROUP (item) || self->workspace == NULL)
    return NULL;

  filter = gtk_custom_filter_new (meeting_in_group, item, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (pln_workspace_get_meetings (self->workspace)),
                                        GTK_FILTER (filter));
  sorter = gtk_custom_sorter_new (newest_first, NULL, NULL);

  return G_LIST_MODEL (gtk_sort_list_model_new (G_LIST_MODEL (filtered), GTK_SORTER (sorter)));
}

/* Right click on a row: what can be done with that working group or
 * meeting, through the window's actions. */
static void
row_pressed_cb (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                GtkListItem     *list_item)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autofree char *id = NULL;
  GtkWidget *popover;

  if (item == NULL)
    return;

  g_object_get (item, "id", &id, NULL);
  if (PLN_IS_WORKING_GROUP (item))
    {
      g_autofree char *edit = g_strdup_printf ("win.edit-working-group('%s')", id);
      g_autofree char *remove = g_strdup_printf ("win.remove-working-group('%s')", id);

      g_menu_append (menu, _("_Edit Working Group…"), edit);
      g_menu_append (menu, _("_Remove Working Group and Its Meetings"), remove);
    }
  else
    {
      g_autofree char *remove = g_strdup_printf ("win.remove-meeting('%s')", id);

      g_menu_append (menu, _("_Remove Meeting"), remove);
    }

  popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (popover, widget);
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &(GdkRectangle) { x, y, 1, 1 });
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  g_signal_connect (popover, "closed", G_CALLBACK (gtk_widget_unparent), NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              PlnSidebar               *self)
{
  GtkGesture *right_click = gtk_gesture_click_new ();
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *dot = gtk_label_new ("●");
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_add_css_class (dot, "pln-group-dot");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  /* A working group's official name is long in most languages: two lines
   * of it, then an ellipsis (the tooltip has it whole). */
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 30);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");

  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (list_item, expander);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (right_click), GDK_BUTTON_SECONDARY);
  g_signal_connect (right_click, "pressed", G_CALLBACK (row_pressed_cb), list_item);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (right_click));

  g_object_set_data (G_OBJECT (list_item), "dot", dot);
  g_object_set_data (G_OBJECT (list_item), "title", title);
  g_object_set_data (G_OBJECT (list_item), "subtitle", subtitle);
}

static void
set_dot_color (GtkWidget  *dot,
               const char *color)
{
  g_autofree char *markup = NULL;
  GdkRGBA rgba;

  /* The group's colour, as in the calendar; a colour that does not parse
   * shows no dot rather than a wrong one. */
  if (color == NULL || !gdk_rgba_parse (&rgba, color))
    {
      gtk_label_set_text (GTK_LABEL (dot), "");
      return;
    }

  markup = g_markup_printf_escaped ("<span foreground=\"%s\">●</span>", color);
  gtk_label_set_markup (GTK_LABEL (dot), markup);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             PlnSidebar               *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *dot = g_object_get_data (G_OBJECT (list_item), "dot");
  GtkWidget *title = g_object_get_data (G_OBJECT (list_item), "title");
  GtkWidget *subtitle = g_object_get_data (G_OBJECT (list_item), "subtitle");
  gpointer item = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);

  if (PLN_IS_WORKING_GROUP (item))
    {
      PlnWorkingGroup *group = item;
      const char *short_name = pln_working_group_get_short_name (group);

      set_dot_color (dot, pln_working_group_get_color (group));
      gtk_widget_set_visible (dot, TRUE);
      gtk_label_set_text (GTK_LABEL (title), pln_working_group_get_display_name (group));
      gtk_label_set_text (GTK_LABEL (subtitle), short_name ? short_name : "");
      gtk_widget_set_tooltip_text (title, pln_working_group_get_display_name (group));
      gtk_list_item_set_activatable (list_item, FALSE);
    }
  else if (PLN_IS_MEETING (item))
    {
      PlnMeeting *meeting = item;
      g_autofree char *label = NULL;
      g_autofree char *dates = pln_format_meeting_dates (meeting);

      if (pln_meeting_get_ordinal (meeting) > 0)
        /* Translators: a meeting in the sidebar; %u is its number, e.g. the 10th meeting of a group */
        label = g_strdup_printf (_("Meeting %u"), pln_meeting_get_ordinal (meeting));
      else
        label = g_strdup (pln_meeting_get_title (meeting) ? pln_meeting_get_title (meeting) : _("New meeting"));

      gtk_widget_set_visible (dot, FALSE);
      gtk_label_set_text (GTK_LABEL (title), label);
      gtk_label_set_text (GTK_LABEL (subtitle), dates);
      gtk_widget_set_tooltip_text (title, NULL);
      gtk_list_item_set_activatable (list_item, TRUE);
    }

  g_clear_object (&item);
}

static void
list_view_activate_cb (GtkListView *list_view,
                       guint        position,
                       PlnSidebar  *self)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);
  g_autoptr(GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;

  if (PLN_IS_MEETING (item))
    g_signal_emit (self, signals [MEETING_ACTIVATED], 0, item);
  else if (row != NULL)
    gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
}

static void
pln_sidebar_dispose (GObject *object)
{
  PlnSidebar *self = PLN_SIDEBAR (object);

  /* AdwBin unparents its child itself. */
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pln_sidebar_parent_class)->dispose (object);
}

static void
pln_sidebar_class_init (PlnSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_sidebar_dispose;

  /**
   * PlnSidebar::meeting-activated:
   * @meeting: the meeting chosen
   */
  signals [MEETING_ACTIVATED] =
    g_signal_new ("meeting-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PLN_TYPE_MEETING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnSidebar, list_view);
  gtk_widget_class_bind_template_callback (widget_class, list_view_activate_cb);
  gtk_widget_class_set_css_name (widget_class, "plnsidebar");
}

static void
pln_sidebar_init (PlnSidebar *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}

/**
 * pln_sidebar_set_workspace:
 * @workspace: (nullable): the workspace whose working groups to list
 *
 * The window gives the sidebar its workspace, as it opens one.
 */
void
pln_sidebar_set_workspace (PlnSidebar   *self,
                           PlnWorkspace *workspace)
{
  g_return_if_fail (PLN_IS_SIDEBAR (self));
  g_return_if_fail (workspace == NULL || PLN_IS_WORKSPACE (workspace));

  if (!g_set_object (&self->workspace, workspace))
    return;

  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);

  if (workspace != NULL)
    {
      /* Groups start expanded: a secretariat works across all of them. */
      self->tree = gtk_tree_list_model_new (g_object_ref (pln_workspace_get_working_groups (workspace)),
                                            FALSE, TRUE, create_child_model, self, NULL);
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
    }
}

/**
 * pln_sidebar_get_rows:
 *
 * Returns: (transfer none) (nullable): the rows shown, a list of
 *   #GtkTreeListRow, for tests and keyboard navigation
 */
GListModel *
pln_sidebar_get_rows (PlnSidebar *self)
{
  g_return_val_if_fail (PLN_IS_SIDEBAR (self), NULL);

  return G_LIST_MODEL (self->tree);
}
