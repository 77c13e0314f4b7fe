/* pln-speakers-page-floor.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-speakers-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-compat.h"
#include "pln-speakers-page-private.h"
#include "pln-statement-undo.h"
#include "pln-statements-dialog.h"

/* The online cap and what the chair and the secretariat do around it.
 * After each change to a list the cap is applied again: online speakers
 * who no longer fit go to the next plenary meeting, and a toast says so,
 * with a button to give them the floor anyway. The chair can also give it
 * to one speaker from the row's menu. Either way the override is logged on
 * the speaker, and one undo takes it back with the order of the lists.
 *
 * The row's menu also attaches a delegation's written statement (a file)
 * to its inscription; the Written Statements dialog lists them all. */

/* The chair's override to undo: the lists as they were, and the speakers
 * whose last logged event is the override. */
typedef struct
{
  PlnSpeakerOrder *order;
  GPtrArray       *speakers;
} Override;

static void
override_free (gpointer data)
{
  Override *override = data;

  g_clear_pointer (&override->order, pln_speaker_order_free);
  g_clear_pointer (&override->speakers, g_ptr_array_unref);
  g_free (override);
}

static void
undo_override (gpointer data)
{
  Override *override = data;

  for (guint i = 0; i < override->speakers->len; i++)
    pln_speaker_remove_last_event (g_ptr_array_index (override->speakers, i));
  pln_speaker_order_restore (override->order);
}

/* Gives @speakers the floor in @sitting over its online cap, as one edit
 * to undo. */
static void
give_floor (PlnSpeakersPage *self,
            PlnSitting      *sitting,
            GPtrArray       *speakers)
{
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));
  Override *override = g_new0 (Override, 1);
  g_autofree char *title = NULL;
  PlnFloorStamp now;
  guint n;

  override->order = pln_speaker_order_save (self->meeting);
  override->speakers = g_ptr_array_new_with_free_func (g_object_unref);
  pln_floor_stamp_now (&now);
  for (guint i = 0; i < speakers->len; i++)
    {
      PlnSpeaker *speaker = g_ptr_array_index (speakers, i);

      if (pln_meeting_give_floor_over_cap (self->meeting, sitting, speaker, &now))
        g_ptr_array_add (override->speakers, g_object_ref (speaker));
    }

  n = override->speakers->len;
  if (n == 0 || context == NULL)
    {
      override_free (override);
      return;
    }

  /* Translators: a toast, after the chair gave online speakers the floor although the online time was used */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Floor given over the online cap to %u speaker",
                                        "Floor given over the online cap to %u speakers", n), n);
  pln_context_add_undo (context, title, undo_override, override, override_free);
  pln_speakers_page_schedule_refresh (self);
}

/* ------------------------------------------------------------ the cap's toast */

/* The speakers a toast of the cap is about, for its button. */
typedef struct
{
  GWeakRef    page;
  PlnSitting *sitting;
  GPtrArray  *speakers;
} CapToast;

static void
cap_toast_free (gpointer data,
                GClosure *closure)
{
  CapToast *cap = data;

  g_weak_ref_clear (&cap->page);
  g_clear_object (&cap->sitting);
  g_clear_pointer (&cap->speakers, g_ptr_array_unref);
  g_free (cap);
}

static void
give_floor_clicked_cb (AdwToast *toast,
                       CapToast *cap)
{
  g_autoptr(PlnSpeakersPage) self = g_weak_ref_get (&cap->page);

  if (self != NULL && self->meeting != NULL)
    give_floor (self, cap->sitting, cap->speakers);
}

static char *
dup_cap_message (guint       n_over,
                 PlnSitting *moved_to)
{
  g_autofree char *name = NULL;

  if (moved_to == NULL)
    /* Translators: a toast; the speakers stay on the list of the last plenary meeting */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u online speaker is over the cap and there is no later plenary meeting",
                                         "%u online speakers are over the cap and there is no later plenary meeting",
                                         n_over),
                            n_over);

  name = pln_sitting_dup_display_name (moved_to);
  /* Translators: a toast; %u is a number of speakers, %s a plenary meeting ("the 2nd plenary meeting") */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u online speaker carried over to the %s",
                                       "%u online speakers carried over to the %s", n_over),
                          n_over, name);
}

/**
 * pln_speakers_page_apply_cap:
 *
 * Moves the online speakers who no longer fit in the shown plenary
 * meeting's cap to the next one, and tells the chair, who can give them
 * the floor anyway from the toast.
 */
void
pln_speakers_page_apply_cap (PlnSpeakersPage *self)
{
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));
  g_autoptr(GPtrArray) over = NULL;
  g_autofree char *message = NULL;
  PlnSitting *moved_to = NULL;
  PlnFloorStamp now;
  AdwToast *toast;
  CapToast *cap;

  pln_floor_stamp_now (&now);
  over = pln_meeting_apply_online_cap (self->meeting, self->sitting, &now, &moved_to);
  if (over->len == 0 || context == NULL)
    return;

  message = dup_cap_message (over->len, moved_to);
  toast = adw_toast_new (message);
  /* Translators: the button of the toast saying online speakers were carried over, or are over the cap */
  adw_toast_set_button_label (toast, _("_Give the Floor Anyway"));
  cap = g_new0 (CapToast, 1);
  g_weak_ref_init (&cap->page, self);
  cap->sitting = g_object_ref (self->sitting);
  cap->speakers = g_ptr_array_ref (over);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (give_floor_clicked_cb), cap, cap_toast_free, 0);
  pln_context_add_toast (context, toast);
}

/* ------------------------------------------------------------ the row's menu */

/**
 * pln_speakers_page_update_over_cap:
 *
 * Finds again the online speakers of the list shown who do not fit in
 * its cap: those the chair can give the floor anyway.
 */
void
pln_speakers_page_update_over_cap (PlnSpeakersPage *self)
{
  g_autoptr(GPtrArray) over = NULL;
  PlnFloorStamp now;

  g_hash_table_remove_all (self->over_cap);
  if (self->sitting == NULL || self->meeting == NULL)
    return;

  pln_floor_stamp_now (&now);
  over = pln_sitting_dup_over_cap (self->sitting, self->meeting, &now);
  for (guint i = 0; i < over->len; i++)
    g_hash_table_add (self->over_cap, g_object_ref (g_ptr_array_index (over, i)));
}

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             const char *id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (id));
  g_menu_append_item (menu, item);
}

/**
 * pln_speakers_page_dup_row_menu:
 *
 * Returns: (transfer full): the menu of @speaker's row
 */
GMenuModel *
pln_speakers_page_dup_row_menu (PlnSpeakersPage *self,
                                PlnSpeaker      *speaker)
{
  GMenu *menu = g_menu_new ();
  const char *id = pln_speaker_get_id (speaker);

  append_item (menu, _("_Attach Written Statement…"), "speakers.attach-statement", id);
  if (g_hash_table_contains (self->over_cap, speaker))
    /* Translators: in the menu of an online speaker who does not fit in the online time of the plenary meeting */
    append_item (menu, _("_Give the Floor Anyway"), "speakers.give-floor", id);
  append_item (menu, _("_Remove"), "speakers.remove", id);
  return G_MENU_MODEL (menu);
}

static void
give_floor_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlnSpeakersPage *self = PLN_SPEAKERS_PAGE (widget);
  PlnSpeaker *speaker = pln_speakers_page_get_action_speaker (self, parameter);
  g_autoptr(GPtrArray) speakers = g_ptr_array_new ();

  if (speaker == NULL || !g_hash_table_contains (self->over_cap, speaker))
    return;

  g_ptr_array_add (speakers, speaker);
  give_floor (self, self->sitting, speakers);
}

/* ------------------------------------------------------------ written statements */

/**
 * pln_speakers_page_dup_statements_note:
 *
 * Returns: (nullable): the files of @speaker's written statements, one a
 *   line, or %NULL when they sent none
 */
char *
pln_speakers_page_dup_statements_note (PlnSpeaker *speaker)
{
  GListModel *statements = pln_speaker_get_statements (speaker);
  guint n = g_list_model_get_n_items (statements);
  GString *note;

  if (n == 0)
    return NULL;

  note = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnStatement) statement = g_list_model_get_item (statements, i);
      const char *name = pln_statement_get_basename (statement);

      if (i > 0)
        g_string_append_c (note, '\n');
      if (pln_statement_get_may_post (statement))
        /* Translators: the tooltip of a speaker's document icon; %s is the file's name */
        g_string_append_printf (note, _("Written statement: %s"), name);
      else
        /* Translators: the tooltip of a speaker's document icon; %s is the file's name */
        g_string_append_printf (note, _("Written statement: %s, not to be posted"), name);
    }

  return g_string_free (note, FALSE);
}

static void
statement_chosen_cb (GObject *owner,
                     GFile   *file)
{
  PlnSpeakersPage *self = PLN_SPEAKERS_PAGE (owner);
  g_autoptr(PlnSpeaker) speaker = g_steal_pointer (&self->attach_to);

  if (file != NULL && speaker != NULL)
    pln_speakers_page_attach_statement (self, speaker, file);
}

static void
attach_statement_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PlnSpeakersPage *self = PLN_SPEAKERS_PAGE (widget);
  PlnSpeaker *speaker = pln_speakers_page_get_action_speaker (self, parameter);

  if (speaker == NULL)
    return;

  g_set_object (&self->attach_to, speaker);
  pln_choose_file_to_open (widget, _("Attach Written Statement"), _("_Attach"), NULL,
                           G_OBJECT (self), statement_chosen_cb);
}

static void
statements_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlnSpeakersPage *self = PLN_SPEAKERS_PAGE (widget);

  if (self->meeting != NULL)
    pln_statements_dialog_present (widget, pln_page_get_context (PLN_PAGE (self)), self->meeting);
}

void
pln_speakers_page_class_init_floor (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "speakers.give-floor", "s", give_floor_action);
  gtk_widget_class_install_action (widget_class, "speakers.attach-statement", "s", attach_statement_action);
  gtk_widget_class_install_action (widget_class, "speakers.statements", NULL, statements_action);
}

/* ------------------------------------------------------------ public API */

/**
 * pln_speakers_page_attach_statement:
 * @speaker: a speaker on the list shown
 * @file: the written statement the delegation sent
 *
 * Attaches @file to @speaker's inscription, to be posted on the meeting's
 * web page unless the delegation says otherwise; undone with Ctrl+Z.
 * This is what choosing the file in the row's menu does.
 *
 * Returns: whether it was attached (@file must be a local file)
 */
gboolean
pln_speakers_page_attach_statement (PlnSpeakersPage *self,
                                    PlnSpeaker      *speaker,
                                    GFile           *file)
{
  g_autoptr(PlnStatement) statement = NULL;
  PlnContext *context;

  g_return_val_if_fail (PLN_IS_SPEAKERS_PAGE (self), FALSE);
  g_return_val_if_fail (PLN_IS_SPEAKER (speaker), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (g_file_peek_path (file) == NULL)
    {
      pln_alert_show_error (GTK_WIDGET (self), _("Written Statement Not Attached"),
                            _("Only a file on this computer can be attached. Save it in a folder first."));
      return FALSE;
    }

  statement = pln_statement_new (g_file_peek_path (file));
  pln_speaker_add_statement (speaker, statement);

  context = pln_page_get_context (PLN_PAGE (self));
  if (context != NULL)
    pln_context_add_undo (context, _("Written statement attached"), pln_statement_undo_take_off,
                          pln_statement_undo_new (statement, speaker, NULL), pln_statement_undo_free);
  pln_speakers_page_schedule_refresh (self);
  return TRUE;
}
