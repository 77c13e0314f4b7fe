/* pln-participants-document.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-participants-document"

#include "config.h"

#include "plenary-core.h"
#include "pln-participants-document.h"

/* The list of participants of a meeting: the registrations not cancelled,
 * grouped by category, then by delegation, each alphabetical. English, as
 * the meeting's other documents; the category names here are the
 * documents' own, not the interface's translations. */

static const char * const category_titles[] = {
  [PLN_REGISTRATION_CATEGORY_STATE_PARTY] = "States parties",
  [PLN_REGISTRATION_CATEGORY_SIGNATORY_STATE] = "Signatory States",
  [PLN_REGISTRATION_CATEGORY_OBSERVER_STATE] = "Observer States",
  [PLN_REGISTRATION_CATEGORY_IGO] = "Intergovernmental organizations",
  [PLN_REGISTRATION_CATEGORY_NGO] = "Non-governmental organizations",
  [PLN_REGISTRATION_CATEGORY_PANELLIST] = "Panellists",
  [PLN_REGISTRATION_CATEGORY_SECRETARIAT] = "Secretariat",
};

static int
compare_registrations (gconstpointer a,
                       gconstpointer b)
{
  PlnRegistration *ra = *(PlnRegistration **) a;
  PlnRegistration *rb = *(PlnRegistration **) b;
  int order = (int) pln_registration_get_category (ra) - (int) pln_registration_get_category (rb);

  if (order == 0)
    order = g_utf8_collate (pln_registration_get_delegation (ra) ?: "", pln_registration_get_delegation (rb) ?: "");
  if (order == 0)
    order = g_utf8_collate (pln_registration_get_name (ra) ?: "", pln_registration_get_name (rb) ?: "");

  return order;
}

/* "Ms. Jane Doe, Chair": the honorific as registered, the name, and a
 * role other than delegate. */
static char *
participant_entry (PlnRegistration *reg)
{
  static const char * const roles[] = {
    "", "Head of delegation", "Panellist", "Chair", "Vice-Chair", "Rapporteur",
  };
  const char *honorific = pln_registration_get_honorific (reg);
  GString *entry = g_string_new (NULL);

  if (honorific != NULL && *honorific != '\0')
    g_string_append_printf (entry, "%s ", honorific);
  g_string_append (entry, pln_registration_get_name (reg) ?: "");
  if (pln_registration_get_role (reg) != PLN_REGISTRATION_ROLE_DELEGATE)
    g_string_append_printf (entry, ", %s", roles[pln_registration_get_role (reg)]);

  return g_string_free (entry, FALSE);
}

/**
 * pln_participants_document_new:
 *
 * Returns: (transfer full): the list of participants of @meeting
 */
PlnDocument *
pln_participants_document_new (PlnMeeting *meeting)
{
  GListModel *registrations = pln_meeting_get_registrations (meeting);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  PlnWorkingGroup *group = pln_meeting_get_working_group (meeting);
  g_autofree char *title = pln_meeting_dup_title_en (meeting);
  g_autofree char *line = NULL;
  const GDate *first = pln_meeting_get_first_day (meeting);
  g_autofree char *dates = first ? pln_date_range_format_en (first, pln_meeting_get_last_day (meeting)) : NULL;
  PlnDocument *document = pln_document_new ("List of participants");
  int category = -1;
  const char *delegation = NULL;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  /* Names of delegates: their files are readable by their owner only. */
  pln_document_set_personal_data (document, TRUE);

  for (guint i = 0; i < g_list_model_get_n_items (registrations); i++)
    {
      PlnRegistration *reg = g_list_model_get_item (registrations, i);

      if (pln_registration_get_status (reg) == PLN_REGISTRATION_STATUS_CANCELLED)
        g_object_unref (reg);
      else
        g_ptr_array_add (sorted, reg);
    }
  g_ptr_array_sort (sorted, compare_registrations);

  pln_document_add_title (document, "List of participants");
  if (group != NULL && pln_working_group_get_name (group) != NULL)
    pln_document_add_paragraph (document, pln_working_group_get_name (group), PLN_TEXT_BOLD | PLN_TEXT_CENTER);
  line = g_strdup_printf ("%s%s%s%s%s", title, pln_meeting_get_city (meeting) ? ", " : "",
                          pln_meeting_get_city (meeting) ?: "", dates ? ", " : "", dates ?: "");
  pln_document_add_paragraph (document, line, PLN_TEXT_CENTER);

  for (guint i = 0; i < sorted->len; i++)
    {
      PlnRegistration *reg = g_ptr_array_index (sorted, i);
      g_autofree char *entry = NULL;

      if ((int) pln_registration_get_category (reg) != category)
        {
          category = pln_registration_get_category (reg);
          delegation = NULL;
          pln_document_add_heading (document, 1, category_titles[category]);
        }

      if (g_strcmp0 (pln_registration_get_delegation (reg), delegation) != 0)
        {
          delegation = pln_registration_get_delegation (reg);
          pln_document_add_heading (document, 2, delegation ? delegation : "—");
        }

      entry = participant_entry (reg);

      pln_document_add_paragraph (document, entry, PLN_TEXT_PLAIN);
    }

  if (sorted->len == 0)
    pln_document_add_paragraph (document, "No participants are registered yet.", PLN_TEXT_PLAIN);

  return document;
}
