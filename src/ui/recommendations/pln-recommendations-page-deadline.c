/* pln-recommendations-page-deadline.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-recommendations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pln-format.h"
#include "pln-recommendations-page-private.h"

/* The deadline clock: the time left before the day's non-paper is due
 * (the end of the day's last plenary meeting, at the venue), and a
 * notification once it is due and not shared. "Now" is the context's
 * clock, so a test can stand at any time of a meeting day. */

static void
notify_deadline (PlnRecommendationsPage *self,
                 const GDate            *day)
{
  PlnContext *context = pln_page_get_context (PLN_PAGE (self));
  GSettings *settings = pln_recommendations_page_get_settings (self);
  PlnWorkingGroup *group = pln_meeting_get_working_group (self->meeting);
  g_autoptr(GNotification) notification = NULL;

  /* Once a day, and only where the user wants it. */
  if (context == NULL || (settings && !g_settings_get_boolean (settings, "deadline-notifications")) ||
      (g_date_valid (&self->notified_day) && g_date_compare (&self->notified_day, day) == 0))
    return;

  self->notified_day = *day;
  notification = g_notification_new (_("The Non-paper Is Due"));
  g_notification_set_body (notification, group ? pln_working_group_get_display_name (group) : NULL);
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  pln_context_send_notification (context, "non-paper-deadline", notification);
}

static char *
deadline_text (PlnRecommendationsPage *self,
               GDateTime              *now,
               GDateTime              *end,
               const GDate            *today)
{
  GtkWidget *label = GTK_WIDGET (self->deadline_label);

  if (g_date_time_compare (now, end) < 0)
    {
      GTimeSpan left = g_date_time_difference (end, now) / G_TIME_SPAN_MINUTE;
      g_autofree char *at = pln_format_time (end);

      gtk_widget_remove_css_class (label, "error");
      /* Translators: hours and minutes left, then the time at the venue when the non-paper is due */
      return g_strdup_printf (_("Non-paper due in %d h %02d min, at %s at the venue"),
                              (int) (left / 60), (int) (left % 60), at);
    }

  if (pln_meeting_get_shared_time (self->meeting, today) == NULL)
    {
      gtk_widget_add_css_class (label, "error");
      notify_deadline (self, today);
      return g_strdup (_("Today’s non-paper is due and not shared yet"));
    }

  gtk_widget_remove_css_class (label, "error");
  return g_strdup (_("Today’s non-paper is shared"));
}

/* From the clock's timeout, and from a refresh. */
gboolean
pln_recommendations_page_update_deadline (gpointer user_data)
{
  PlnRecommendationsPage *self = user_data;
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) clock = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *text = NULL;
  GDate today;

  if (self->meeting == NULL)
    return G_SOURCE_CONTINUE;

  tz = pln_meeting_dup_time_zone (self->meeting);
  clock = pln_recommendations_page_dup_now (self);
  now = g_date_time_to_timezone (clock, tz);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));

  if (pln_meeting_get_day_index (self->meeting, &today) < 0 ||
      (end = pln_meeting_dup_day_end (self->meeting, &today)) == NULL)
    {
      gtk_label_set_text (self->deadline_label, "");
      return G_SOURCE_CONTINUE;
    }

  text = deadline_text (self, now, end, &today);
  gtk_label_set_text (self->deadline_label, text);
  return G_SOURCE_CONTINUE;
}

/**
 * pln_recommendations_page_get_deadline:
 *
 * Returns: (transfer none): what the deadline clock shows
 */
const char *
pln_recommendations_page_get_deadline (PlnRecommendationsPage *self)
{
  g_return_val_if_fail (PLN_IS_RECOMMENDATIONS_PAGE (self), NULL);

  pln_recommendations_page_update_deadline (self);
  return gtk_label_get_text (self->deadline_label);
}
