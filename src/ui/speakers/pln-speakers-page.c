/* pln-speakers-page.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-speakers-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-accessible.h"
#include "pln-delegation-completion.h"
#include "pln-format.h"
#include "pln-room-display.h"
#include "pln-speakers-page-private.h"

/* The chair's floor: the list of speakers of one plenary meeting, chosen
 * at the top (the one under way by default), delegations inscribed by
 * typing their name and Enter, the clock of the current speaker and the
 * 30 minutes of online statements the interpreters can take.
 *
 * This file has the choosers and the inscription. After each change to a
 * list the online cap is applied again (speakers who no longer fit go to
 * the next plenary meeting), and one undo puts every list back as it was
 * before the change and the cap. */

G_DEFINE_FINAL_TYPE (PlnSpeakersPage, pln_speakers_page, PLN_TYPE_PAGE)

/* ------------------------------------------------------------ helpers */

static GDateTime *
dup_now (PlnSpeakersPage *self)
{
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));

  return context != NULL ? pln_context_dup_now (context) : g_date_time_new_now_local ();
}

/* The plenary meeting under way at the context's clock, else the next
 * one that day, else the first. */
static guint
find_default_sitting (PlnSpeakersPage *self)
{
  GListModel *sittings = pln_meeting_get_sittings (self->meeting);
  g_autoptr(GTimeZone) tz = pln_meeting_dup_time_zone (self->meeting);
  g_autoptr(GDateTime) now = dup_now (self);
  g_autoptr(GDateTime) here = g_date_time_to_timezone (now, tz);
  guint next = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (sittings); i++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, i);
      g_autoptr(GDateTime) start = pln_sitting_dup_start_date_time (sitting, tz);
      g_autoptr(GDateTime) end = pln_sitting_dup_end_date_time (sitting, tz);

      if (start == NULL || end == NULL)
        continue;
      if (g_date_time_compare (start, here) <= 0 && g_date_time_compare (here, end) < 0)
        return i;
      if (next == G_MAXUINT && g_date_time_compare (start, here) > 0 &&
          g_date_time_get_day_of_year (start) == g_date_time_get_day_of_year (here) &&
          g_date_time_get_year (start) == g_date_time_get_year (here))
        next = i;
    }

  return next != G_MAXUINT ? next : 0;
}

static PlnRegistration *
find_registration (PlnSpeakersPage *self,
                   const char      *delegation)
{
  GListModel *registrations = pln_meeting_get_registrations (self->meeting);
  g_autofree char *wanted = g_utf8_casefold (delegation, -1);

  for (guint i = 0; i < g_list_model_get_n_items (registrations); i++)
    {
      g_autoptr(PlnRegistration) registration = g_list_model_get_item (registrations, i);
      const char *name = pln_registration_get_delegation (registration);
      g_autofree char *folded = name != NULL ? g_utf8_casefold (name, -1) : NULL;

      if (g_strcmp0 (folded, wanted) == 0)
        return registration;
    }

  return NULL;
}

static void
rebuild_items (PlnSpeakersPage *self)
{
  GListModel *agenda = self->meeting ? pln_meeting_get_agenda (self->meeting) : NULL;
  g_autoptr(GDateTime) now = dup_now (self);
  PlnAgendaItem *under_way = self->meeting ? pln_meeting_find_item_under_way (self->meeting, now) : NULL;
  guint position = 0;

  g_list_store_remove_all (self->items);
  for (guint i = 0; agenda != NULL && i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (agenda, i);
      GListModel *subs = pln_agenda_item_get_sub_items (item);

      g_list_store_append (self->items, item);
      for (guint s = 0; s < g_list_model_get_n_items (subs); s++)
        {
          g_autoptr(PlnAgendaItem) sub = g_list_model_get_item (subs, s);

          g_list_store_append (self->items, sub);
        }
    }

  if (under_way != NULL)
    g_list_store_find (self->items, under_way, &position);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->items)) > 0)
    gtk_drop_down_set_selected (self->item_dropdown, position);
}

/* ------------------------------------------------------------ refreshing */

static void
refresh (gpointer owner)
{
  PlnSpeakersPage *self = owner;
  GListModel *speakers = self->sitting ? pln_sitting_get_speakers (self->sitting) : NULL;
  gboolean empty = speakers == NULL || g_list_model_get_n_items (speakers) == 0;

  gtk_stack_set_visible_child_name (self->list_stack, empty ? "empty" : "list");
  pln_speakers_page_update_over_cap (self);
  pln_speakers_page_update_rows (self);
  pln_speakers_page_update_clock (self);
  pln_speakers_page_update_budget (self);
}

void
pln_speakers_page_schedule_refresh (PlnSpeakersPage *self)
{
  pln_idle_refresh_schedule (&self->refresh, self, refresh);
}

/* ------------------------------------------------------------ undo */

/* One undo for a change and the cap applied after it: every list back as
 * it was saved in @order (which the queue then owns). */
void
pln_speakers_page_push_order_undo (PlnSpeakersPage *self,
                                   gpointer         order,
                                   const char      *title)
{
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));

  if (context == NULL)
    pln_speaker_order_free (order);
  else if (title != NULL)
    pln_context_add_undo (context, title, (PlnUndoFunc) pln_speaker_order_restore, order,
                          (GDestroyNotify) pln_speaker_order_free);
  else
    pln_context_push_undo (context, (PlnUndoFunc) pln_speaker_order_restore, order,
                           (GDestroyNotify) pln_speaker_order_free);
}

/* ------------------------------------------------------------ choosers */

static void
setup_sitting_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  PlnSpeakersPage          *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_sitting_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 PlnSpeakersPage          *self)
{
  PlnSitting *sitting = gtk_list_item_get_item (list_item);
  g_autofree char *name = pln_sitting_dup_display_name (sitting);
  g_autofree char *when = self->meeting ? pln_format_sitting_when (self->meeting, sitting) : NULL;
  /* Translators: a plenary meeting in the chooser of the Speakers page: its name, then its day and times */
  g_autofree char *text = when ? g_strdup_printf (C_("sitting", "%s, %s"), name, when) : g_strdup (name);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
}

static void
sitting_selected_cb (PlnSpeakersPage *self)
{
  pln_speakers_page_set_sitting (self, gtk_drop_down_get_selected_item (self->sitting_dropdown));
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               PlnSpeakersPage          *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              PlnSpeakersPage          *self)
{
  PlnAgendaItem *item = gtk_list_item_get_item (list_item);
  g_autofree char *label = pln_agenda_item_dup_label (item);
  g_autofree char *text = g_strdup_printf ("%s %s", label, pln_agenda_item_get_title (item) ?: "");

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (list_item), text);
}

/* ------------------------------------------------------------ inscription */

/* A delegation registered online takes the floor online by default. */
static void
delegation_changed_cb (PlnSpeakersPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->delegation_entry));
  PlnRegistration *registration = self->meeting ? find_registration (self, text) : NULL;

  if (registration != NULL)
    gtk_toggle_button_set_active (self->online_toggle,
                                  pln_registration_get_mode (registration) == PLN_PARTICIPATION_MODE_ONLINE);
}

static PlnSpeaker *
new_speaker (PlnSpeakersPage *self,
             const char      *delegation)
{
  PlnRegistration *registration = find_registration (self, delegation);
  PlnSpeaker *speaker = pln_speaker_new ();

  pln_speaker_set_delegation (speaker, registration ? pln_registration_get_delegation (registration) : delegation);
  if (registration != NULL)
    pln_speaker_set_registration (speaker, pln_registration_get_id (registration));
  pln_speaker_set_agenda_item (speaker, gtk_drop_down_get_selected_item (self->item_dropdown));
  pln_speaker_set_mode (speaker, gtk_toggle_button_get_active (self->online_toggle)
                                 ? PLN_PARTICIPATION_MODE_ONLINE : PLN_PARTICIPATION_MODE_IN_PERSON);
  return speaker;
}

/* Enter adds the delegation at the end of the list and keeps the focus
 * for the next one. */
static void
delegation_activate_cb (GtkEntry        *entry,
                        PlnSpeakersPage *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr(PlnSpeaker) speaker = NULL;
  PlnSpeakerOrder *order;

  if (*text == '\0' || self->sitting == NULL)
    return;

  speaker = new_speaker (self, text);
  order = pln_speaker_order_save (self->meeting);
  pln_sitting_insert_speaker (self->sitting, G_MAXUINT, speaker);
  pln_speakers_page_apply_cap (self);
  pln_speakers_page_push_order_undo (self, order, NULL);

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_toggle_button_set_active (self->online_toggle, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  pln_idle_refresh_flush (&self->refresh);
}

static void
room_display_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlnSpeakersPage *self = PLN_SPEAKERS_PAGE (widget);

  if (self->meeting != NULL && self->sitting != NULL)
    pln_room_display_present (widget, pln_page_get_context (PLN_PAGE (self)), self->meeting, self->sitting);
}

/* ------------------------------------------------------------ PlnPage */

static void
pln_speakers_page_meeting_changed (PlnPage    *page,
                                   PlnMeeting *old_meeting)
{
  PlnSpeakersPage *self = PLN_SPEAKERS_PAGE (page);
  PlnObject *root;

  self->meeting = pln_page_get_meeting (page);
  pln_speakers_page_set_sitting (self, NULL);
  /* Statements attached and removed, and the log of a speaker (the
   * chair's override undone), change the rows without changing the list. */
  root = self->meeting ? pln_object_get_root (PLN_OBJECT (self->meeting)) : NULL;
  g_signal_group_set_target (self->workspace_signals, PLN_IS_WORKSPACE (root) ? root : NULL);
  gtk_drop_down_set_model (self->sitting_dropdown, self->meeting ? pln_meeting_get_sittings (self->meeting) : NULL);
  pln_delegation_completion_set_meeting (self->completion, self->meeting);
  rebuild_items (self);
  if (self->meeting != NULL && g_list_model_get_n_items (pln_meeting_get_sittings (self->meeting)) > 0)
    {
      guint position = find_default_sitting (self);

      gtk_drop_down_set_selected (self->sitting_dropdown, position);
      sitting_selected_cb (self);
    }
}

/* ------------------------------------------------------------ GObject */

static void
pln_speakers_page_dispose (GObject *object)
{
  PlnSpeakersPage *self = PLN_SPEAKERS_PAGE (object);

  pln_speakers_page_stop_ticking (self);
  pln_idle_refresh_cancel (&self->refresh);
  if (self->speakers_signals != NULL)
    g_signal_group_set_target (self->speakers_signals, NULL);
  if (self->workspace_signals != NULL)
    g_signal_group_set_target (self->workspace_signals, NULL);
  g_clear_object (&self->sitting);
  g_clear_object (&self->attach_to);
  g_clear_object (&self->speakers_signals);
  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->completion);
  g_clear_pointer (&self->over_cap, g_hash_table_unref);
  g_clear_object (&self->items);
  g_clear_pointer (&self->bound_items, g_hash_table_unref);
  self->meeting = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), PLN_TYPE_SPEAKERS_PAGE);

  G_OBJECT_CLASS (pln_speakers_page_parent_class)->dispose (object);
}

static void
pln_speakers_page_class_init (PlnSpeakersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlnPageClass *page_class = PLN_PAGE_CLASS (klass);

  object_class->dispose = pln_speakers_page_dispose;
  page_class->meeting_changed = pln_speakers_page_meeting_changed;

  g_type_ensure (PLN_TYPE_ONLINE_BAR);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pln-speakers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlnSpeakersPage, sitting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PlnSpeakersPage, room_button);
  gtk_widget_class_bind_template_child (widget_class, PlnSpeakersPage, statements_button);
  gtk_widget_class_bind_template_child (widget_class, PlnSpeakersPage, current_label);
  gtk_widget_class_bind_template_child (widget_class, PlnSpeakersPage, clock_label);
  gtk_widget_class_bind_template_child (widget_class, PlnSpeakersPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, PlnSpeakersPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, PlnSpeakersPage, online_bar);
  gtk_widget_class_bind_template_child (widget_class, PlnSpeakersPage, online_label);
  gtk_widget_class_bind_template_child (widget_class, PlnSpeakersPage, delegation_entry);
  gtk_widget_class_bind_template_child (widget_class, PlnSpeakersPage, online_toggle);
  gtk_widget_class_bind_template_child (widget_class, PlnSpeakersPage, item_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PlnSpeakersPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PlnSpeakersPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, setup_sitting_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_sitting_cb);
  gtk_widget_class_bind_template_callback (widget_class, sitting_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, delegation_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, delegation_changed_cb);

  gtk_widget_class_install_action (widget_class, "speakers.room-display", NULL, room_display_action);
  pln_speakers_page_class_init_list (widget_class);
  pln_speakers_page_class_init_clock (widget_class);
  pln_speakers_page_class_init_floor (widget_class);
}

static void
pln_speakers_page_init (PlnSpeakersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (PLN_TYPE_AGENDA_ITEM);
  self->bound_items = g_hash_table_new (NULL, NULL);
  self->over_cap = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  gtk_drop_down_set_model (self->item_dropdown, G_LIST_MODEL (self->items));

  self->completion = pln_delegation_completion_new ();
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_entry_set_completion (self->delegation_entry, self->completion);
  G_GNUC_END_IGNORE_DEPRECATIONS

  self->speakers_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->speakers_signals, "items-changed",
                                  G_CALLBACK (pln_speakers_page_schedule_refresh), self);
  self->workspace_signals = g_signal_group_new (PLN_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "kind-changed::PlnStatement",
                                  G_CALLBACK (pln_speakers_page_schedule_refresh), self);
  g_signal_group_connect_swapped (self->workspace_signals, "kind-changed::PlnSpeakerEvent",
                                  G_CALLBACK (pln_speakers_page_schedule_refresh), self);

  pln_accessible_set_label (GTK_WIDGET (self->sitting_dropdown), _("Plenary meeting"));
  pln_accessible_name_lists (GTK_WIDGET (self->sitting_dropdown), _("Plenary meeting"));
  pln_accessible_set_label (GTK_WIDGET (self->item_dropdown), _("Agenda item"));
  pln_accessible_name_lists (GTK_WIDGET (self->item_dropdown), _("Agenda item"));
  pln_accessible_set_label (GTK_WIDGET (self->delegation_entry), _("Delegation"));
  pln_accessible_set_label (GTK_WIDGET (self->online_toggle), C_("participation", "Online"));
  pln_accessible_set_label (GTK_WIDGET (self->list_view), _("Speakers"));
  pln_accessible_set_label (GTK_WIDGET (self->online_bar), _("Online minutes"));
  pln_accessible_set_label (self->statements_button, _("Written Statements"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->item_dropdown), _("Agenda item of new inscriptions"));
  pln_accessible_set_label (GTK_WIDGET (self->clock_label), _("Time spoken and time allowed"));
}

/* ------------------------------------------------------------ public API */

/**
 * pln_speakers_page_get_sitting:
 *
 * Returns: (transfer none) (nullable): the plenary meeting whose list is shown
 */
PlnSitting *
pln_speakers_page_get_sitting (PlnSpeakersPage *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKERS_PAGE (self), NULL);

  return self->sitting;
}

void
pln_speakers_page_set_sitting (PlnSpeakersPage *self,
                               PlnSitting      *sitting)
{
  g_return_if_fail (PLN_IS_SPEAKERS_PAGE (self));
  g_return_if_fail (sitting == NULL || PLN_IS_SITTING (sitting));

  if (!g_set_object (&self->sitting, sitting))
    return;

  if (sitting != NULL && self->meeting != NULL)
    {
      guint position;

      if (g_list_store_find (G_LIST_STORE (pln_meeting_get_sittings (self->meeting)), sitting, &position) &&
          gtk_drop_down_get_selected (self->sitting_dropdown) != position)
        gtk_drop_down_set_selected (self->sitting_dropdown, position);
    }

  pln_speakers_page_stop_ticking (self);
  g_signal_group_set_target (self->speakers_signals, sitting ? pln_sitting_get_speakers (sitting) : NULL);
  gtk_list_view_set_model (self->list_view, sitting == NULL ? NULL
                           : GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (pln_sitting_get_speakers (sitting)))));
  pln_speakers_page_schedule_refresh (self);
  pln_idle_refresh_flush (&self->refresh);
}

/**
 * pln_speakers_page_get_online_summary:
 *
 * Returns: the line under the online bar, "Online: 12 of 30 minutes used, 9 planned"
 */
const char *
pln_speakers_page_get_online_summary (PlnSpeakersPage *self)
{
  g_return_val_if_fail (PLN_IS_SPEAKERS_PAGE (self), NULL);

  pln_idle_refresh_flush (&self->refresh);
  return gtk_label_get_text (self->online_label);
}
