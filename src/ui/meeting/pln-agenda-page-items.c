/* pln-agenda-page-items.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-agenda-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-agenda-page-private.h"
#include "pln-format.h"

/* The agenda's items and their sub-items: the tree list's rows (dragged
 * onto one another to reorder), and the actions that add, remove (with
 * Undo) and move them. Every change is numbered again at once. */

/* ------------------------------------------------------------ changes */

/* Puts @item at @position of @parent's sub-items, or of the agenda where
 * @parent is %NULL; G_MAXUINT puts it last. */
static void
insert_item (PlnMeeting    *meeting,
             PlnAgendaItem *parent,
             guint          position,
             PlnAgendaItem *item)
{
  if (parent != NULL)
    pln_agenda_item_insert_sub_item (parent, position, item);
  else
    pln_meeting_insert_agenda_item (meeting, position, item);
}

/* Moves @item to @position of the list it is in; it stays selected. */
static void
move_item (PlnAgendaPage *self,
           PlnAgendaItem *item,
           guint          position)
{
  if (pln_agenda_item_is_sub_item (item))
    pln_agenda_item_move_sub_item (pln_agenda_item_get_parent (item), item, position);
  else
    pln_meeting_move_agenda_item (self->meeting, item, position);
  _pln_agenda_page_renumber_and_select (self, item);
}

/* ------------------------------------------------------------ the rows */

static PlnAgendaItem *
controller_item (GtkEventController *controller)
{
  GtkWidget *expander = gtk_event_controller_get_widget (controller);

  return gtk_tree_expander_get_item (GTK_TREE_EXPANDER (expander));
}

/* Drag and drop: a row is dragged onto another of the same list (items
 * onto items, sub-items onto sub-items of the same item) and takes its
 * place; numbering follows. */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 gpointer       user_data)
{
  g_autoptr(PlnAgendaItem) item = controller_item (GTK_EVENT_CONTROLLER (source));

  if (item == NULL)
    return NULL;

  return gdk_content_provider_new_typed (PLN_TYPE_AGENDA_ITEM, item);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PlnAgendaPage *self)
{
  PlnAgendaItem *dragged = g_value_get_object (value);
  g_autoptr(PlnAgendaItem) onto = controller_item (GTK_EVENT_CONTROLLER (target));
  GListModel *list;
  guint position;

  if (self->meeting == NULL || onto == NULL || dragged == onto ||
      pln_agenda_item_get_parent (dragged) != pln_agenda_item_get_parent (onto))
    return FALSE;

  list = _pln_agenda_page_item_list (self, onto);
  if (!g_list_store_find (G_LIST_STORE (list), onto, &position))
    return FALSE;

  move_item (self, dragged, position);
  return TRUE;
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               PlnAgendaPage            *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *label = gtk_label_new (NULL);
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (PLN_TYPE_AGENDA_ITEM, GDK_ACTION_MOVE);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* A long title asks for no more than this: the details get the rest. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
  gtk_list_item_set_child (list_item, expander);

  /* The controllers find their item through the expander's row. */
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), NULL);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (source));
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (target));
}

static void
item_title_changed_cb (PlnAgendaItem *item,
                       GParamSpec    *pspec,
                       GtkLabel      *label)
{
  const char *number = pln_agenda_item_get_number (item) ?: "";
  const char *title = pln_agenda_item_get_title (item) ?: "";
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;

  if (pln_agenda_item_is_sub_item (item))
    text = g_strdup_printf ("(%s) %s", number, title);
  else
    text = g_strdup_printf ("%s. %s", number, title);

  /* Titles are in English whatever the interface's language: each would
   * otherwise be laid out in the direction of its first letter, and in
   * Arabic the outline would align left and right by turns. */
  shown = pln_format_in_reading_order (text);
  gtk_label_set_text (label, shown);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  g_autoptr(PlnAgendaItem) item = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  item_title_changed_cb (item, NULL, GTK_LABEL (label));
  g_signal_connect_object (item, "notify::title", G_CALLBACK (item_title_changed_cb), label, 0);
  g_signal_connect_object (item, "notify::number", G_CALLBACK (item_title_changed_cb), label, 0);
}

static void
unbind_item_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  g_autoptr(PlnAgendaItem) item = gtk_tree_expander_get_item (GTK_TREE_EXPANDER (expander));

  if (item != NULL)
    g_signal_handlers_disconnect_by_data (item, label);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
}

GtkListItemFactory *
_pln_agenda_page_create_item_factory (PlnAgendaPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_item_cb), NULL);
  return factory;
}

/* ------------------------------------------------------------ actions */

/* The selected item, or the item of the selected sub-item: what a new
 * item goes after, or a new sub-item under. */
static PlnAgendaItem *
selected_top_item (PlnAgendaPage *self)
{
  if (self->selected != NULL && pln_agenda_item_is_sub_item (self->selected))
    return pln_agenda_item_get_parent (self->selected);

  return self->selected;
}

/* A new item titled @title, placed as insert_item() does, is selected
 * with its title ready to be typed over. */
static void
add_item (PlnAgendaPage *self,
          PlnAgendaItem *parent,
          guint          position,
          const char    *title)
{
  g_autoptr(PlnAgendaItem) item = pln_agenda_item_new ();

  pln_agenda_item_set_title (item, title);
  insert_item (self->meeting, parent, position, item);
  _pln_agenda_page_renumber_and_select (self, item);
  _pln_agenda_page_show_details (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  PlnAgendaItem *after = selected_top_item (self);
  GListModel *agenda;
  guint position;

  if (self->meeting == NULL)
    return;

  /* A new item goes after the selected one (or its item), else last. */
  agenda = pln_meeting_get_agenda (self->meeting);
  position = g_list_model_get_n_items (agenda);
  if (after != NULL && g_list_store_find (G_LIST_STORE (agenda), after, &position))
    position++;

  add_item (self, NULL, position, _("New agenda item"));
}

/* A new sub-item goes last under the selected item (or its item). */
static void
add_sub_item_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlnAgendaPage *self = PLN_AGENDA_PAGE (widget);
  PlnAgendaItem *parent = selected_top_item (self);

  if (parent != NULL)
    add_item (self, parent, G_MAXUINT, _("New sub-item"));
}

typedef struct
{
  PlnAgendaPage *page;      /* weak */
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

  insert_item (removed->meeting, removed->parent, removed->position, removed->item);
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
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));
  PlnAgendaItem *parent;
  RemovedItem *removed;
  int position;

  if (self->selected == NULL)
    return;

  removed = g_new0 (RemovedItem, 1);
  g_set_weak_pointer (&removed->page, self);
  removed->meeting = g_object_ref (self->meeting);
  removed->item = g_object_ref (self->selected);
  parent = pln_agenda_item_get_parent (self->selected);
  if (parent != NULL && g_list_store_find (G_LIST_STORE (pln_agenda_item_get_sub_items (parent)),
                                           self->selected, NULL))
    removed->parent = g_object_ref (parent);

  if (removed->parent != NULL)
    position = pln_agenda_item_remove_sub_item (removed->parent, removed->item);
  else
    position = pln_meeting_remove_agenda_item (self->meeting, removed->item);
  removed->position = MAX (position, 0);
  pln_meeting_renumber_agenda (self->meeting);

  if (context != NULL)
    pln_context_add_undo (context, _("Agenda item removed"), undo_remove_item, removed, removed_item_free);
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

  list = _pln_agenda_page_item_list (self, item);
  if (!g_list_store_find (G_LIST_STORE (list), item, &position) ||
      (delta < 0 && position == 0) ||
      (delta > 0 && position + 1 >= g_list_model_get_n_items (list)))
    return;

  move_item (self, item, position + delta);
}

void
_pln_agenda_page_class_init_items (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "agenda.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "agenda.add-sub-item", NULL, add_sub_item_action);
  gtk_widget_class_install_action (widget_class, "agenda.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "agenda.move", "i", move_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "agenda.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "agenda.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "agenda.add-item", NULL);
}
