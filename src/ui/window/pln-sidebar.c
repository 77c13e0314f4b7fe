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
 * over the workspace's own list, refiltered and resorted when a meeting
 * moves to another group or is re-dated, so a meeting added, moved or
 * re-dated shows in its place at once; each row follows its meeting or
 * group as it is edited. A group of many meetings shows them a few rows
 * per main-loop iteration (see open_more_cb()). Activating a meeting
 * emits "meeting-activated"; the window tells the sidebar which meeting
 * it shows, and the selection follows. A row's menu (edit, remove) opens
 * on a right click, the Menu key or Shift+F10. */

struct _PlnSidebar
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkListView         *list_view;

  /* Owned references */
  PlnWorkspace        *workspace;
  PlnMeeting          *shown;
  GtkTreeListModel    *tree;
  GtkSingleSelection  *selection;

  gboolean             syncing;  /* looking for the meeting shown, maybe expanding its group */
  guint                open_source;  /* open_more_cb() */
  guint                n_expanded;   /* groups open_more_cb() went past; G_MAXUINT once all */
  GHashTable          *opened;       /* groups opened before it came to them */
  GPtrArray           *growing;      /* GtkSliceListModel, weak: groups' meetings not all shown yet */
};

/* The rows a group's opening or growing adds per main-loop iteration:
 * GTK 4.8 makes the rows of up to 200 items, and a row laid out takes
 * about half a millisecond. */
#define ROWS_AT_ONCE 10

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

/* A meeting moved to another group or re-dated: its place may have
 * changed. Only these two properties: a meeting added or removed is the
 * filter model's own to follow, and refiltering while the list of
 * meetings reports an item added made that meeting a second row. */
static void
meeting_changed_cb (PlnWorkspace       *workspace,
                    PlnObject          *object,
                    GParamSpec         *pspec,
                    GtkFilterListModel *filtered)
{
  GtkSortListModel *sorted = g_object_get_data (G_OBJECT (filtered), "sorted");

  if (!PLN_IS_MEETING (object) || pspec == NULL ||
      (!g_str_equal (pspec->name, "working-group") && !g_str_equal (pspec->name, "first-day")))
    return;

  /* Only what moved is reported as changed, so a field typed into does
   * not disturb the list. */
  gtk_filter_changed (gtk_filter_list_model_get_filter (filtered), GTK_FILTER_CHANGE_DIFFERENT);
  if (sorted != NULL)
    gtk_sorter_changed (gtk_sort_list_model_get_sorter (sorted), GTK_SORTER_CHANGE_DIFFERENT);
}

static void open_more (PlnSidebar *self);

static void
slice_finalized_cb (gpointer  user_data,
                    GObject  *where_the_object_was)
{
  PlnSidebar *self = user_data;

  g_ptr_array_remove (self->growing, where_the_object_was);
}

static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  PlnSidebar *self = user_data;
  GtkCustomFilter *filter;
  GtkCustomSorter *sorter;
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;
  GtkSliceListModel *slice;

  if (!PLN_IS_WORKING_GROUP (item) || self->workspace == NULL)
    return NULL;

  filter = gtk_custom_filter_new (meeting_in_group, item, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (pln_workspace_get_meetings (self->workspace)),
                                        GTK_FILTER (filter));
  sorter = gtk_custom_sorter_new (newest_first, NULL, NULL);
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered), GTK_SORTER (sorter));

  g_object_set_data (G_OBJECT (filtered), "sorted", sorted);
  g_signal_connect_object (self->workspace, "object-changed::PlnMeeting",
                           G_CALLBACK (meeting_changed_cb), filtered, 0);

  /* The first meetings now, the others over the next iterations. The
   * tree also asks for a model only to know a row can expand: that one
   * is gone at once. */
  slice = gtk_slice_list_model_new (G_LIST_MODEL (sorted), 0, ROWS_AT_ONCE);
  g_ptr_array_add (self->growing, slice);
  g_object_weak_ref (G_OBJECT (slice), slice_finalized_cb, self);
  open_more (self);

  return G_LIST_MODEL (slice);
}

static void
stop_growing (PlnSidebar        *self,
              GtkSliceListModel *slice)
{
  g_object_weak_unref (G_OBJECT (slice), slice_finalized_cb, self);
  g_ptr_array_remove (self->growing, slice);
}

static void
stop_growing_all (PlnSidebar *self)
{
  while (self->growing->len > 0)
    stop_growing (self, g_ptr_array_index (self->growing, 0));
}

/* Shows every meeting of @slice, or the first @n_items, when they are
 * more than it shows, and forgets it once it shows them all. */
static void
grow_slice (PlnSidebar        *self,
            GtkSliceListModel *slice,
            guint              n_items)
{
  guint n_meetings = g_list_model_get_n_items (gtk_slice_list_model_get_model (slice));

  if (n_items >= n_meetings)
    {
      gtk_slice_list_model_set_size (slice, G_MAXUINT);
      stop_growing (self, slice);
    }
  else if (n_items > gtk_slice_list_model_get_size (slice))
    gtk_slice_list_model_set_size (slice, n_items);
}

/* Shows enough of the meetings of @row's group for @meeting to be among
 * them. */
static void
grow_to_meeting (PlnSidebar     *self,
                 GtkTreeListRow *row,
                 PlnMeeting     *meeting)
{
  GListModel *children = gtk_tree_list_row_get_children (row);
  GListModel *meetings;
  guint n;

  if (!GTK_IS_SLICE_LIST_MODEL (children) ||
      gtk_slice_list_model_get_size (GTK_SLICE_LIST_MODEL (children)) == G_MAXUINT)
    return;

  meetings = gtk_slice_list_model_get_model (GTK_SLICE_LIST_MODEL (children));
  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (meetings, i);

      if (item == G_OBJECT (meeting))
        {
          grow_slice (self, GTK_SLICE_LIST_MODEL (children), i + ROWS_AT_ONCE);
          return;
        }
    }
}

/**
 * pln_sidebar_create_menu:
 * @item: a #PlnWorkingGroup or a #PlnMeeting
 *
 * What can be done with @item, through the window's actions: the menu of
 * its row, and of the meeting page's header.
 *
 * Returns: (transfer full): the menu
 */
GMenuModel *
pln_sidebar_create_menu (GObject *item)
{
  GMenu *menu = g_menu_new ();
  PlnWorkingGroup *group = PLN_IS_MEETING (item) ? pln_meeting_get_working_group (PLN_MEETING (item))
                                                 : PLN_WORKING_GROUP (item);
  g_autoptr(GMenuItem) edit = NULL;

  g_return_val_if_fail (PLN_IS_MEETING (item) || PLN_IS_WORKING_GROUP (item), G_MENU_MODEL (menu));

  if (group != NULL)
    {
      edit = g_menu_item_new (_("_Edit Working Group…"), NULL);
      g_menu_item_set_action_and_target (edit, "win.edit-working-group", "s", pln_working_group_get_id (group));
      g_menu_append_item (menu, edit);
    }

  if (PLN_IS_MEETING (item))
    {
      g_autoptr(GMenuItem) remove = g_menu_item_new (_("_Remove Meeting"), NULL);

      g_menu_item_set_action_and_target (remove, "win.remove-meeting", "s", pln_meeting_get_id (PLN_MEETING (item)));
      g_menu_append_item (menu, remove);
    }
  else
    {
      g_autoptr(GMenuItem) remove = g_menu_item_new (_("_Remove Working Group and Its Meetings"), NULL);

      g_menu_item_set_action_and_target (remove, "win.remove-working-group", "s", pln_working_group_get_id (group));
      g_menu_append_item (menu, remove);
    }

  return G_MENU_MODEL (menu);
}

/* The menu of @item, pointing at @area of the list. */
static void
popup_menu (PlnSidebar         *self,
            GObject            *item,
            const GdkRectangle *area)
{
  g_autoptr(GMenuModel) menu = pln_sidebar_create_menu (item);
  GtkWidget *popover = gtk_popover_menu_new_from_model (menu);

  gtk_widget_set_parent (popover, GTK_WIDGET (self->list_view));
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), area);
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  g_signal_connect (popover, "closed", G_CALLBACK (gtk_widget_unparent), NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
}

/* Right click on a row: its menu, where the pointer is. */
static void
row_pressed_cb (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                GtkListItem     *list_item)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  PlnSidebar *self = PLN_SIDEBAR (gtk_widget_get_ancestor (widget, PLN_TYPE_SIDEBAR));
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;
  graphene_point_t point;

  if (item == NULL || self == NULL ||
      !gtk_widget_compute_point (widget, GTK_WIDGET (self->list_view), &GRAPHENE_POINT_INIT (x, y), &point))
    return;

  gtk_single_selection_set_selected (self->selection, gtk_list_item_get_position (list_item));
  popup_menu (self, item, &(GdkRectangle) { point.x, point.y, 1, 1 });
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* The Menu key or Shift+F10: the menu of the row with the keyboard focus,
 * which moving the focus selects. */
static void
popup_menu_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlnSidebar *self = PLN_SIDEBAR (widget);
  g_autoptr(GObject) row_item = pln_sidebar_dup_selected_item (self);
  GtkWidget *row = gtk_widget_get_focus_child (GTK_WIDGET (self->list_view));
  GdkRectangle area = { 0, 0, gtk_widget_get_width (GTK_WIDGET (self->list_view)), 1 };
  graphene_rect_t bounds;

  if (row_item == NULL)
    return;

  if (row != NULL && gtk_widget_compute_bounds (row, GTK_WIDGET (self->list_view), &bounds))
    area = (GdkRectangle) { bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height };

  popup_menu (self, row_item, &area);
}

static void update_row (GtkListItem *list_item);

/* Opens or closes a group's row for the user, which the groups' first
 * opening (open_more_cb) then leaves as it is. */
static void
expand_group_row (PlnSidebar     *self,
                  GtkTreeListRow *row,
                  gboolean        expanded)
{
  if (self->open_source != 0)
    g_hash_table_add (self->opened, gtk_tree_list_row_get_item (row));
  gtk_tree_list_row_set_expanded (row, expanded);
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
  GSignalGroup *item_signals = g_signal_group_new (PLN_TYPE_OBJECT);
  GSignalGroup *group_signals = g_signal_group_new (PLN_TYPE_WORKING_GROUP);

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
  /* The row follows its item as it is edited, and a meeting's row its
   * group's short name. */
  g_signal_group_connect_swapped (item_signals, "notify", G_CALLBACK (update_row), list_item);
  g_signal_group_connect_swapped (group_signals, "notify", G_CALLBACK (update_row), list_item);
  g_object_set_data_full (G_OBJECT (list_item), "item-signals", item_signals, g_object_unref);
  g_object_set_data_full (G_OBJECT (list_item), "group-signals", group_signals, g_object_unref);
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

/**
 * pln_sidebar_format_meeting:
 *
 * Returns: (transfer full): what names @meeting alone, in the sidebar and
 *   the header: "SOM · Meeting 12", "Meeting 12" for a meeting of a group
 *   without a short name, or its title while it has no number
 */
char *
pln_sidebar_format_meeting (PlnMeeting *meeting)
{
  PlnWorkingGroup *group;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  group = pln_meeting_get_working_group (meeting);
  if (pln_meeting_get_ordinal (meeting) > 0 && group != NULL &&
      pln_working_group_get_short_name (group) != NULL && *pln_working_group_get_short_name (group) != '\0')
    return pln_format_meeting_short_title (meeting);

  if (pln_meeting_get_ordinal (meeting) > 0)
    /* Translators: a meeting in the sidebar; %u is its number, e.g. the 10th meeting of a group */
    return g_strdup_printf (_("Meeting %u"), pln_meeting_get_ordinal (meeting));

  return g_strdup (pln_meeting_get_title (meeting) ? pln_meeting_get_title (meeting) : _("New meeting"));
}

/* Shows the row's item as it is now; called again whenever it changes. */
static void
update_row (GtkListItem *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;
  GtkWidget *dot = g_object_get_data (G_OBJECT (list_item), "dot");
  GtkWidget *title = g_object_get_data (G_OBJECT (list_item), "title");
  GtkWidget *subtitle = g_object_get_data (G_OBJECT (list_item), "subtitle");
  GSignalGroup *group_signals = g_object_get_data (G_OBJECT (list_item), "group-signals");

  g_signal_group_set_target (group_signals,
                             PLN_IS_MEETING (item) ? pln_meeting_get_working_group (PLN_MEETING (item)) : NULL);

  if (PLN_IS_WORKING_GROUP (item))
    {
      PlnWorkingGroup *group = PLN_WORKING_GROUP (item);
      const char *short_name = pln_working_group_get_short_name (group);

      set_dot_color (dot, pln_working_group_get_color (group));
      gtk_widget_set_visible (dot, TRUE);
      gtk_label_set_text (GTK_LABEL (title), pln_working_group_get_display_name (group));
      gtk_label_set_text (GTK_LABEL (subtitle), short_name ? short_name : "");
      gtk_widget_set_tooltip_text (title, pln_working_group_get_display_name (group));
    }
  else if (PLN_IS_MEETING (item))
    {
      g_autofree char *label = pln_sidebar_format_meeting (PLN_MEETING (item));
      g_autofree char *dates = pln_format_meeting_dates (PLN_MEETING (item));

      gtk_widget_set_visible (dot, FALSE);
      gtk_label_set_text (GTK_LABEL (title), label);
      gtk_label_set_text (GTK_LABEL (subtitle), dates);
      gtk_widget_set_tooltip_text (title, NULL);
    }
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             PlnSidebar               *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  gtk_list_item_set_activatable (list_item, PLN_IS_MEETING (item));
  g_signal_group_set_target (g_object_get_data (G_OBJECT (list_item), "item-signals"), item);
  update_row (list_item);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               PlnSidebar               *self)
{
  g_signal_group_set_target (g_object_get_data (G_OBJECT (list_item), "item-signals"), NULL);
  g_signal_group_set_target (g_object_get_data (G_OBJECT (list_item), "group-signals"), NULL);
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
    expand_group_row (self, row, !gtk_tree_list_row_get_expanded (row));
}

/* The position of @item among the rows shown, its group expanded first
 * when it is a meeting and @expand is set; GTK_INVALID_LIST_POSITION when
 * it is not there. */
static guint
find_row (PlnSidebar *self,
          GObject    *item,
          gboolean    expand)
{
  GListModel *rows = G_LIST_MODEL (self->tree);
  gpointer group = PLN_IS_MEETING (item) ? pln_meeting_get_working_group (PLN_MEETING (item)) : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) row_item = gtk_tree_list_row_get_item (row);

      if (row_item == item)
        return i;
      if (row_item != group)
        continue;
      if (expand && !gtk_tree_list_row_get_expanded (row))
        expand_group_row (self, row, TRUE);
      /* Also when the meeting moved further down a group still growing. */
      if (gtk_tree_list_row_get_expanded (row))
        grow_to_meeting (self, row, PLN_MEETING (item));
    }

  return GTK_INVALID_LIST_POSITION;
}

/* The selection shows the meeting shown, also after the rows moved;
 * @expand opens its group, when the user went to the meeting. */
static void
sync_selection (PlnSidebar *self,
                gboolean    expand)
{
  guint position;

  if (self->selection == NULL || self->syncing)
    return;

  self->syncing = TRUE;
  position = self->shown ? find_row (self, G_OBJECT (self->shown), expand) : GTK_INVALID_LIST_POSITION;
  self->syncing = FALSE;
  if (gtk_single_selection_get_selected (self->selection) == position)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
rows_changed_cb (PlnSidebar *self)
{
  GObject *selected = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GObject) item = selected ? gtk_tree_list_row_get_item (GTK_TREE_LIST_ROW (selected)) : NULL;

  /* A meeting re-dated is taken out of its place and put in its new one,
   * and the selection with it. A group the user collapsed stays so: its
   * meeting is selected again when it is shown again. */
  if (self->shown != NULL && item != G_OBJECT (self->shown))
    sync_selection (self, FALSE);
}

/* Groups start expanded, as a secretariat works across all of them, but
 * a little at a time: the rows of ten years' meetings, made at once, held
 * the first frame of the workspace by some 40 ms, and a group of 200
 * meetings opened in one iteration held a frame by 130 ms. Per main-loop
 * iteration, below the priority of drawing, a group opened shows
 * ROWS_AT_ONCE more of its meetings, or else the next group opens with
 * its first ROWS_AT_ONCE, the first (in view) first; then groups added
 * later open as they come (autoexpand), and grow the same way. A group
 * opened or closed before its turn (going to a meeting of it, Enter on
 * its row) is left as it is; going to a meeting shows its group's
 * meetings down to it at once. */
static gboolean
open_more_cb (gpointer user_data)
{
  PlnSidebar *self = user_data;
  GListModel *groups = self->workspace ? pln_workspace_get_working_groups (self->workspace) : NULL;
  g_autoptr(GtkTreeListRow) row = NULL;
  g_autoptr(GObject) group = NULL;

  if (self->growing->len > 0)
    {
      GtkSliceListModel *slice = g_ptr_array_index (self->growing, 0);

      grow_slice (self, slice, gtk_slice_list_model_get_size (slice) + ROWS_AT_ONCE);
      return G_SOURCE_CONTINUE;
    }

  /* Once every group has had its turn, a group closed stays closed:
   * this idle only grows the groups that open afterwards. */
  if (groups == NULL || self->n_expanded >= g_list_model_get_n_items (groups))
    {
      if (self->tree != NULL)
        gtk_tree_list_model_set_autoexpand (self->tree, TRUE);
      g_hash_table_remove_all (self->opened);
      self->n_expanded = G_MAXUINT;
      self->open_source = 0;
      return G_SOURCE_REMOVE;
    }

  row = gtk_tree_list_model_get_child_row (self->tree, self->n_expanded++);
  group = row ? gtk_tree_list_row_get_item (row) : NULL;
  if (group != NULL && !g_hash_table_contains (self->opened, group))
    gtk_tree_list_row_set_expanded (row, TRUE);
  return G_SOURCE_CONTINUE;
}

static void
open_more (PlnSidebar *self)
{
  if (self->open_source == 0)
    self->open_source = g_idle_add (open_more_cb, self);
}

static void
pln_sidebar_dispose (GObject *object)
{
  PlnSidebar *self = PLN_SIDEBAR (object);

  g_clear_handle_id (&self->open_source, g_source_remove);
  g_clear_pointer (&self->opened, g_hash_table_unref);
  stop_growing_all (self);

  /* AdwBin unparents its child itself. */
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->workspace);
  g_clear_object (&self->shown);

  G_OBJECT_CLASS (pln_sidebar_parent_class)->dispose (object);
}

static void
pln_sidebar_finalize (GObject *object)
{
  PlnSidebar *self = PLN_SIDEBAR (object);

  g_ptr_array_unref (self->growing);

  G_OBJECT_CLASS (pln_sidebar_parent_class)->finalize (object);
}

static void
pln_sidebar_class_init (PlnSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_sidebar_dispose;
  object_class->finalize = pln_sidebar_finalize;

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

  /* The context menu key of the keyboard, and its usual stand-in. */
  gtk_widget_class_install_action (widget_class, "sidebar.popup-menu", NULL, popup_menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "sidebar.popup-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "sidebar.popup-menu", NULL);
}

static void
pln_sidebar_init (PlnSidebar *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->opened = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->growing = g_ptr_array_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
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
  g_clear_handle_id (&self->open_source, g_source_remove);
  g_hash_table_remove_all (self->opened);
  stop_growing_all (self);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->shown);

  if (workspace != NULL)
    {
      self->tree = gtk_tree_list_model_new (g_object_ref (pln_workspace_get_working_groups (workspace)),
                                            FALSE, FALSE, create_child_model, self, NULL);
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_signal_connect_object (self->tree, "items-changed", G_CALLBACK (rows_changed_cb), self, G_CONNECT_SWAPPED);
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
      self->n_expanded = 0;
      open_more (self);
    }
}

/**
 * pln_sidebar_set_shown_meeting:
 * @meeting: (nullable): the meeting the window shows
 *
 * Selects @meeting's row (expanding its group, scrolling to it), or no
 * row; the selection stays on it as the rows change, while its group is
 * expanded. Called as the user goes to a meeting, also the one shown.
 */
void
pln_sidebar_set_shown_meeting (PlnSidebar *self,
                               PlnMeeting *meeting)
{
  g_return_if_fail (PLN_IS_SIDEBAR (self));
  g_return_if_fail (meeting == NULL || PLN_IS_MEETING (meeting));

  g_set_object (&self->shown, meeting);
  sync_selection (self, TRUE);
}

/**
 * pln_sidebar_dup_selected_item:
 *
 * Returns: (transfer full) (nullable): the working group or meeting of the
 *   selected row
 */
GObject *
pln_sidebar_dup_selected_item (PlnSidebar *self)
{
  GtkTreeListRow *row;

  g_return_val_if_fail (PLN_IS_SIDEBAR (self), NULL);

  row = self->selection ? gtk_single_selection_get_selected_item (self->selection) : NULL;
  return row ? gtk_tree_list_row_get_item (row) : NULL;
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
