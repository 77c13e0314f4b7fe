/* pln-agenda-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-agenda-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-accessible.h"
#include "pln-agenda-page-private.h"
#include "pln-document-row.h"
#include "pln-format.h"
#include "pln-placement-row.h"
#include "pln-sitting-row.h"

/* A meeting's agenda: the items and their lettered sub-items in a tree
 * list (add, remove with undo, move with Alt+Up/Down, numbered again after
 * each change), the selected item's title, annotation and documentation
 * (symbols checked against the working group's series), and the proposed
 * organization of work: which plenary meeting takes up which items, in
 * order, "(continued)" derived, with a warning for items placed nowhere
 * and plenary meetings that take up too many. The annotated provisional
 * agenda is exported from here.
 *
 * The page listens to what it shows only: the agenda's lists, the titles
 * and numbers of its items, the plenary meetings and what they take up,
 * and the working group's symbol series. An edit elsewhere in the
 * workspace (a registration typed in) leaves it alone. */

/* The rows are made by the page's lists, not by templates: registering
 * the page registers them, so that their templates can be checked by
 * name wherever the page's types are. */
G_DEFINE_FINAL_TYPE_WITH_CODE (PlnAgendaPage, pln_agenda_page, PLN_TYPE_PAGE,
                               g_type_ensure (PLN_TYPE_DOCUMENT_ROW);
                               g_type_ensure (PLN_TYPE_PLACEMENT_ROW);
                               g_type_ensure (PLN_TYPE_SITTING_ROW))

static void watch_list (PlnAgendaPage *self,
                        GListModel    *list);

/* ------------------------------------------------------------ helpers */

const char *
_pln_agenda_page_get_series (PlnAgendaPage *self)
{
  PlnWorkingGroup *group = self->meeting ? pln_meeting_get_working_group (self->meeting) : NULL;

  return group ? pln_working_group_get_symbol_series (group) : NULL;
}

/* The list @item is in: the agenda, or its item's sub-items. */
GListModel *
_pln_agenda_page_item_list (PlnAgendaPage *self,
                            PlnAgendaItem *item)
{
  PlnAgendaItem *parent = pln_agenda_item_get_parent (item);

  return parent ? pln_agenda_item_get_sub_items (parent) : pln_meeting_get_agenda (self->meeting);
}

/* In a narrow window, where the list and the details take turns: the
 * selected item's details, after it was activated or added. */
void
_pln_agenda_page_show_details (PlnAgendaPage *self)
{
  if (self->selected != NULL)
    adw_leaflet_set_visible_child_name (self->leaflet, "details");
}

static void
show_items_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "items");
  gtk_widget_grab_focus (GTK_WIDGET (self->items_view));
}

static void
item_activated_cb (PlnAgendaPage *self)
{
  _pln_agenda_page_show_details (self);
}

/* A click on an item in the folded list opens it, as Enter does. */
static void
items_clicked_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  PlnAgendaPage   *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    _pln_agenda_page_show_details (self);
}

void
_pln_agenda_page_renumber_and_select (PlnAgendaPage *self,
                                      PlnAgendaItem *item)
{
  pln_meeting_renumber_agenda (self->meeting);
  pln_agenda_page_select_item (self, item);
}

/* ------------------------------------------------------------ listening */

static void
refresh_cb (gpointer owner)
{
  PlnAgendaPage *self = owner;

  if (self->meeting != NULL)
    _pln_agenda_page_refresh_organization (self);
}

/* Many edits come at once (a move renumbers every item): the warning and
 * the "(continued)" marks are worked out again once they are over. */
static void
schedule_refresh (PlnAgendaPage *self)
{
  pln_idle_refresh_schedule (&self->refresh, self, refresh_cb);
}

/* An item's title and number show in the organization of work and its
 * warning; a plenary meeting's name and times in the list to place items. */
static void
watch_object (PlnAgendaPage *self,
              GObject       *object)
{
  if (g_signal_handler_find (object, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self) != 0)
    return;

  if (PLN_IS_AGENDA_ITEM (object))
    {
      g_signal_connect_object (object, "notify::title", G_CALLBACK (schedule_refresh), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (object, "notify::number", G_CALLBACK (schedule_refresh), self, G_CONNECT_SWAPPED);
      watch_list (self, pln_agenda_item_get_sub_items (PLN_AGENDA_ITEM (object)));
    }
  else if (PLN_IS_SITTING (object))
    {
      g_signal_connect_object (object, "notify", G_CALLBACK (schedule_refresh), self, G_CONNECT_SWAPPED);
      watch_list (self, pln_sitting_get_placements (PLN_SITTING (object)));
    }
}

static void
watch_items (PlnAgendaPage *self,
             GListModel    *list,
             guint          position,
             guint          n_items)
{
  for (guint i = position; i < position + n_items; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (list, i);

      watch_object (self, object);
    }
}

static void
list_changed_cb (GListModel    *list,
                 guint          position,
                 guint          removed,
                 guint          added,
                 PlnAgendaPage *self)
{
  watch_items (self, list, position, added);
  schedule_refresh (self);
}

static void
watch_list (PlnAgendaPage *self,
            GListModel    *list)
{
  if (g_signal_handler_find (list, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self) == 0)
    g_signal_connect_object (list, "items-changed", G_CALLBACK (list_changed_cb), self, 0);
  watch_items (self, list, 0, g_list_model_get_n_items (list));
}

/* Forgets @list and what is in it, when the page shows another meeting. */
static void
unwatch_list (PlnAgendaPage *self,
              GListModel    *list)
{
  g_signal_handlers_disconnect_by_data (list, self);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (list, i);

      g_signal_handlers_disconnect_by_data (object, self);
      if (PLN_IS_AGENDA_ITEM (object))
        unwatch_list (self, pln_agenda_item_get_sub_items (PLN_AGENDA_ITEM (object)));
      else if (PLN_IS_SITTING (object))
        unwatch_list (self, pln_sitting_get_placements (PLN_SITTING (object)));
    }
}

/* The working group, or its symbol series, changed: the documentation is
 * checked against the new series. */
static void
series_changed_cb (PlnAgendaPage *self)
{
  g_signal_group_set_target (self->group_signals,
                             self->meeting ? pln_meeting_get_working_group (self->meeting) : NULL);
  _pln_agenda_page_bind_documents (self);
  _pln_agenda_page_check_symbol (self);
}

/* ------------------------------------------------------------ selection */

/* The delegation's notes on the item selected, in a subscribed workspace. */
static void
set_notes_target (PlnAgendaPage *self)
{
  PlnMeeting *meeting = pln_page_get_meeting (PLN_PAGE (self));

  pln_notes_group_set_target (self->notes_group,
                              meeting != NULL && self->selected != NULL ? pln_meeting_get_id (meeting) : NULL,
                              self->selected != NULL ? pln_agenda_item_get_id (self->selected) : NULL);
}

static void
set_selected (PlnAgendaPage *self,
              PlnAgendaItem *item)
{
  gboolean has_item = item != NULL;

  g_clear_pointer (&self->title_binding, g_binding_unbind);
  g_clear_pointer (&self->changed_binding, g_binding_unbind);
  g_clear_pointer (&self->annotation_binding, g_binding_unbind);
  g_set_object (&self->selected, item);

  gtk_widget_set_visible (GTK_WIDGET (self->empty_page), !has_item);
  gtk_widget_set_visible (GTK_WIDGET (self->item_group), has_item);
  gtk_widget_set_visible (GTK_WIDGET (self->annotation_group), has_item);
  gtk_widget_set_visible (GTK_WIDGET (self->documents_group), has_item);
  gtk_widget_set_visible (GTK_WIDGET (self->item_footnotes_group), has_item);

  if (has_item)
    {
      g_autofree char *label = pln_agenda_item_dup_label (item);
      /* Translators: the heading of the editor of an agenda item; %s is its number, e.g. 2 or 1 (a) */
      g_autofree char *heading = g_strdup_printf (_("Agenda Item %s"), label);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->annotation_view);

      adw_preferences_group_set_title (self->item_group, heading);
      self->title_binding = g_object_bind_property_full (item, "title", self->title_row, "text",
                                                         G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                         pln_format_binding_text, NULL, NULL, NULL);
      /* Who changed it: the group's description, under its heading. */
      self->changed_binding = g_object_bind_property_full (item, "changed-at", self->item_group, "description",
                                                           G_BINDING_SYNC_CREATE,
                                                           pln_format_binding_changed, NULL, NULL, NULL);
      self->annotation_binding = g_object_bind_property_full (item, "annotation", buffer, "text",
                                                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                              pln_format_binding_text, NULL, NULL, NULL);
    }

  _pln_agenda_page_bind_documents (self);
  _pln_agenda_page_bind_footnotes (self);
  set_notes_target (self);
}

static void
selection_changed_cb (PlnAgendaPage *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(PlnAgendaItem) item = row ? gtk_tree_list_row_get_item (row) : NULL;

  set_selected (self, item);
}

static GListModel *
create_sub_items (gpointer item,
                  gpointer user_data)
{
  /* Only items have sub-items; an empty list shows no expander. */
  if (pln_agenda_item_is_sub_item (item))
    return NULL;

  return g_object_ref (pln_agenda_item_get_sub_items (item));
}

/* ------------------------------------------------------------ object */

static void
show_meeting (PlnAgendaPage *self)
{
  PlnMeeting *meeting = self->meeting;

  self->tree = gtk_tree_list_model_new (g_object_ref (pln_meeting_get_agenda (meeting)), FALSE, TRUE,
                                        create_sub_items, NULL, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->items_view, GTK_SELECTION_MODEL (self->selection));

  watch_list (self, pln_meeting_get_agenda (meeting));
  watch_list (self, pln_meeting_get_sittings (meeting));
  g_signal_group_set_target (self->group_signals, pln_meeting_get_working_group (meeting));
  _pln_agenda_page_bind_organization (self);
  _pln_agenda_page_refresh_organization (self);
}

static void
pln_agenda_page_meeting_changed (PlnPage    *page,
                                 PlnMeeting *old_meeting)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (page);
  PlnMeeting *meeting = pln_page_get_meeting (page);

  if (old_meeting != NULL)
    {
      unwatch_list (self, pln_meeting_get_agenda (old_meeting));
      unwatch_list (self, pln_meeting_get_sittings (old_meeting));
    }
  pln_idle_refresh_cancel (&self->refresh);
  self->meeting = meeting;

  set_selected (self, NULL);
  gtk_list_view_set_model (self->items_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_signal_group_set_target (self->meeting_signals, meeting);
  g_signal_group_set_target (self->group_signals, NULL);
  _pln_agenda_page_bind_organization (self);

  if (meeting != NULL)
    show_meeting (self);
}

static void
pln_agenda_page_dispose (GObject *object)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_AGENDA_PAGE);
  pln_idle_refresh_cancel (&self->refresh);
  if (self->meeting != NULL)
    {
      unwatch_list (self, pln_meeting_get_agenda (self->meeting));
      unwatch_list (self, pln_meeting_get_sittings (self->meeting));
    }
  g_clear_pointer (&self->title_binding, g_binding_unbind);
  g_clear_pointer (&self->changed_binding, g_binding_unbind);
  g_clear_pointer (&self->annotation_binding, g_binding_unbind);
  g_clear_object (&self->meeting_signals);
  g_clear_object (&self->group_signals);
  g_clear_object (&self->organization);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->selected);
  self->meeting = NULL;

  G_OBJECT_CLASS (pln_agenda_page_parent_class)->dispose (object);
}

static void
pln_agenda_page_class_init (PlnAgendaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlnPageClass *page_class = PLN_PAGE_CLASS (klass);

  object_class->dispose = pln_agenda_page_dispose;
  page_class->meeting_changed = pln_agenda_page_meeting_changed;

  g_type_ensure (PLN_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-agenda-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, items_view);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, item_group);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, annotation_group);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, notes_group);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, annotation_view);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, documents_group);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, documents_list);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, item_footnotes_group);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, annex_footnotes_group);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, symbol_entry);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, document_title_entry);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, symbol_hint);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, sitting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, organization_warning);
  gtk_widget_class_bind_template_child (widget_class, PlnAgendaPage, organization_list);

  _pln_agenda_page_class_init_items (widget_class);
  _pln_agenda_page_class_init_documents (widget_class);
  _pln_agenda_page_class_init_footnotes (widget_class);
  _pln_agenda_page_class_init_organization (widget_class);
  _pln_agenda_page_class_init_export (widget_class);

  gtk_widget_class_install_action (widget_class, "agenda.show-items", NULL, show_items_action);
}

static void
pln_agenda_page_init (PlnAgendaPage *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The page's own child, not bound: AdwBin unparents it itself. */
  self->leaflet = ADW_LEAFLET (adw_bin_get_child (ADW_BIN (self)));

  factory = _pln_agenda_page_create_item_factory (self);
  gtk_list_view_set_factory (self->items_view, factory);
  g_signal_connect_swapped (self->items_view, "activate", G_CALLBACK (item_activated_cb), self);
  /* After the list has selected the row clicked: released, not pressed. */
  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (items_clicked_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->items_view), GTK_EVENT_CONTROLLER (click));

  pln_accessible_set_label (GTK_WIDGET (self->export_button), _("Export the Annotated Provisional Agenda"));
  pln_accessible_set_label (GTK_WIDGET (self->sitting_dropdown), _("Plenary meeting"));

  _pln_agenda_page_init_footnotes (self);

  self->sitting_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->sitting_dropdown, G_LIST_MODEL (self->sitting_names));
  g_object_unref (self->sitting_names);

  self->meeting_signals = g_signal_group_new (PLN_TYPE_MEETING);
  g_signal_group_connect_swapped (self->meeting_signals, "notify::working-group",
                                  G_CALLBACK (series_changed_cb), self);
  self->group_signals = g_signal_group_new (PLN_TYPE_WORKING_GROUP);
  g_signal_group_connect_swapped (self->group_signals, "notify::symbol-series",
                                  G_CALLBACK (series_changed_cb), self);

  set_selected (self, NULL);
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

/**
 * pln_agenda_page_get_organization_list:
 *
 * Returns: (transfer none): the list of the organization of work, a row a
 *   plenary meeting followed by a row a placed item
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
 * pln_agenda_page_get_n_rebuilds:
 *
 * For tests: how many times the organization of work and its warning
 * were worked out again after an edit.
 */
guint
pln_agenda_page_get_n_rebuilds (PlnAgendaPage *self)
{
  g_return_val_if_fail (PLN_IS_AGENDA_PAGE (self), 0);

  return self->refresh.n_runs;
}
