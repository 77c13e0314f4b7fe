/* pln-speakers-page-list.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-speakers-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-accessible.h"
#include "pln-speakers-page-private.h"

/* The list of speakers: a row for each, in the order they take the floor,
 * with the agenda item, whether they speak online, where they were carried
 * over from, whether the chair gave them the floor over the online cap,
 * their written statements and their time. Alt+Up/Down and a drag move a
 * speaker, Delete removes one; each is undone with Ctrl+Z, the cap applied
 * after it included. The row's menu (its button, or the Menu key or
 * Shift+F10 on the row) has what else can be done with one speaker. */

typedef struct
{
  GtkLabel      *position;
  GtkLabel      *delegation;
  GtkLabel      *details;
  GtkWidget     *statement;
  GtkWidget     *online;
  GtkLabel      *time;
  GtkMenuButton *menu;
} Row;

static char *
dup_carried_note (PlnSpeakersPage *self,
                  PlnSpeaker      *speaker)
{
  const char *from = pln_speaker_get_carried_from (speaker);
  PlnSitting *sitting = from != NULL ? pln_meeting_find_sitting (self->meeting, from) : NULL;
  g_autofree char *name = NULL;

  if (sitting == NULL)
    return NULL;

  name = pln_sitting_dup_display_name (sitting);
  /* Translators: under a speaker moved by the online cap; %s is a plenary meeting ("the 1st plenary meeting") */
  return g_strdup_printf (_("carried over from the %s"), name);
}

/* @details and @note one after the other; takes both. */
static char *
append_note (char *details,
             char *note)
{
  char *both;

  if (details == NULL || note == NULL)
    return details ? details : note;

  /* Translators: the agenda item of a speaker, then a note */
  both = g_strdup_printf (C_("speaker details", "%s · %s"), details, note);
  g_free (details);
  g_free (note);
  return both;
}

/* The agenda item and the notes under the delegation's name:
 * "Item 3 · carried over from the 1st plenary meeting". */
static char *
dup_details (PlnSpeakersPage *self,
             PlnSpeaker      *speaker)
{
  PlnAgendaItem *item = pln_speaker_get_agenda_item (speaker);
  g_autofree char *label = item ? pln_agenda_item_dup_label (item) : NULL;
  /* Translators: the agenda item a speaker asked the floor on; %s is its number */
  char *details = label ? g_strdup_printf (_("Item %s"), label) : NULL;

  details = append_note (details, dup_carried_note (self, speaker));
  if (pln_speaker_was_given_floor_over_cap (speaker))
    /* Translators: under a speaker the chair gave the floor although the online time of the plenary meeting was used */
    details = append_note (details, g_strdup (_("given the floor over the online cap")));

  return details ? details : g_strdup ("");
}

/* "1:12 of 3 min": the time spoken and the time planned. */
static char *
dup_time (PlnSpeakersPage *self,
          PlnSpeaker      *speaker)
{
  guint limit = pln_speaker_get_limit_minutes (speaker, self->meeting);
  gint64 spoken;
  PlnFloorStamp now;

  if (!pln_speaker_has_started (speaker))
    /* Translators: the time planned for a statement not made yet */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u min", "%u min", limit), limit);

  pln_floor_stamp_now (&now);
  spoken = pln_speaker_get_spoken_us (speaker, &now) / G_USEC_PER_SEC;
  /* Translators: the time a speaker has spoken (minutes:seconds) and the time planned (minutes) */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d:%02d of %u min", "%d:%02d of %u min", limit),
                          (int) (spoken / 60), (int) (spoken % 60), limit);
}

/* A document icon when the speaker sent written statements, its tooltip
 * naming their files. */
static void
update_statement_icon (Row        *row,
                       PlnSpeaker *speaker)
{
  g_autofree char *note = pln_speakers_page_dup_statements_note (speaker);

  gtk_widget_set_visible (row->statement, note != NULL);
  gtk_widget_set_tooltip_text (row->statement, note);
  if (note != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row->statement), GTK_ACCESSIBLE_PROPERTY_LABEL, note, -1);
}

static void
update_row (PlnSpeakersPage *self,
            GtkListItem     *list_item)
{
  Row *row = g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)), "pln-row");
  PlnSpeaker *speaker = gtk_list_item_get_item (list_item);
  g_autofree char *position = g_strdup_printf ("%u", gtk_list_item_get_position (list_item) + 1);
  g_autofree char *details = dup_details (self, speaker);
  g_autofree char *time = dup_time (self, speaker);
  gboolean current = speaker == pln_speakers_page_get_current_speaker (self);
  g_autoptr(GMenuModel) menu = NULL;

  gtk_label_set_text (row->position, position);
  gtk_label_set_text (row->delegation, pln_speaker_get_delegation (speaker));
  gtk_label_set_text (row->details, details);
  gtk_widget_set_visible (GTK_WIDGET (row->details), *details != '\0');
  gtk_widget_set_visible (row->online, pln_speaker_is_online (speaker));
  update_statement_icon (row, speaker);
  menu = pln_speakers_page_dup_row_menu (self, speaker);
  gtk_menu_button_set_menu_model (row->menu, menu);
  gtk_label_set_text (row->time, time);
  if (current)
    gtk_widget_add_css_class (GTK_WIDGET (row->delegation), "heading");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row->delegation), "heading");
  gtk_widget_set_sensitive (GTK_WIDGET (row->delegation), !pln_speaker_has_ended (speaker));
}

void
pln_speakers_page_update_rows (PlnSpeakersPage *self)
{
  GHashTableIter iter;
  gpointer list_item;

  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    update_row (self, list_item);
}

/* ------------------------------------------------------------ moves */

static gboolean
move_speaker (PlnSpeakersPage *self,
              PlnSpeaker      *speaker,
              guint            position)
{
  PlnSpeakerOrder *order = pln_speaker_order_save (self->meeting);

  if (!pln_sitting_move_speaker (self->sitting, speaker, position))
    {
      pln_speaker_order_free (order);
      return FALSE;
    }

  pln_speakers_page_apply_cap (self);
  pln_speakers_page_push_order_undo (self, order, NULL);
  return TRUE;
}

static GtkListItem *
find_focused_item (PlnSpeakersPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GHashTableIter iter;
  gpointer list_item;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)))
    return NULL;

  /* The focus is on the list's own item widget, the row's parent, or in the row. */
  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    {
      GtkWidget *child = gtk_list_item_get_child (list_item);

      if (focus == child || focus == gtk_widget_get_parent (child) || gtk_widget_is_ancestor (focus, child))
        return list_item;
    }

  return NULL;
}

/* After a move the list binds its rows anew: the focus goes back to the
 * moved speaker's row, so that Alt+Up can be pressed again. */
static void
focus_speaker (PlnSpeakersPage *self,
               PlnSpeaker      *speaker)
{
  GHashTableIter iter;
  gpointer list_item;

  pln_idle_refresh_flush (&self->refresh);
  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    if (gtk_list_item_get_item (list_item) == (gpointer) speaker)
      {
        gtk_widget_grab_focus (gtk_widget_get_parent (gtk_list_item_get_child (list_item)));
        return;
      }
}

static void
move_focused_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlnSpeakersPage *self = PLN_SPEAKERS_PAGE (widget);
  GtkListItem *list_item = find_focused_item (self);
  int position;
  g_autoptr(PlnSpeaker) speaker = NULL;

  if (list_item == NULL || self->sitting == NULL)
    return;

  speaker = g_object_ref (gtk_list_item_get_item (list_item));
  position = (int) gtk_list_item_get_position (list_item) + g_variant_get_int32 (parameter);
  if (position < 0 || position >= (int) g_list_model_get_n_items (pln_sitting_get_speakers (self->sitting)))
    return;

  if (move_speaker (self, speaker, position))
    focus_speaker (self, speaker);
}

static void
remove_speaker (PlnSpeakersPage *self,
                PlnSpeaker      *speaker)
{
  PlnSpeakerOrder *order = pln_speaker_order_save (self->meeting);

  pln_sitting_remove_speaker (self->sitting, speaker);
  pln_speakers_page_push_order_undo (self, order, _("Speaker removed"));
}

static void
remove_focused_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlnSpeakersPage *self = PLN_SPEAKERS_PAGE (widget);
  GtkListItem *list_item = find_focused_item (self);

  if (list_item != NULL && self->sitting != NULL)
    remove_speaker (self, gtk_list_item_get_item (list_item));
}

/* Remove in a row's menu. */
static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlnSpeaker *speaker = pln_speakers_page_get_action_speaker (PLN_SPEAKERS_PAGE (widget), parameter);

  if (speaker != NULL)
    remove_speaker (PLN_SPEAKERS_PAGE (widget), speaker);
}

/* The Menu key or Shift+F10 on a row opens its menu. */
static void
row_menu_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  GtkListItem *list_item = find_focused_item (PLN_SPEAKERS_PAGE (widget));
  Row *row = list_item ? g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)), "pln-row") : NULL;

  if (row != NULL)
    gtk_menu_button_popup (row->menu);
}

/* ------------------------------------------------------------ drag and drop */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListItem   *list_item)
{
  PlnSpeaker *speaker = gtk_list_item_get_item (list_item);

  return speaker ? gdk_content_provider_new_typed (G_TYPE_STRING, pln_speaker_get_id (speaker)) : NULL;
}

/* A row dropped on another takes its place. */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkListItem   *list_item)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  PlnSpeakersPage *self = PLN_SPEAKERS_PAGE (gtk_widget_get_ancestor (row, PLN_TYPE_SPEAKERS_PAGE));
  PlnSpeaker *found = pln_speakers_page_find_speaker (self, g_value_get_string (value));
  g_autoptr(PlnSpeaker) speaker = found ? g_object_ref (found) : NULL;

  return speaker != NULL && move_speaker (self, speaker, gtk_list_item_get_position (list_item));
}

/**
 * pln_speakers_page_find_speaker:
 * @id: a speaker's id
 *
 * Returns: (transfer none) (nullable): the speaker of that id on the list shown
 */
PlnSpeaker *
pln_speakers_page_find_speaker (PlnSpeakersPage *self,
                                const char      *id)
{
  GListModel *speakers = self->sitting ? pln_sitting_get_speakers (self->sitting) : NULL;

  for (guint i = 0; speakers != NULL && i < g_list_model_get_n_items (speakers); i++)
    {
      g_autoptr(PlnSpeaker) speaker = g_list_model_get_item (speakers, i);

      if (g_strcmp0 (pln_speaker_get_id (speaker), id) == 0)
        return speaker;
    }

  return NULL;
}

/**
 * pln_speakers_page_get_action_speaker:
 * @parameter: the target of an action of a row's menu: the speaker's id
 *
 * Returns: (transfer none) (nullable): the speaker the action is for
 */
PlnSpeaker *
pln_speakers_page_get_action_speaker (PlnSpeakersPage *self,
                                      GVariant        *parameter)
{
  return pln_speakers_page_find_speaker (self, g_variant_get_string (parameter, NULL));
}

/* ------------------------------------------------------------ rows */

static GtkLabel *
row_label (GtkBox     *box,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return GTK_LABEL (label);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              PlnSpeakersPage          *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
  Row *row = g_new0 (Row, 1);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  row->position = row_label (GTK_BOX (box), "numeric");
  gtk_label_set_width_chars (row->position, 3);
  gtk_widget_set_hexpand (names, TRUE);
  gtk_box_append (GTK_BOX (box), names);
  row->delegation = row_label (GTK_BOX (names), NULL);
  gtk_label_set_ellipsize (row->delegation, PANGO_ELLIPSIZE_END);
  row->details = row_label (GTK_BOX (names), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (row->details), "caption");
  gtk_label_set_ellipsize (row->details, PANGO_ELLIPSIZE_END);
  row->statement = gtk_image_new_from_icon_name ("x-office-document-symbolic");
  gtk_widget_add_css_class (row->statement, "dim-label");
  gtk_box_append (GTK_BOX (box), row->statement);
  row->online = GTK_WIDGET (row_label (GTK_BOX (box), "accent"));
  gtk_label_set_text (GTK_LABEL (row->online), C_("participation", "Online"));
  row->time = row_label (GTK_BOX (box), "numeric");
  row->menu = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (row->menu, "view-more-symbolic");
  gtk_widget_set_valign (GTK_WIDGET (row->menu), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (row->menu), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (row->menu), _("Speaker Menu"));
  pln_accessible_set_label (GTK_WIDGET (row->menu), _("Speaker Menu"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->menu));
  g_object_set_data_full (G_OBJECT (box), "pln-row", row, g_free);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), list_item);
  gtk_widget_add_controller (box, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), list_item);
  gtk_widget_add_controller (box, GTK_EVENT_CONTROLLER (target));

  gtk_list_item_set_child (list_item, box);
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             PlnSpeakersPage          *self)
{
  g_hash_table_add (self->bound_items, list_item);
  update_row (self, list_item);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               PlnSpeakersPage          *self)
{
  if (self->bound_items != NULL)
    g_hash_table_remove (self->bound_items, list_item);
}

void
pln_speakers_page_class_init_list (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, setup_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_row_cb);

  gtk_widget_class_install_action (widget_class, "speakers.move-focused", "i", move_focused_action);
  gtk_widget_class_install_action (widget_class, "speakers.remove-focused", NULL, remove_focused_action);
  gtk_widget_class_install_action (widget_class, "speakers.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "speakers.row-menu", NULL, row_menu_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "speakers.move-focused", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK, "speakers.move-focused", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "speakers.move-focused", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK, "speakers.move-focused", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "speakers.remove-focused", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "speakers.row-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "speakers.row-menu", NULL);
}
