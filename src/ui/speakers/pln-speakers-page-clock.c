/* pln-speakers-page-clock.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-speakers-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-speakers-page-private.h"

/* The statement clock and the online budget. The current speaker is the
 * first on the list whose statement has not ended; Space starts, pauses
 * and resumes their clock, P pauses it, N ends the statement and the next
 * speaker becomes current. Each step is written to the speaker's log (the
 * model's, on a wall + boot clock pair that survives sleep and restarts)
 * and undone with Ctrl+Z, with the cap applied after it.
 *
 * While a statement runs, the clock is redrawn on each frame of the frame
 * clock (a 1 s timeout would drift against the seconds it shows). */

#define WARNING_US (30 * G_USEC_PER_SEC)

/* A clock step to undo: the events it logged, and the lists as they were
 * before the cap was applied after it. */
typedef struct
{
  PlnSpeaker      *speaker;
  guint            n_events;
  PlnSpeakerOrder *order;
} ClockStep;

static void
clock_step_free (gpointer data)
{
  ClockStep *step = data;

  g_clear_object (&step->speaker);
  g_clear_pointer (&step->order, pln_speaker_order_free);
  g_free (step);
}

static void
undo_clock_step (gpointer data)
{
  ClockStep *step = data;

  for (guint i = 0; i < step->n_events; i++)
    pln_speaker_remove_last_event (step->speaker);
  pln_speaker_order_restore (step->order);
}

static char *
dup_clock_text (gint64 spoken_us,
                gint64 limit_us)
{
  gint64 spoken = spoken_us / G_USEC_PER_SEC;
  gint64 limit = limit_us / G_USEC_PER_SEC;

  /* Translators: the statement clock: the time spoken, then the time allowed (minutes:seconds) */
  return g_strdup_printf (C_("statement clock", "%d:%02d / %d:%02d"),
                          (int) (spoken / 60), (int) (spoken % 60), (int) (limit / 60), (int) (limit % 60));
}

/* ------------------------------------------------------------ the clock */

static void
show_time (PlnSpeakersPage *self)
{
  PlnSpeaker *speaker = pln_speakers_page_get_current_speaker (self);
  GtkWidget *clock = GTK_WIDGET (self->clock_label);
  g_autofree char *text = NULL;
  gint64 spoken_us, limit_us;
  PlnFloorStamp now;

  gtk_widget_remove_css_class (clock, "warning");
  gtk_widget_remove_css_class (clock, "error");
  if (speaker == NULL)
    {
      gtk_label_set_text (self->clock_label, "");
      return;
    }

  pln_floor_stamp_now (&now);
  spoken_us = pln_speaker_get_spoken_us (speaker, &now);
  limit_us = pln_speaker_get_limit_minutes (speaker, self->meeting) * 60 * G_USEC_PER_SEC;
  text = dup_clock_text (spoken_us, limit_us);
  {
    /* "1:12 / 3:00" is read left to right in every language; with no
     * letter in it, a right-to-left interface would swap its two times.
     * Isolated left to right, it still stands where the interface's
     * direction puts the start of the line. */
    g_autofree char *isolated = g_strconcat ("\u2066", text, "\u2069", NULL);

    gtk_label_set_text (self->clock_label, isolated);
  }

  /* Amber in the last 30 seconds, red once over. */
  if (spoken_us > limit_us)
    gtk_widget_add_css_class (clock, "error");
  else if (limit_us - spoken_us <= WARNING_US)
    gtk_widget_add_css_class (clock, "warning");
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *frame_clock,
         gpointer       user_data)
{
  show_time (PLN_SPEAKERS_PAGE (user_data));
  return G_SOURCE_CONTINUE;
}

void
pln_speakers_page_stop_ticking (PlnSpeakersPage *self)
{
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->clock_label), self->tick_id);
  self->tick_id = 0;
}

void
pln_speakers_page_update_clock (PlnSpeakersPage *self)
{
  PlnSpeaker *speaker = pln_speakers_page_get_current_speaker (self);
  gboolean speaking = speaker != NULL && pln_speaker_is_speaking (speaker);
  const char *label;

  if (speaker == NULL || !pln_speaker_has_started (speaker))
    /* Translators: a button of the statement clock (Space) */
    label = C_("statement clock", "_Start");
  else if (speaking)
    /* Translators: a button of the statement clock (Space) */
    label = C_("statement clock", "_Pause");
  else
    /* Translators: a button of the statement clock (Space) */
    label = C_("statement clock", "_Resume");
  gtk_button_set_label (self->start_button, label);
  gtk_button_set_use_underline (self->start_button, TRUE);

  gtk_label_set_text (self->current_label, speaker ? pln_speaker_get_delegation (speaker) : _("No one is waiting for the floor"));
  pln_page_action_set_enabled (PLN_PAGE (self), "speakers.start-pause", speaker != NULL);
  pln_page_action_set_enabled (PLN_PAGE (self), "speakers.next", speaker != NULL);
  pln_page_action_set_enabled (PLN_PAGE (self), "speakers.pause", speaking);

  show_time (self);
  if (speaking && self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->clock_label), tick_cb, self, NULL);
  else if (!speaking)
    pln_speakers_page_stop_ticking (self);
}

/* Logs @kinds on the current speaker, applies the cap (a statement that
 * ran over leaves less for the online speakers after it) and keeps one
 * undo for all of it. */
static void
clock_step (PlnSpeakersPage           *self,
            const PlnSpeakerEventKind *kinds,
            guint                      n_kinds)
{
  PlnSpeaker *speaker = pln_speakers_page_get_current_speaker (self);
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));
  ClockStep *step;
  PlnFloorStamp now;

  if (speaker == NULL)
    return;

  step = g_new0 (ClockStep, 1);
  step->speaker = g_object_ref (speaker);
  step->n_events = n_kinds;
  step->order = pln_speaker_order_save (self->meeting);
  pln_floor_stamp_now (&now);
  for (guint i = 0; i < n_kinds; i++)
    pln_speaker_log (speaker, kinds[i], &now);
  pln_speakers_page_apply_cap (self);

  if (context != NULL)
    pln_context_push_undo (context, undo_clock_step, step, clock_step_free);
  else
    clock_step_free (step);

  pln_speakers_page_update_rows (self);
  pln_speakers_page_update_clock (self);
  pln_speakers_page_update_budget (self);
}

static void
start_pause_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PlnSpeakersPage *self = PLN_SPEAKERS_PAGE (widget);
  PlnSpeaker *speaker = pln_speakers_page_get_current_speaker (self);
  PlnSpeakerEventKind kind;

  if (speaker == NULL)
    return;

  if (!pln_speaker_has_started (speaker))
    kind = PLN_SPEAKER_EVENT_STARTED;
  else if (pln_speaker_is_speaking (speaker))
    kind = PLN_SPEAKER_EVENT_PAUSED;
  else
    kind = PLN_SPEAKER_EVENT_RESUMED;
  clock_step (self, &kind, 1);
}

static void
pause_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlnSpeakersPage *self = PLN_SPEAKERS_PAGE (widget);
  PlnSpeaker *speaker = pln_speakers_page_get_current_speaker (self);
  static const PlnSpeakerEventKind kinds[] = { PLN_SPEAKER_EVENT_PAUSED };

  if (speaker != NULL && pln_speaker_is_speaking (speaker))
    clock_step (self, kinds, 1);
}

/* A speaker who never started is passed over with a statement of no
 * length, so that the log says they were called. */
static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlnSpeakersPage *self = PLN_SPEAKERS_PAGE (widget);
  PlnSpeaker *speaker = pln_speakers_page_get_current_speaker (self);
  static const PlnSpeakerEventKind both[] = { PLN_SPEAKER_EVENT_STARTED, PLN_SPEAKER_EVENT_ENDED };

  if (speaker == NULL)
    return;

  if (pln_speaker_has_started (speaker))
    clock_step (self, both + 1, 1);
  else
    clock_step (self, both, 2);
}

/* ------------------------------------------------------------ the online budget */

static int
to_minutes (gint64 us)
{
  return (int) ((us + 30 * G_USEC_PER_SEC) / (60 * G_USEC_PER_SEC));
}

void
pln_speakers_page_update_budget (PlnSpeakersPage *self)
{
  g_autofree char *summary = NULL;
  PlnOnlineBudget budget;
  PlnFloorStamp now;
  int cap, used, planned;

  if (self->sitting == NULL)
    {
      gtk_label_set_text (self->online_label, "");
      pln_online_bar_set_minutes (self->online_bar, 0, 0, 0);
      return;
    }

  pln_floor_stamp_now (&now);
  pln_sitting_get_online_budget (self->sitting, self->meeting, &now, &budget);
  cap = to_minutes (budget.cap_us);
  used = to_minutes (budget.used_us);
  planned = to_minutes (budget.planned_us);

  /* The bar shows what is used and what is planned in two colours; the line says which is which. */
  pln_online_bar_set_minutes (self->online_bar, cap, used, planned);
  /* Translators: under the bar of online statements of a plenary meeting; the second number is the cap */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Online: %d of %d minute used, %d planned",
                                          "Online: %d of %d minutes used, %d planned", cap),
                             used, cap, planned);
  gtk_label_set_text (self->online_label, summary);
  pln_online_bar_set_text (self->online_bar, summary);
}

void
pln_speakers_page_class_init_clock (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "speakers.start-pause", NULL, start_pause_action);
  gtk_widget_class_install_action (widget_class, "speakers.pause", NULL, pause_action);
  gtk_widget_class_install_action (widget_class, "speakers.next", NULL, next_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "speakers.start-pause", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "speakers.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, 0, "speakers.pause", NULL);
}

/* ------------------------------------------------------------ public API */

/**
 * pln_speakers_page_get_current_speaker:
 *
 * Returns: (transfer none) (nullable): the first speaker on the list whose
 *   statement has not ended
 */
PlnSpeaker *
pln_speakers_page_get_current_speaker (PlnSpeakersPage *self)
{
  GListModel *speakers;

  g_return_val_if_fail (PLN_IS_SPEAKERS_PAGE (self), NULL);

  if (self->sitting == NULL)
    return NULL;

  speakers = pln_sitting_get_speakers (self->sitting);
  for (guint i = 0; i < g_list_model_get_n_items (speakers); i++)
    {
      g_autoptr(PlnSpeaker) speaker = g_list_model_get_item (speakers, i);

      if (!pln_speaker_has_ended (speaker))
        return speaker;
    }

  return NULL;
}
