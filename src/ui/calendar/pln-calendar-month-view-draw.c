/* pln-calendar-month-view-draw.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-calendar-month-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pln-calendar-month-view-private.h"
#include "pln-compat.h"
#include "pln-format.h"

/* Drawing the month view: the weekday names (shortened as the cells
 * narrow), the grid of days and the spans of the meetings, mirrored for
 * right-to-left interfaces. */

double
_pln_calendar_month_view_column_x (PlnCalendarMonthView *self,
                                   guint                 column,
                                   double                cell_width)
{
  /* Right to left, the week reads from the right. */
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    column = 6 - column;

  return column * cell_width;
}

int
_pln_calendar_month_view_column_at (PlnCalendarMonthView *self,
                                    double                x,
                                    double                cell_width)
{
  int column = CLAMP ((int) (x / cell_width), 0, 6);

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    column = 6 - column;

  return column;
}

static void
draw_text (GtkWidget   *widget,
           GtkSnapshot *snapshot,
           const char  *text,
           double       x,
           double       y,
           double       width,
           gboolean     bold,
           const GdkRGBA *color,
           PangoAlignment alignment)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);

  /* Aligned by the interface's direction, not by the text's: a working
   * group's Latin letters start at the right in an Arabic interface. */
  if (alignment != PANGO_ALIGN_CENTER && gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    alignment = alignment == PANGO_ALIGN_LEFT ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_width (layout, MAX (0, width) * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, alignment);
  if (bold)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
  g_object_unref (layout);
}

static char *
span_label (PlnMonthSpan *span)
{
  PlnWorkingGroup *group = pln_meeting_get_working_group (span->meeting);
  const char *name = group ? pln_working_group_get_short_name (group) : NULL;

  /* Translators: a meeting in the month view: the working group's short name and the meeting's number; ⚠ marks a clash */
  return g_strdup_printf (span->clash ? _("⚠ %s %u") : _("%s %u"), name ? name : "", pln_meeting_get_ordinal (span->meeting));
}

static void
draw_spans (PlnCalendarMonthView *self,
            GtkSnapshot          *snapshot,
            double                cell_width,
            double                cell_height)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint max_lanes = MAX (1, (cell_height - DAY_NUMBER_HEIGHT) / LANE_HEIGHT);
  GdkRGBA white = { 1, 1, 1, 1 };

  for (guint i = 0; i < self->spans->len; i++)
    {
      PlnMonthSpan *span = &g_array_index (self->spans, PlnMonthSpan, i);
      PlnWorkingGroup *group = pln_meeting_get_working_group (span->meeting);
      double x1 = _pln_calendar_month_view_column_x (self, span->first_column, cell_width);
      double x2 = _pln_calendar_month_view_column_x (self, span->last_column, cell_width);
      double x = MIN (x1, x2) + 3;
      double width = ABS (x2 - x1) + cell_width - 6;
      double y = HEADER_HEIGHT + span->row * cell_height + DAY_NUMBER_HEIGHT + span->lane * LANE_HEIGHT;
      g_autofree char *label = NULL;
      GskRoundedRect rect;
      GdkRGBA color;

      if (span->lane >= max_lanes)
        continue;

      if (group == NULL || pln_working_group_get_color (group) == NULL ||
          !gdk_rgba_parse (&color, pln_working_group_get_color (group)))
        color = pln_widget_get_theme_color (widget, "accent_bg_color", "#3584e4");

      gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, width, SPAN_HEIGHT), 4);
      gtk_snapshot_push_rounded_clip (snapshot, &rect);
      gtk_snapshot_append_color (snapshot, &color, &rect.bounds);
      if (span->clash)
        {
          GdkRGBA red = pln_widget_get_theme_color (widget, "error_bg_color", "#e01b24");
          gtk_snapshot_append_color (snapshot, &red, &GRAPHENE_RECT_INIT (x, y + SPAN_HEIGHT - 3, width, 3));
        }
      gtk_snapshot_pop (snapshot);

      label = span_label (span);
      draw_text (widget, snapshot, label, x + 6, y + 1, width - 12, TRUE, &white, PANGO_ALIGN_LEFT);
    }
}

/* In bytes, whole characters, and leaving a character to each name. */
static gsize
common_prefix_length (const char * const names[7])
{
  const char *p = names[0];

  while (*p != '\0')
    {
      const char *next = g_utf8_next_char (p);
      gsize length = next - names[0];

      for (guint c = 0; c < 7; c++)
        if (strlen (names[c]) <= length || strncmp (names[c], names[0], length) != 0)
          return p - names[0];
      p = next;
    }

  return p - names[0];
}

/* The weekday names in the locale's order, as long as they fit: "Monday",
 * else "Mon", else "M" in a narrow window. */
static void
weekday_names (PlnCalendarMonthView *self,
               double                cell_width,
               char                 *names[7])
{
  const char *formats[] = { "%A", "%a" };
  GDate day;

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      gboolean fit = TRUE;

      pln_calendar_month_view_get_grid_start (self, &day);
      for (guint c = 0; c < 7; c++, g_date_add_days (&day, 1))
        {
          g_autoptr(GDateTime) dt = g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day),
                                                           g_date_get_day (&day), 0, 0, 0);
          g_autoptr(PangoLayout) layout = NULL;
          int width;

          g_free (names[c]);
          names[c] = g_date_time_format (dt, formats[f]);
          layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), names[c]);
          pango_layout_get_pixel_size (layout, &width, NULL);
          fit = fit && width <= cell_width - 8;
        }

      if (fit)
        return;
    }

  /* The first letter of the short name, as calendars print it, after
   * what all seven share: "一" of "星期一". */
  for (guint c = 0; c < 7; c++)
    {
      char *letter = names[c] + common_prefix_length ((const char * const *) names);
      char *narrow;

      if (*letter == '\0')
        continue;

      narrow = g_strndup (letter, g_utf8_next_char (letter) - letter);
      g_free (names[c]);
      names[c] = narrow;
    }
}

static void
draw_weekdays (PlnCalendarMonthView *self,
               GtkSnapshot          *snapshot,
               double                cell_width,
               const GdkRGBA        *color)
{
  char *names[7] = { NULL };

  weekday_names (self, cell_width, names);
  for (guint c = 0; c < 7; c++)
    {
      draw_text (GTK_WIDGET (self), snapshot, names[c], _pln_calendar_month_view_column_x (self, c, cell_width), 6, cell_width, FALSE,
                 color, PANGO_ALIGN_CENTER);
      g_free (names[c]);
    }
}

void
_pln_calendar_month_view_snapshot (GtkWidget   *widget,
                                   GtkSnapshot *snapshot)
{
  PlnCalendarMonthView *self = PLN_CALENDAR_MONTH_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double cell_width = width / 7;
  double cell_height = (height - HEADER_HEIGHT) / N_ROWS;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GdkRGBA fg, dim, line, accent, accent_fg, selected;
  GDate day, today;

  fg = pln_widget_get_color (widget);
  dim = fg;
  dim.alpha = 0.35;
  line = fg;
  line.alpha = 0.12;
  selected = fg;
  selected.alpha = 0.06;
  accent = pln_widget_get_theme_color (widget, "accent_bg_color", "#3584e4");
  accent_fg = pln_widget_get_theme_color (widget, "accent_fg_color", "#ffffff");

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));

  draw_weekdays (self, snapshot, cell_width, &dim);

  pln_calendar_month_view_get_grid_start (self, &day);
  for (guint row = 0; row < N_ROWS; row++)
    {
      double y = HEADER_HEIGHT + row * cell_height;

      gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (0, y, width, 1));

      for (guint c = 0; c < 7; c++, g_date_add_days (&day, 1))
        {
          double x = _pln_calendar_month_view_column_x (self, c, cell_width);
          gboolean in_month = g_date_get_month (&day) == g_date_get_month (&self->date);
          gboolean is_today = g_date_compare (&day, &today) == 0;
          char number[8];

          if (g_date_compare (&day, &self->date) == 0)
            gtk_snapshot_append_color (snapshot, &selected, &GRAPHENE_RECT_INIT (x, y + 1, cell_width, cell_height - 1));

          if (c > 0)
            gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (MAX (x, _pln_calendar_month_view_column_x (self, c - 1, cell_width)), y, 1, cell_height));

          g_snprintf (number, sizeof number, "%u", g_date_get_day (&day));
          if (is_today)
            {
              GskRoundedRect circle;

              gsk_rounded_rect_init_from_rect (&circle, &GRAPHENE_RECT_INIT (x + cell_width / 2 - 11, y + 2, 22, 22), 11);
              gtk_snapshot_push_rounded_clip (snapshot, &circle);
              gtk_snapshot_append_color (snapshot, &accent, &circle.bounds);
              gtk_snapshot_pop (snapshot);
            }

          draw_text (widget, snapshot, number, x, y + 4, cell_width, is_today,
                     is_today ? &accent_fg : in_month ? &fg : &dim, PANGO_ALIGN_CENTER);
        }
    }

  draw_spans (self, snapshot, cell_width, cell_height);
}
