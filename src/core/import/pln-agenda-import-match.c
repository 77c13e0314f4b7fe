/* pln-agenda-import-match.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-agenda-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-core.h"
#include "pln-agenda-import.h"

/* An agenda imported for a meeting the workspace already has: which
 * meeting that is, and what importing it again would change, so that a
 * second, identical meeting is never made without the user knowing. */

static gboolean
same_day (const GDate *a,
          const GDate *b)
{
  return a != NULL && b != NULL && g_date_compare (a, b) == 0;
}

/**
 * pln_agenda_import_find_meeting:
 *
 * The meeting of @workspace the agenda is already in: the one with the
 * same agenda symbol, or else the one of the same working group
 * (pln_agenda_import_find_group()) held on the same days.
 *
 * Returns: (transfer none) (nullable): the meeting, or %NULL when the
 *   agenda is for a meeting the workspace does not have
 */
PlnMeeting *
pln_agenda_import_find_meeting (PlnAgendaImport *self,
                                PlnWorkspace    *workspace)
{
  PlnMeeting *read = pln_agenda_import_get_meeting (self);
  const char *symbol = pln_meeting_get_agenda_symbol (read);
  PlnWorkingGroup *group = pln_agenda_import_find_group (self, workspace);
  GListModel *meetings = pln_workspace_get_meetings (workspace);
  PlnMeeting *same_dates = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);

      if (symbol != NULL && g_strcmp0 (pln_meeting_get_agenda_symbol (meeting), symbol) == 0)
        return meeting;

      if (same_dates == NULL && group != NULL &&
          pln_meeting_get_working_group (meeting) == group &&
          same_day (pln_meeting_get_first_day (meeting), pln_meeting_get_first_day (read)) &&
          same_day (pln_meeting_get_last_day (meeting), pln_meeting_get_last_day (read)))
        same_dates = meeting;
    }

  return same_dates;
}

static GHashTable *
items_by_label (PlnMeeting *meeting)
{
  g_autoptr(GPtrArray) items = pln_meeting_dup_agenda_items (meeting);
  GHashTable *by_label = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (by_label, pln_agenda_item_dup_label (items->pdata[i]), items->pdata[i]);

  return by_label;
}

static char *
document_symbols (PlnAgendaItem *item)
{
  GListModel *documents = pln_agenda_item_get_documents (item);
  g_autoptr(GStrvBuilder) symbols = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(PlnDocumentRef) document = g_list_model_get_item (documents, i);

      g_strv_builder_add (symbols, pln_document_ref_get_symbol (document) ?: "");
    }

  strv = g_strv_builder_end (symbols);
  return g_strjoinv ("\n", strv);
}

static void
describe_item (GPtrArray     *changes,
               const char    *label,
               PlnAgendaItem *before,
               PlnAgendaItem *after)
{
  g_autofree char *documents_before = document_symbols (before);
  g_autofree char *documents_after = document_symbols (after);

  if (g_strcmp0 (pln_agenda_item_get_title (before), pln_agenda_item_get_title (after)) != 0)
    /* Translators: what importing an agenda again would change; %s is an agenda item's number, e.g. "2" or "1 (a)" */
    g_ptr_array_add (changes, g_strdup_printf (_("Item %s: a new title"), label));
  if (g_strcmp0 (pln_agenda_item_get_annotation (before), pln_agenda_item_get_annotation (after)) != 0)
    /* Translators: what importing an agenda again would change; %s is an agenda item's number */
    g_ptr_array_add (changes, g_strdup_printf (_("Item %s: a new annotation"), label));
  if (g_strcmp0 (documents_before, documents_after) != 0)
    /* Translators: what importing an agenda again would change; %s is an agenda item's number */
    g_ptr_array_add (changes, g_strdup_printf (_("Item %s: other documentation"), label));
}

static char *
dup_placements (PlnSitting *sitting)
{
  GListModel *placements = pln_sitting_get_placements (sitting);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (placements); i++)
    {
      g_autoptr(PlnPlacement) placement = g_list_model_get_item (placements, i);
      PlnAgendaItem *item = pln_placement_get_agenda_item (placement);
      g_autofree char *label = item != NULL ? pln_agenda_item_dup_label (item) : NULL;

      g_string_append_printf (text, "%s|", label ? label : "");
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
same_sitting (PlnSitting *a,
              PlnSitting *b)
{
  const GDate *da = pln_sitting_get_date (a);
  const GDate *db = pln_sitting_get_date (b);
  g_autofree char *pa = dup_placements (a);
  g_autofree char *pb = dup_placements (b);
  gboolean same_day = (da == NULL || !g_date_valid (da))
                      ? (db == NULL || !g_date_valid (db))
                      : (db != NULL && g_date_valid (db) && g_date_compare (da, db) == 0);

  return same_day && pln_sitting_get_start (a) == pln_sitting_get_start (b) &&
         pln_sitting_get_end (a) == pln_sitting_get_end (b) && g_str_equal (pa, pb);
}

/**
 * pln_agenda_import_describe_changes:
 * @meeting: the meeting the agenda would go into
 *
 * What putting the imported agenda in place of @meeting's would change:
 * items added, removed or changed (title, annotation, documentation),
 * and the plenary meetings of the organization of work. Recommendations
 * and registrations are not touched by an import.
 *
 * Returns: (transfer full) (element-type utf8): one sentence a change,
 *   in the agenda's order; empty when the agenda is the same
 */
GPtrArray *
pln_agenda_import_describe_changes (PlnAgendaImport *self,
                                    PlnMeeting      *meeting)
{
  PlnMeeting *read = pln_agenda_import_get_meeting (self);
  g_autoptr(GHashTable) before = items_by_label (meeting);
  g_autoptr(GHashTable) after = items_by_label (read);
  g_autoptr(GPtrArray) read_items = pln_meeting_dup_agenda_items (read);
  g_autoptr(GPtrArray) old_items = pln_meeting_dup_agenda_items (meeting);
  GPtrArray *changes = g_ptr_array_new_with_free_func (g_free);
  guint n_sittings_before = g_list_model_get_n_items (pln_meeting_get_sittings (meeting));
  guint n_sittings_after = g_list_model_get_n_items (pln_meeting_get_sittings (read));

  for (guint i = 0; i < read_items->len; i++)
    {
      g_autofree char *label = pln_agenda_item_dup_label (read_items->pdata[i]);
      PlnAgendaItem *old = g_hash_table_lookup (before, label);

      if (old == NULL)
        /* Translators: what importing an agenda again would change; %s is an agenda item's number */
        g_ptr_array_add (changes, g_strdup_printf (_("Item %s: added"), label));
      else
        describe_item (changes, label, old, read_items->pdata[i]);
    }

  for (guint i = 0; i < old_items->len; i++)
    {
      g_autofree char *label = pln_agenda_item_dup_label (old_items->pdata[i]);

      if (!g_hash_table_contains (after, label))
        /* Translators: what importing an agenda again would change; %s is an agenda item's number */
        g_ptr_array_add (changes, g_strdup_printf (_("Item %s: removed"), label));
    }

  /* The plenary meetings both have: their day, times and placements. */
  for (guint i = 0; i < MIN (n_sittings_before, n_sittings_after); i++)
    {
      g_autoptr(PlnSitting) old = g_list_model_get_item (pln_meeting_get_sittings (meeting), i);
      g_autoptr(PlnSitting) new = g_list_model_get_item (pln_meeting_get_sittings (read), i);

      if (!same_sitting (old, new))
        /* Translators: what importing an agenda again would change; %u is the number of a plenary meeting, from 1 */
        g_ptr_array_add (changes, g_strdup_printf (_("Organization of work: plenary meeting %u changes"), i + 1));
    }

  if (n_sittings_before != n_sittings_after)
    g_ptr_array_add (changes,
                     /* Translators: what importing an agenda again would change: the organization of work */
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "Organization of work: %u plenary meeting instead of %u",
                                                   "Organization of work: %u plenary meetings instead of %u",
                                                   n_sittings_after),
                                      n_sittings_after, n_sittings_before));

  return changes;
}
