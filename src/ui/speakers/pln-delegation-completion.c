/* pln-delegation-completion.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-delegation-completion"

#include "config.h"

#include "pln-delegation-completion.h"

/* The completion of a field where a delegation is typed (who asks for the
 * floor, whose written statement it is): the delegations of the meeting's
 * registrations, each once, completed inline.
 *
 * GtkEntryCompletion is deprecated from GTK 4.10 on; we build for 4.8. */

G_GNUC_BEGIN_IGNORE_DEPRECATIONS

/**
 * pln_delegation_completion_new:
 *
 * Returns: (transfer full): a completion with no delegation yet
 */
GtkEntryCompletion *
pln_delegation_completion_new (void)
{
  g_autoptr(GtkListStore) delegations = gtk_list_store_new (1, G_TYPE_STRING);
  GtkEntryCompletion *completion = gtk_entry_completion_new ();

  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (delegations));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_inline_completion (completion, TRUE);
  return completion;
}

/**
 * pln_delegation_completion_set_meeting:
 * @meeting: (nullable): the meeting whose registrations are offered
 */
void
pln_delegation_completion_set_meeting (GtkEntryCompletion *completion,
                                       PlnMeeting         *meeting)
{
  GtkListStore *delegations = GTK_LIST_STORE (gtk_entry_completion_get_model (completion));
  GListModel *registrations = meeting ? pln_meeting_get_registrations (meeting) : NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  gtk_list_store_clear (delegations);
  for (guint i = 0; registrations != NULL && i < g_list_model_get_n_items (registrations); i++)
    {
      g_autoptr(PlnRegistration) registration = g_list_model_get_item (registrations, i);
      const char *name = pln_registration_get_delegation (registration);

      if (name == NULL || *name == '\0' || !g_hash_table_add (seen, (gpointer) name))
        continue;
      gtk_list_store_insert_with_values (delegations, NULL, -1, 0, name, -1);
    }
}

G_GNUC_END_IGNORE_DEPRECATIONS
