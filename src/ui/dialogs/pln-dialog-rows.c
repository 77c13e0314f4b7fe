/* pln-dialog-rows.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-dialog-rows"

#include "config.h"

#include "pln-dialog-rows.h"

/* The rows the dialogs are made of: rows of text, in which the import
 * dialogs (agenda, registrations) show what they read, and the entry rows
 * of the dialogs that edit a working group or a registration, filled from
 * fields that may be unset and read back without the blanks around. The
 * names of the parts libadwaita builds inside a row are pln-accessible's. */

/**
 * pln_dialog_text_row_new:
 * @title: the row's title, shown as it is (not markup)
 * @subtitle: (nullable): the line below it, if any
 *
 * Returns: (transfer floating): an #AdwActionRow showing the text
 */
GtkWidget *
pln_dialog_text_row_new (const char *title,
                         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/**
 * pln_dialog_entry_set_text:
 * @text: (nullable): the field's value; %NULL, an unset field, empties the row
 */
void
pln_dialog_entry_set_text (AdwEntryRow *row,
                           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

/**
 * pln_dialog_entry_dup_text:
 *
 * Returns: (transfer full) (nullable): the row's text without the blanks
 *   around it, or %NULL when nothing else was typed
 */
char *
pln_dialog_entry_dup_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}
