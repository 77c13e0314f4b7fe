/* pln-accessible.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-accessible"

#include "config.h"

#include "pln-accessible.h"

/* Names for what a screen reader would otherwise announce by its class on
 * GTK 4.8: the button inside a menu button, a drop-down or a colour
 * button, and the
 * lists that libadwaita's rows keep inside (an expander row's, a combo
 * row's pop-up). GTK 4.8 cannot read an accessible property back, so the
 * widgets named here are marked for pln_accessible_name_lists() to leave
 * their names alone. */

#define NAMED_KEY "pln-accessible-named"

static void
label_one (GtkWidget  *widget,
           const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (widget), NAMED_KEY, GINT_TO_POINTER (TRUE));
}

/**
 * pln_accessible_set_label:
 * @widget: a control
 * @label: what a screen reader calls it: the words of its tooltip for an
 *   icon-only button
 *
 * Names @widget and, for a menu button, a drop-down or a colour button,
 * the button inside it, which is what takes the focus.
 */
void
pln_accessible_set_label (GtkWidget  *widget,
                          const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (label != NULL);

  label_one (widget, label);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!GTK_IS_MENU_BUTTON (widget) && !GTK_IS_DROP_DOWN (widget) && !GTK_IS_COLOR_BUTTON (widget))
    return;
  G_GNUC_END_IGNORE_DEPRECATIONS

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      label_one (child, label);
}

/**
 * pln_accessible_name_lists:
 * @widget: a row or a container
 * @label: the name for the lists found
 *
 * Names each list box and list view in @widget (and @widget itself) that
 * has not been named through this file: the lists libadwaita's rows build
 * inside them have no name of their own.
 */
void
pln_accessible_name_lists (GtkWidget  *widget,
                           const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (label != NULL);

  if ((GTK_IS_LIST_BOX (widget) || GTK_IS_LIST_VIEW (widget)) &&
      g_object_get_data (G_OBJECT (widget), NAMED_KEY) == NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    pln_accessible_name_lists (child, label);
}
