/* pln-date-row.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-date-row"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-core.h"
#include "pln-accessible.h"
#include "pln-date-row.h"
#include "pln-format.h"

/* A date typed as YYYY-MM-DD or picked in a calendar that pops up from
 * the button at the end of the row; the button shows the date in the
 * interface's language. A typed date counts once it is a whole valid
 * date; until then the row says it is not one and keeps the last valid
 * one. "date-edited" tells what the user changed from what a binding or
 * the program set. Built in code, not from a template, so that the rows
 * can be made in any number (the plenary meetings') without a resource. */

struct _PlnDateRow
{
  AdwEntryRow    parent_instance;

  /* Child widgets */
  GtkMenuButton *button;
  GtkLabel      *date_label;
  GtkCalendar   *calendar;

  GDate          date;      /* cleared while there is none */
  gboolean       syncing;   /* the text or calendar follow @date: not an edit */
};

G_DEFINE_FINAL_TYPE (PlnDateRow, pln_date_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

enum {
  DATE_EDITED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
show_date_label (PlnDateRow *self)
{
  g_autofree char *text = NULL;

  if (g_date_valid (&self->date))
    text = pln_format_date (&self->date);
  gtk_label_set_text (self->date_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->date_label), text != NULL);
}

static void
show_in_calendar (PlnDateRow *self)
{
  g_autoptr(GDateTime) day = NULL;

  if (!g_date_valid (&self->date))
    return;

  day = g_date_time_new_local (g_date_get_year (&self->date), g_date_get_month (&self->date),
                               g_date_get_day (&self->date), 12, 0, 0);
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, day);
  self->syncing = FALSE;
}

static void
show_text (PlnDateRow *self)
{
  g_autofree char *iso = g_date_valid (&self->date) ? pln_date_to_iso (&self->date) : NULL;

  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), iso != NULL ? iso : "");
  self->syncing = FALSE;
  gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
}

/* Keeps @date and says so; returns whether it changed. */
static gboolean
store_date (PlnDateRow  *self,
            const GDate *date)
{
  gboolean valid = date != NULL && g_date_valid (date);

  if (valid == g_date_valid (&self->date) && (!valid || g_date_compare (date, &self->date) == 0))
    return FALSE;

  if (valid)
    self->date = *date;
  else
    g_date_clear (&self->date, 1);

  show_date_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATE]);
  return TRUE;
}

static void
text_changed_cb (PlnDateRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));
  GDate date;

  if (self->syncing)
    return;

  if (!pln_date_from_iso (text, &date))
    {
      if (*text != '\0')
        gtk_widget_add_css_class (GTK_WIDGET (self), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  if (store_date (self, &date))
    {
      show_in_calendar (self);
      g_signal_emit (self, signals [DATE_EDITED], 0);
    }
}

static void
day_selected_cb (PlnDateRow *self)
{
  g_autoptr(GDateTime) day = NULL;
  GDate date;

  if (self->syncing)
    return;

  day = gtk_calendar_get_date (self->calendar);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (day), g_date_time_get_month (day),
                  g_date_time_get_year (day));
  gtk_menu_button_popdown (self->button);

  if (store_date (self, &date))
    {
      show_text (self);
      g_signal_emit (self, signals [DATE_EDITED], 0);
    }
}

static void
pln_date_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PlnDateRow *self = PLN_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, pln_date_row_get_date (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_date_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PlnDateRow *self = PLN_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      pln_date_row_set_date (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pln_date_row_class_init (PlnDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pln_date_row_get_property;
  object_class->set_property = pln_date_row_set_property;

  properties [PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlnDateRow::date-edited:
   *
   * The user typed a whole date or picked one: not emitted for a date
   * set with pln_date_row_set_date() or the "date" property.
   */
  signals [DATE_EDITED] =
    g_signal_new ("date-edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
pln_date_row_init (PlnDateRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *popover = gtk_popover_new ();

  g_date_clear (&self->date, 1);

  self->date_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->date_label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_visible (GTK_WIDGET (self->date_label), FALSE);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("x-office-calendar-symbolic"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->date_label));

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_child (self->button, box);
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Choose a Date"));
  pln_accessible_set_label (GTK_WIDGET (self->button), _("Choose a Date"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->button));

  g_signal_connect (self, "changed", G_CALLBACK (text_changed_cb), NULL);
}

/**
 * pln_date_row_new:
 * @title: the row's title
 *
 * Returns: (transfer floating): a row without a date
 */
GtkWidget *
pln_date_row_new (const char *title)
{
  return g_object_new (PLN_TYPE_DATE_ROW, "title", title, NULL);
}

/**
 * pln_date_row_get_date:
 *
 * Returns: (nullable): the last whole date typed, picked or set
 */
const GDate *
pln_date_row_get_date (PlnDateRow *self)
{
  g_return_val_if_fail (PLN_IS_DATE_ROW (self), NULL);

  return g_date_valid (&self->date) ? &self->date : NULL;
}

/**
 * pln_date_row_set_date:
 * @date: (nullable): the date to show, or %NULL for none
 *
 * Shows @date in the text, the button and the calendar; not an edit.
 */
void
pln_date_row_set_date (PlnDateRow  *self,
                       const GDate *date)
{
  g_return_if_fail (PLN_IS_DATE_ROW (self));

  if (!store_date (self, date))
    return;

  show_text (self);
  show_in_calendar (self);
}

/**
 * pln_date_row_get_calendar:
 *
 * Returns: (transfer none): the calendar of the row's pop-up
 */
GtkCalendar *
pln_date_row_get_calendar (PlnDateRow *self)
{
  g_return_val_if_fail (PLN_IS_DATE_ROW (self), NULL);

  return self->calendar;
}
