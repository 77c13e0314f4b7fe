/* pln-agenda-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-agenda-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-format.h"
#include "pln-agenda-page.h"
#include "pln-print.h"
#include "pln-window.h"

/* A meeting's agenda: the items and their lettered sub-items in a tree
 * list (add, remove with undo, move with Alt+Up/Down, numbered again after
 * each change), the selected item's title, annotation and documentation
 * (symbols checked against the working group's series), and the proposed
 * organization of work: which plenary meeting takes up which items, in
 * order, "(continued)" derived, with a warning for items placed nowhere
 * and plenary meetings that take up too many. The annotated provisional
 * agenda is exported from here. */

/* More items than this in one three-hour plenary meeting will not be
 * discussed properly: the organization of work says so. */
#define ITEMS_PER_SITTING 4

struct _PlnAgendaPage
{
  AdwBin               parent_instance;

  PlnContext           *context;

  /* Template widgets */
  GtkListView         *items_view;
  AdwStatusPage       *empty_page;
  AdwPreferencesGroup *item_group;
  AdwEntryRow         *title_row;
  AdwPreferencesGroup *annotation_group;
  GtkTextView         *annotation_view;
  AdwPreferencesGroup *documents_group;
  GtkListBox          *documents_list;
  GtkEntry            *symbol_entry;
  GtkEntry            *document_title_entry;
  GtkLabel            *symbol_hint;
  GtkDropDown         *sitting_dropdown;
  GtkLabel            *organization_warning;
  GtkListBox          *organization_list;

  /* Owned references */
  PlnMeeting          *meeting;
  PlnAgendaItem       *selected;
  GtkTreeListModel    *tree;
  GtkSingleSelection  *selection;
  GBinding            *title_binding;
  GBinding            *annotation_binding;
  GSignalGroup        *workspace_signals;
  GtkStringList       *sitting_names;
  GtkFileChooserNative *chooser;
  guint                refresh_source;
};

G_DEFINE_FINAL_TYPE (PlnAgendaPage, pln_agenda_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MEETING,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static PlnWindow *
get_window (PlnAgendaPage *self)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), PLN_TYPE_WINDOW);

  return window ? PLN_WINDOW (window) : NULL;
}

static void renumber_and_select (PlnAgendaPage *self,
                                 PlnAgendaItem *item);

static GListModel *
item_list (PlnAgendaPage *self,
           PlnAgendaItem *item)
{
  PlnAgendaItem *parent = pln_agenda_item_get_parent (item);

  return parent ? pln_agenda_item_get_sub_items (parent) : pln_meeting_get_agenda (self->meeting);
}

static gboolean
list_contains (GListModel *list,
               gpointer    item)
{
  guint position;

  return g_list_store_find (G_LIST_STORE (list), item, &position);
}

static const char *
group_series (PlnAgendaPage *self)
{
  PlnWorkingGroup *group = self->meeting ? pln_meeting_get_working_group (self->meeting) : NULL;

  return group ? pln_working_group_get_symbol_series (group) : NULL;
}

/* ------------------------------------------------------------ the item list */

static GListModel *
create_sub_items (gpointer item,
                  gpointer user_data)
{
  GListModel *subs = pln_agenda_item_get_sub_items (item);

  /* Only items have sub-items; an empty list shows no expander. */
  if (pln_agenda_item_is_sub_item (item))
    return NULL;

  return g_object_ref (subs);
}

/* Drag and drop: a row is dragged onto another of the same list (items
 * onto items, sub-items onto sub-items of the same item) and takes its
 * place; numbering follows. */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListItem   *list_item)
{
  PlnAgendaItem *item = g_object_get_data (G_OBJECT (list_item), "item");

  if (item == NULL)
    return NULL;

  return gdk_content_provider_new_typed (PLN_TYPE_AGENDA_ITEM, item);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkListItem   *list_item)
{
  PlnAgendaItem *dragged = g_value_get_object (value);
  PlnAgendaItem *onto = g_object_get_data (G_OBJECT (list_item), "item");
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  PlnAgendaPage *self = PLN_AGENDA_PAGE (gtk_widget_get_ancestor (widget, PLN_TYPE_AGENDA_PAGE));
  GListModel *list;
  guint position;

  if (self == NULL || onto == NULL || dragged == onto ||
      pln_agenda_item_get_parent (dragged) != pln_agenda_item_get_parent (onto))
    return FALSE;

  list = item_list (self, onto);
  if (!g_list_store_find (G_LIST_STORE (list), onto, &position))
    return FALSE;

  if (pln_agenda_item_is_sub_item (dragged))
    pln_agenda_item_move_sub_item (pln_agenda_item_get_parent (dragged), dragged, position);
  else
    pln_meeting_move_agenda_item (self->meeting, dragged, position);

  renumber_and_select (self, dragged);
  return TRUE;
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *label = gtk_label_new (NULL);
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (PLN_TYPE_AGENDA_ITEM, GDK_ACTION_MOVE);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
  gtk_list_item_set_child (list_item, expander);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), list_item);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), list_item);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (target));
}

static void
item_title_changed_cb (PlnAgendaItem *item,
                       GParamSpec    *pspec,
                       GtkLabel      *label)
{
  g_autofree char *text = NULL;

  if (pln_agenda_item_is_sub_item (item))
    text = g_strdup_printf ("(%s) %s", pln_agenda_item_get_number (item) ?: "", pln_agenda_item_get_title (item) ?: "");
  else
    text = g_strdup_printf ("%s. %s", pln_agenda_item_get_number (item) ?: "", pln_agenda_item_get_title (item) ?: "");

  gtk_label_set_text (label, text);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  PlnAgendaItem *item = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  item_title_changed_cb (item, NULL, GTK_LABEL (label));
  g_signal_connect_object (item, "notify::title", G_CALLBACK (item_title_changed_cb), label, 0);
  g_signal_connect_object (item, "notify::number", G_CALLBACK (item_title_changed_cb), label, 0);
  g_object_set_data_full (G_OBJECT (list_item), "item", item, g_object_unref);
}

static void
unbind_item_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  PlnAgendaItem *item = g_object_get_data (G_OBJECT (list_item), "item");
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));

  if (item != NULL)
    g_signal_handlers_disconnect_by_data (item, label);
  g_object_set_data (G_OBJECT (list_item), "item", NULL);
}

/* ------------------------------------------------------------ refreshing */

static gboolean
string_to_text (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  g_value_set_string (to, g_value_get_string (from) ? g_value_get_string (from) : "");
  return TRUE;
}

static void
remove_document_clicked_cb (GtkButton     *button,
                            PlnAgendaPage *self);

static void
refresh_documents (PlnAgendaPage *self)
{
  GListModel *documents;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->documents_list))) != NULL)
    gtk_list_box_remove (self->documents_list, child);

  if (self->selected == NULL)
    return;

  documents = pln_agenda_item_get_documents (self->selected);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(PlnDocumentRef) doc = g_list_model_get_item (documents, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      const char *symbol = pln_document_ref_get_symbol (doc);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pln_document_ref_get_title (doc) ?: "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), symbol ?: "");
      if (!pln_symbol_in_series (symbol, group_series (self)))
        {
          gtk_widget_add_css_class (row, "error");
          /* Translators: %s is the symbol series of the working group, e.g. CTOC/COP/WG.7 */
          gtk_widget_set_tooltip_text (row, _("The symbol is not in the working group’s series"));
        }
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove Document"));
      g_object_set_data_full (G_OBJECT (remove), "document", g_object_ref (doc), g_object_unref);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_document_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->documents_list, row);
    }
}

static gboolean
is_placed (PlnAgendaPage *self,
           PlnAgendaItem *item)
{
  GListModel *sittings = pln_meeting_get_sittings (self->meeting);

  for (guint s = 0; s < g_list_model_get_n_items (sittings); s++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, s);
      GListModel *placements = pln_sitting_get_placements (sitting);

      for (guint p = 0; p < g_list_model_get_n_items (placements); p++)
        {
          g_autoptr(PlnPlacement) placement = g_list_model_get_item (placements, p);

          if (pln_placement_get_agenda_item (placement) == item)
            return TRUE;
        }
    }

  return FALSE;
}

/* Items with sub-items are placed through their sub-items. */
static void
collect_unplaced (PlnAgendaPage *self,
                  GListModel    *items,
                  GString       *names)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (items, i);
      GListModel *subs = pln_agenda_item_get_sub_items (item);

      if (g_list_model_get_n_items (subs) > 0)
        collect_unplaced (self, subs, names);
      else if (!is_placed (self, item))
        {
          g_autofree char *label = pln_agenda_item_dup_label (item);

          g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", label);
        }
    }
}

static void
remove_placement_clicked_cb (GtkButton     *button,
                             PlnAgendaPage *self);

static char *
sitting_title (PlnMeeting *meeting,
               PlnSitting *sitting)
{
  char *when = pln_format_sitting_when (meeting, sitting);

  return when != NULL ? when : pln_sitting_dup_display_name (sitting);
}

static void
refresh_organization (PlnAgendaPage *self)
{
  GListModel *sittings = pln_meeting_get_sittings (self->meeting);
  g_autoptr(GString) unplaced = g_string_new (NULL);
  g_autoptr(GString) crowded = g_string_new (NULL);
  g_autoptr(GString) warning = g_string_new (NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint selected = gtk_drop_down_get_selected (self->sitting_dropdown);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->organization_list))) != NULL)
    gtk_list_box_remove (self->organization_list, child);

  for (guint s = 0; s < g_list_model_get_n_items (sittings); s++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, s);
      GListModel *placements = pln_sitting_get_placements (sitting);
      GtkWidget *expander = adw_expander_row_new ();
      g_autofree char *when = sitting_title (self->meeting, sitting);
      g_autofree char *name = pln_sitting_dup_display_name (sitting);
      guint n = g_list_model_get_n_items (placements);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), name);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), when);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
      g_ptr_array_add (names, g_strdup (name));

      if (n > ITEMS_PER_SITTING)
        g_string_append_printf (crowded, "%s%s", crowded->len > 0 ? ", " : "", name);

      for (guint p = 0; p < n; p++)
        {
          g_autoptr(PlnPlacement) placement = g_list_model_get_item (placements, p);
          PlnAgendaItem *item = pln_placement_get_agenda_item (placement);
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
          g_autofree char *label = item ? pln_agenda_item_dup_label (item) : g_strdup ("?");
          g_autofree char *title = NULL;

          if (pln_meeting_is_placement_continued (self->meeting, sitting, p))
            /* Translators: an item of the organization of work taken up again */
            title = g_strdup_printf (_("%s (continued)"), item ? pln_agenda_item_get_title (item) : "");
          else
            title = g_strdup (item ? pln_agenda_item_get_title (item) ?: "" : "");

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_label_new (label));
          gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (remove, "flat");
          gtk_widget_set_tooltip_text (remove, _("Take the Item out of This Plenary Meeting"));
          g_object_set_data_full (G_OBJECT (remove), "placement", g_object_ref (placement), g_object_unref);
          g_object_set_data_full (G_OBJECT (remove), "sitting", g_object_ref (sitting), g_object_unref);
          g_signal_connect (remove, "clicked", G_CALLBACK (remove_placement_clicked_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
        }

      gtk_list_box_append (self->organization_list, expander);
    }

  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->sitting_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sitting_names)),
                          (const char * const *) names->pdata);
  if (selected < g_list_model_get_n_items (sittings))
    gtk_drop_down_set_selected (self->sitting_dropdown, selected);

  collect_unplaced (self, pln_meeting_get_agenda (self->meeting), unplaced);
  if (unplaced->len > 0)
    /* Translators: %s lists agenda items, e.g. "2, 4 (a)" */
    g_string_append_printf (warning, _("Not placed in any plenary meeting: %s."), unplaced->str);
  if (crowded->len > 0)
    {
      if (warning->len > 0)
        g_string_append_c (warning, '\n');
      /* Translators: %u is a number of items; %s lists plenary meetings */
      g_string_append_printf (warning, _("More than %u items in a three-hour plenary meeting: %s."),
                              ITEMS_PER_SITTING, crowded->str);
    }

  gtk_label_set_text (self->organization_warning, warning->str);
  gtk_widget_set_visible (GTK_WIDGET (self->organization_warning), warning->len > 0);
}

static void
refresh (PlnAgendaPage *self)
{
  if (self->meeting == NULL)
    return;

  refresh_documents (self);
  refresh_organization (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  PlnAgendaPage *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Any edit of the workspace may concern the organization of work; the
 * refresh waits for the edit to be over. */
static void
workspace_changed_cb (PlnAgendaPage *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_cb, self, NULL);
}

/* ------------------------------------------------------------ selection */

static void
set_selected (PlnAgendaPage *self,
              PlnAgendaItem *item)
{
  gboolean has_item = item != NULL;

  g_clear_pointer (&self->title_binding, g_binding_unbind);
  g_clear_pointer (&self->annotation_binding, g_binding_unbind);
  g_set_object (&self->selected, item);

  gtk_widget_set_visible (GTK_WIDGET (self->empty_page), !has_item);
  gtk_widget_set_visible (GTK_WIDGET (self->item_group), has_item);
  gtk_widget_set_visible (GTK_WIDGET (self->annotation_group), has_item);
  gtk_widget_set_visible (GTK_WIDGET (self->documents_group), has_item);

  if (has_item)
    {
      g_autofree char *label = pln_agenda_item_dup_label (item);
      /* Translators: the heading of the editor of an agenda item; %s is its number, e.g. 2 or 1 (a) */
      g_autofree char *heading = g_strdup_printf (_("Agenda Item %s"), label);

      adw_preferences_group_set_title (self->item_group, heading);
      self->title_binding = g_object_bind_property_full (item, "title", self->title_row, "text",
                                                         G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                         string_to_text, NULL, NULL, NULL);
      self->annotation_binding = g_object_bind_property_full (item, "annotation",
                                                              gtk_text_view_get_buffer (self->annotation_view), "text",
                                                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                              string_to_text, NULL, NULL, NULL);
    }

  refresh_documents (self);
}

static void
selection_changed_cb (PlnAgendaPage *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(PlnAgendaItem) item = row ? gtk_tree_list_row_get_item (row) : NULL;

  set_selected (self, item);
}

/**
 * pln_agenda_page_select_item:
 *
 * Selects @item in the list, expanding its item if it is a sub-item.
 */
void
pln_agenda_page_select_item (PlnAgendaPage *self,
                             PlnAgendaItem *item)
{
  g_return_if_fail (PLN_IS_AGENDA_PAGE (self));

  if (self->tree == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      g_autoptr(PlnAgendaItem) row_item = gtk_tree_list_row_get_item (row);

      if (row_item == item)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

/* ------------------------------------------------------------ actions */

static void
renumber_and_select (PlnAgendaPage *self,
                     PlnAgendaItem *item)
{
  pln_meeting_renumber_agenda (self->meeting);
  pln_agenda_page_select_item (self, item);
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  g_autoptr(PlnAgendaItem) item = pln_agenda_item_new ();
  PlnAgendaItem *after = self->selected;
  guint position = g_list_model_get_n_items (pln_meeting_get_agenda (self->meeting));

  if (after != NULL && pln_agenda_item_is_sub_item (after))
    after = pln_agenda_item_get_parent (after);
  if (after != NULL && g_list_store_find (G_LIST_STORE (pln_meeting_get_agenda (self->meeting)), after, &position))
    position++;

  pln_agenda_item_set_title (item, _("New agenda item"));
  pln_meeting_insert_agenda_item (self->meeting, position, item);
  renumber_and_select (self, item);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
add_sub_item_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  g_autoptr(PlnAgendaItem) sub = pln_agenda_item_new ();
  PlnAgendaItem *parent = self->selected;

  if (parent == NULL)
    return;
  if (pln_agenda_item_is_sub_item (parent))
    parent = pln_agenda_item_get_parent (parent);

  pln_agenda_item_set_title (sub, _("New sub-item"));
  pln_agenda_item_append_sub_item (parent, sub);
  renumber_and_select (self, sub);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

typedef struct
{
  PlnAgendaPage *page;
  PlnMeeting    *meeting;
  PlnAgendaItem *parent;
  PlnAgendaItem *item;
  guint          position;
} RemovedItem;

static void
removed_item_free (gpointer data)
{
  RemovedItem *removed = data;

  g_clear_weak_pointer (&removed->page);
  g_clear_object (&removed->meeting);
  g_clear_object (&removed->parent);
  g_clear_object (&removed->item);
  g_free (removed);
}

static void
undo_remove_item (gpointer data)
{
  RemovedItem *removed = data;

  if (removed->parent != NULL)
    pln_agenda_item_insert_sub_item (removed->parent, removed->position, removed->item);
  else
    pln_meeting_insert_agenda_item (removed->meeting, removed->position, removed->item);

  pln_meeting_renumber_agenda (removed->meeting);
  if (removed->page != NULL && removed->page->meeting == removed->meeting)
    pln_agenda_page_select_item (removed->page, removed->item);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  PlnAgendaItem *parent;
  RemovedItem *removed;
  PlnWindow *window = get_window (self);
  int position;

  if (self->selected == NULL)
    return;

  removed = g_new0 (RemovedItem, 1);
  g_set_weak_pointer (&removed->page, self);
  removed->meeting = g_object_ref (self->meeting);
  removed->item = g_object_ref (self->selected);
  parent = pln_agenda_item_get_parent (self->selected);
  removed->parent = parent && list_contains (pln_agenda_item_get_sub_items (parent), self->selected)
                    ? g_object_ref (parent) : NULL;

  if (removed->parent != NULL)
    position = pln_agenda_item_remove_sub_item (removed->parent, removed->item);
  else
    position = pln_meeting_remove_agenda_item (self->meeting, removed->item);
  removed->position = MAX (position, 0);
  pln_meeting_renumber_agenda (self->meeting);

  if (window != NULL)
    pln_window_add_undo_toast (window, _("Agenda item removed"), undo_remove_item, removed, removed_item_free);
  else
    removed_item_free (removed);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  g_autoptr(PlnAgendaItem) item = self->selected ? g_object_ref (self->selected) : NULL;
  int delta = g_variant_get_int32 (parameter);
  GListModel *list;
  guint position;

  if (item == NULL)
    return;

  list = item_list (self, item);
  if (!g_list_store_find (G_LIST_STORE (list), item, &position) ||
      (delta < 0 && position == 0) ||
      (delta > 0 && position + 1 >= g_list_model_get_n_items (list)))
    return;

  if (pln_agenda_item_is_sub_item (item))
    pln_agenda_item_move_sub_item (pln_agenda_item_get_parent (item), item, position + delta);
  else
    pln_meeting_move_agenda_item (self->meeting, item, position + delta);
  renumber_and_select (self, item);
}

static void
add_document_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  g_autoptr(PlnDocumentRef) doc = NULL;
  const char *symbol = gtk_editable_get_text (GTK_EDITABLE (self->symbol_entry));
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->document_title_entry));

  if (self->selected == NULL || (*symbol == '\0' && *title == '\0'))
    return;

  doc = pln_document_ref_new ();
  pln_document_ref_set_symbol (doc, g_strstrip (g_strdup (symbol)));
  pln_document_ref_set_title (doc, title);
  pln_agenda_item_append_document (self->selected, doc);
  gtk_editable_set_text (GTK_EDITABLE (self->symbol_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->document_title_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->symbol_entry));
}

static void
symbol_changed_cb (PlnAgendaPage *self)
{
  const char *symbol = gtk_editable_get_text (GTK_EDITABLE (self->symbol_entry));
  const char *series = group_series (self);
  gboolean ok = *symbol == '\0' || pln_symbol_in_series (symbol, series);

  /* The hint says what is expected, as the user types. */
  if (!ok)
    {
      /* Translators: %s is the symbol series of the working group, e.g. CTOC/COP/WG.7 */
      g_autofree char *hint = g_strdup_printf (_("Symbols of this working group start with %s/"), series);

      gtk_label_set_text (self->symbol_hint, hint);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->symbol_hint), !ok);
  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->symbol_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->symbol_entry), "error");
}

typedef struct
{
  GListStore *list;
  GObject    *object;
  guint       position;
} RemovedObject;

static void
removed_object_free (gpointer data)
{
  RemovedObject *removed = data;

  g_clear_object (&removed->list);
  g_clear_object (&removed->object);
  g_free (removed);
}

static void
undo_remove_object (gpointer data)
{
  RemovedObject *removed = data;

  g_list_store_insert (removed->list, MIN (removed->position, g_list_model_get_n_items (G_LIST_MODEL (removed->list))),
                       removed->object);
}

/* Removes @object from @list with a toast to put it back. */
static void
remove_with_undo (PlnAgendaPage *self,
                  GListModel    *list,
                  GObject       *object,
                  const char    *title)
{
  PlnWindow *window = get_window (self);
  RemovedObject *removed = g_new0 (RemovedObject, 1);

  removed->list = g_object_ref (G_LIST_STORE (list));
  removed->object = g_object_ref (object);
  if (g_list_store_find (G_LIST_STORE (list), object, &removed->position))
    g_list_store_remove (G_LIST_STORE (list), removed->position);

  if (window != NULL)
    pln_window_add_undo_toast (window, title, undo_remove_object, removed, removed_object_free);
  else
    removed_object_free (removed);
}

static void
remove_document_clicked_cb (GtkButton     *button,
                            PlnAgendaPage *self)
{
  GObject *doc = g_object_get_data (G_OBJECT (button), "document");

  if (self->selected != NULL)
    remove_with_undo (self, pln_agenda_item_get_documents (self->selected), doc, _("Document removed"));
}

static void
remove_placement_clicked_cb (GtkButton     *button,
                             PlnAgendaPage *self)
{
  GObject *placement = g_object_get_data (G_OBJECT (button), "placement");
  PlnSitting *sitting = g_object_get_data (G_OBJECT (button), "sitting");

  remove_with_undo (self, pln_sitting_get_placements (sitting), placement,
                    _("Item taken out of the plenary meeting"));
}

static void
place_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  g_autoptr(PlnSitting) sitting = NULL;
  g_autoptr(PlnPlacement) placement = NULL;

  if (self->selected == NULL)
    return;

  sitting = g_list_model_get_item (pln_meeting_get_sittings (self->meeting),
                                   gtk_drop_down_get_selected (self->sitting_dropdown));
  if (sitting == NULL)
    return;

  placement = pln_placement_new ();
  pln_placement_set_agenda_item (placement, self->selected);
  pln_sitting_append_placement (sitting, placement);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    PlnAgendaPage   *self)
{
  PlnDocumentFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "format"));
  PlnWindow *window = get_window (self);

  if (response == GTK_RESPONSE_ACCEPT && self->meeting != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(PlnDocument) document = pln_agenda_document_new (self->meeting);
      g_autoptr(GError) error = NULL;

      if (pln_document_export (document, format, file, NULL, &error))
        {
          if (window != NULL)
            pln_window_add_toast (window, adw_toast_new (_("Agenda exported")));
        }
      else
        {
          GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (window), _("The Agenda Could Not Be Exported"),
                                                       error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (message));
        }
    }

  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  PlnDocumentFormat format;
  g_autofree char *name = NULL;
  PlnWorkingGroup *group;

  if (self->meeting == NULL || !pln_document_format_from_string (g_variant_get_string (parameter, NULL), &format))
    return;

  group = pln_meeting_get_working_group (self->meeting);
  /* The file name is English, like the document. */
  name = g_strdup_printf ("Annotated provisional agenda %s %u.%s",
                          group && pln_working_group_get_short_name (group) ? pln_working_group_get_short_name (group) : "",
                          pln_meeting_get_ordinal (self->meeting), pln_document_format_get_extension (format));

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Agenda"), GTK_WINDOW (get_window (self)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_object_set_data (G_OBJECT (self->chooser), "format", GINT_TO_POINTER (format));
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * pln_agenda_page_print:
 * @export_filename: (nullable): a PDF file to print to without asking, or
 *   %NULL for the print dialog
 *
 * Prints the annotated provisional agenda through GTK's printing.
 */
gboolean
pln_agenda_page_print (PlnAgendaPage  *self,
                       const char     *export_filename,
                       GError        **error)
{
  g_autoptr(PlnDocument) document = NULL;

  g_return_val_if_fail (PLN_IS_AGENDA_PAGE (self), FALSE);
  g_return_val_if_fail (self->meeting != NULL, FALSE);

  document = pln_agenda_document_new (self->meeting);
  return pln_print_document (GTK_WINDOW (get_window (self)), document, export_filename, error);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->meeting == NULL)
    return;

  if (!pln_agenda_page_print (self, NULL, &error))
    {
      GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (get_window (self)),
                                                   _("The Agenda Could Not Be Printed"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
    }
}

/* ------------------------------------------------------------ object */

static void
pln_agenda_page_dispose (GObject *object)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (object);

  g_clear_object (&self->context);
  /* AdwBin unparents its child itself. */
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_pointer (&self->title_binding, g_binding_unbind);
  g_clear_pointer (&self->annotation_binding, g_binding_unbind);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->selected);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (pln_agenda_page_parent_class)->dispose (object);
}

static void
pln_agenda_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_agenda_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      pln_agenda_page_set_context (self, g_value_get_object (value));
      break;

    case PROP_MEETING:
      pln_agenda_page_set_meeting (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_agenda_page_class_init (PlnAgendaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pln_agenda_page_dispose;
  object_class->get_property = pln_agenda_page_get_property;
  object_class->set_property = pln_agenda_page_set_property;

  properties [PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL,
                         PLN_TYPE_MEETING,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         PLN_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-agenda-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, items_view);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, item_group);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, annotation_group);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, annotation_view);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, documents_group);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, documents_list);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, symbol_entry);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, document_title_entry);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, symbol_hint);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, sitting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, organization_warning);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, organization_list);

  gtk_widget_class_install_action (widget_class, "agenda.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "agenda.add-sub-item", NULL, add_sub_item_action);
  gtk_widget_class_install_action (widget_class, "agenda.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "agenda.move", "i", move_action);
  gtk_widget_class_install_action (widget_class, "agenda.add-document", NULL, add_document_action);
  gtk_widget_class_install_action (widget_class, "agenda.place", NULL, place_action);
  gtk_widget_class_install_action (widget_class, "agenda.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "agenda.print", NULL, print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "agenda.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "agenda.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "agenda.add-item", NULL);
}

static void
pln_agenda_page_init (PlnAgendaPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_item_cb), NULL);
  gtk_list_view_set_factory (self->items_view, factory);
  g_object_unref (factory);

  self->sitting_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->sitting_dropdown, G_LIST_MODEL (self->sitting_names));
  g_object_unref (self->sitting_names);

  self->workspace_signals = g_signal_group_new (PLN_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "changed", G_CALLBACK (workspace_changed_cb), self);
  g_signal_connect_object (self->symbol_entry, "changed", G_CALLBACK (symbol_changed_cb), self, G_CONNECT_SWAPPED);

  set_selected (self, NULL);
}

PlnMeeting *
pln_agenda_page_get_meeting (PlnAgendaPage *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_PAGE (self), NULL);

  return self->meeting;
}

void
pln_agenda_page_set_meeting (PlnAgendaPage *self,
                             PlnMeeting    *meeting)
{
  g_return_if_fail (PLN_IS_AGENDA_PAGE (self));
  g_return_if_fail (meeting == NULL || PLN_IS_MEETING (meeting));

  if (!g_set_object (&self->meeting, meeting))
    return;

  set_selected (self, NULL);
  gtk_list_view_set_model (self->items_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_signal_group_set_target (self->workspace_signals, meeting ? pln_meeting_get_workspace (meeting) : NULL);

  if (meeting != NULL)
    {
      self->tree = gtk_tree_list_model_new (g_object_ref (pln_meeting_get_agenda (meeting)), FALSE, TRUE,
                                            create_sub_items, NULL, NULL);
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_signal_connect_object (self->selection, "notify::selected-item",
                               G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
      gtk_list_view_set_model (self->items_view, GTK_SELECTION_MODEL (self->selection));
      refresh (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MEETING]);
}

/**
 * pln_agenda_page_get_selected_item:
 *
 * Returns: (transfer none) (nullable): the item being edited
 */
PlnAgendaItem *
pln_agenda_page_get_selected_item (PlnAgendaPage *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_PAGE (self), NULL);

  return self->selected;
}

/**
 * pln_agenda_page_get_organization_list:
 *
 * Returns: (transfer none): the list of the organization of work, a row a
 *   plenary meeting with a row a placed item inside
 */
GtkWidget *
pln_agenda_page_get_organization_list (PlnAgendaPage *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_PAGE (self), NULL);

  return GTK_WIDGET (self->organization_list);
}

/**
 * pln_agenda_page_get_warning:
 *
 * Returns: what the organization of work warns of, or ""
 */
const char *
pln_agenda_page_get_warning (PlnAgendaPage *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_PAGE (self), NULL);

  return gtk_label_get_text (self->organization_warning);
}

/**
 * pln_agenda_page_get_context:
 *
 * Returns: (transfer none) (nullable): what the page was given
 */
PlnContext *
pln_agenda_page_get_context (PlnAgendaPage *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_PAGE (self), NULL);

  return self->context;
}

void
pln_agenda_page_set_context (PlnAgendaPage *self,
                             PlnContext *context)
{
  g_return_if_fail (PLN_IS_AGENDA_PAGE (self));
  g_return_if_fail (context == NULL || PLN_IS_CONTEXT (context));

  if (g_set_object (&self->context, context))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
}
