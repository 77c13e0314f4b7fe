/* pln-online-bar.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-online-bar"

#include "config.h"

#include "pln-compat.h"
#include "pln-online-bar.h"

/* The online minutes of a plenary meeting in one bar: the minutes used
 * (in the accent colour), then those planned for the online speakers who
 * fit (the same colour, lighter), against the cap, which is the full
 * width. Minutes used beyond the cap (statements that ran long) widen the
 * scale and are drawn in the error colour, with a mark where the cap is.
 * It fills from the start of the line: from the right in Arabic.
 *
 * A screen reader hears a meter: the minutes used and planned out of the
 * cap, and the sentence under the bar as its value text. */

#define BAR_HEIGHT 8
#define CAP_MARK_WIDTH 2

struct _PlnOnlineBar
{
  GtkWidget parent_instance;

  int       cap;
  int       used;
  int       planned;
};

G_DEFINE_FINAL_TYPE (PlnOnlineBar, pln_online_bar, GTK_TYPE_WIDGET)

/* A segment from @from to @to minutes, on a scale of @scale minutes
 * across @width, mirrored in a right-to-left interface. */
static void
append_segment (GtkSnapshot   *snapshot,
                const GdkRGBA *color,
                double         from,
                double         to,
                double         scale,
                int            width,
                gboolean       rtl)
{
  double x = from / scale * width;
  double w = (to - from) / scale * width;

  if (w <= 0)
    return;
  if (rtl)
    x = width - x - w;
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, 0, w, BAR_HEIGHT));
}

static void
pln_online_bar_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PlnOnlineBar *self = PLN_ONLINE_BAR (widget);
  int width = gtk_widget_get_width (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GdkRGBA trough = pln_widget_get_color (widget);
  GdkRGBA used = pln_widget_get_theme_color (widget, "accent_bg_color", "#3584e4");
  GdkRGBA planned = used;
  GdkRGBA over = pln_widget_get_theme_color (widget, "error_bg_color", "#e01b24");
  GdkRGBA mark = pln_widget_get_color (widget);
  double scale = MAX (MAX (self->cap, self->used + self->planned), 1);
  double within = MIN (self->used, self->cap);
  GskRoundedRect outline;

  trough.alpha *= 0.12;
  planned.alpha *= 0.4;
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (0, 0, width, BAR_HEIGHT), BAR_HEIGHT / 2.);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, &trough, &GRAPHENE_RECT_INIT (0, 0, width, BAR_HEIGHT));
  append_segment (snapshot, &used, 0, within, scale, width, rtl);
  append_segment (snapshot, &over, within, self->used, scale, width, rtl);
  append_segment (snapshot, &planned, self->used, self->used + self->planned, scale, width, rtl);
  if (self->cap > 0 && scale > self->cap)
    append_segment (snapshot, &mark, self->cap - CAP_MARK_WIDTH * scale / MAX (width, 1), self->cap,
                    scale, width, rtl);
  gtk_snapshot_pop (snapshot);
}

static void
pln_online_bar_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_VERTICAL ? BAR_HEIGHT : 32;
}

static void
pln_online_bar_class_init (PlnOnlineBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = pln_online_bar_snapshot;
  widget_class->measure = pln_online_bar_measure;

  gtk_widget_class_set_css_name (widget_class, "pln-online-bar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_METER);
}

static void
pln_online_bar_init (PlnOnlineBar *self)
{
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 1.,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 0.,
                                  -1);
}

GtkWidget *
pln_online_bar_new (void)
{
  return g_object_new (PLN_TYPE_ONLINE_BAR, NULL);
}

/**
 * pln_online_bar_set_minutes:
 * @cap: the online minutes of the plenary meeting (0: no cap)
 * @used: the minutes online statements have taken
 * @planned: the minutes of the online speakers waiting who fit
 */
void
pln_online_bar_set_minutes (PlnOnlineBar *self,
                            int           cap,
                            int           used,
                            int           planned)
{
  g_return_if_fail (PLN_IS_ONLINE_BAR (self));

  if (self->cap == cap && self->used == used && self->planned == planned)
    return;

  self->cap = MAX (cap, 0);
  self->used = MAX (used, 0);
  self->planned = MAX (planned, 0);
  /* The meter goes from nothing to the cap, or further once it is passed. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) MAX (MAX (self->cap, self->used + self->planned), 1),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) (self->used + self->planned),
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
pln_online_bar_get_cap (PlnOnlineBar *self)
{
  g_return_val_if_fail (PLN_IS_ONLINE_BAR (self), 0);

  return self->cap;
}

int
pln_online_bar_get_used (PlnOnlineBar *self)
{
  g_return_val_if_fail (PLN_IS_ONLINE_BAR (self), 0);

  return self->used;
}

int
pln_online_bar_get_planned (PlnOnlineBar *self)
{
  g_return_val_if_fail (PLN_IS_ONLINE_BAR (self), 0);

  return self->planned;
}

/**
 * pln_online_bar_set_text:
 * @text: what the bar shows, in words: "Online: 12 of 30 minutes used, 9 planned"
 *
 * The value a screen reader says for the meter.
 */
void
pln_online_bar_set_text (PlnOnlineBar *self,
                         const char   *text)
{
  g_return_if_fail (PLN_IS_ONLINE_BAR (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text ? text : "", -1);
}
