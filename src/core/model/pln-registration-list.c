/* pln-registration-list.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-registration-list"

#include "config.h"

#include <string.h>

#include "pln-csv.h"
#include "pln-registration.h"
#include "pln-registration-list.h"

/* What the secretariat takes out of a list of registrations (a meeting's,
 * or what the Registrations page shows): the counts, a CSV file, the
 * e-mail addresses. */

/**
 * pln_registration_summary_compute:
 * @registrations: (element-type PlnRegistration): the list to count
 */
void
pln_registration_summary_compute (PlnRegistrationSummary *summary,
                                  GListModel             *registrations)
{
  g_autoptr(GHashTable) delegations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n;

  g_return_if_fail (summary != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (registrations));

  memset (summary, 0, sizeof *summary);
  n = g_list_model_get_n_items (registrations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnRegistration) reg = g_list_model_get_item (registrations, i);
      const char *delegation = pln_registration_get_delegation (reg);

      switch (pln_registration_get_status (reg))
        {
        case PLN_REGISTRATION_STATUS_CANCELLED:
          summary->cancelled++;
          continue;
        case PLN_REGISTRATION_STATUS_CONFIRMED:
          summary->confirmed++;
          break;
        case PLN_REGISTRATION_STATUS_REQUESTED:
        default:
          summary->requested++;
          break;
        }

      summary->participants++;
      if (pln_registration_get_mode (reg) == PLN_PARTICIPATION_MODE_ONLINE)
        summary->online++;
      else
        summary->in_person++;
      summary->by_category[pln_registration_get_category (reg)]++;

      /* "Austria" and "austria " are one delegation. */
      if (delegation != NULL && *delegation != '\0')
        {
          g_autofree char *folded = g_utf8_casefold (delegation, -1);

          g_hash_table_add (delegations, g_strstrip (g_steal_pointer (&folded)));
        }
    }

  g_hash_table_remove (delegations, "");
  summary->delegations = g_hash_table_size (delegations);
}

/* The text of a field that may be unset. */
static const char *
empty_if_null (const char *text)
{
  return text != NULL ? text : "";
}

/* A value that starts as a formula would ("=HYPERLINK(…)" typed into a
 * registration form) is written with a quote before it, so that a
 * spreadsheet opening the file shows it rather than runs it. */
static const char *
guard (const char *value,
       GPtrArray  *owned)
{
  if (value[0] == '\0' || strchr ("=+-@\t\r", value[0]) == NULL)
    return value;

  g_ptr_array_add (owned, g_strconcat ("'", value, NULL));
  return g_ptr_array_index (owned, owned->len - 1);
}

/**
 * pln_registrations_to_csv:
 * @registrations: (element-type PlnRegistration): the rows to write
 *
 * A CSV file (RFC 4180, UTF-8, comma, CRLF) with a header line. The
 * headers and values are English, as the registration system's own
 * exports are, whatever the interface language: the file reads back into
 * Plenary (pln_registration_import_new()) and into other tools the same.
 * Values that a spreadsheet would take for a formula get a quote before
 * them, which the import takes away.
 *
 * Returns: (transfer full): the file's bytes
 */
GBytes *
pln_registrations_to_csv (GListModel *registrations)
{
  static const char * const header[] = {
    "Title", "Name", "Delegation", "Category", "Role", "Participation", "Email", "Status", "Link sent", NULL,
  };
  static const char * const categories[] = {
    "State party", "Signatory State", "Observer State", "Intergovernmental organization",
    "Non-governmental organization", "Panellist", "Secretariat",
  };
  static const char * const roles[] = {
    "Delegate", "Head of delegation", "Panellist", "Chair", "Vice-Chair", "Rapporteur",
  };
  static const char * const modes[] = { "In person", "Online" };
  static const char * const statuses[] = { "Requested", "Confirmed", "Cancelled" };
  g_autoptr(GString) out = NULL;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (registrations), NULL);

  n = g_list_model_get_n_items (registrations);
  out = g_string_sized_new (128 * (n + 1));
  pln_csv_append_row (out, header, ',');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnRegistration) reg = g_list_model_get_item (registrations, i);
      g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
      const char *fields[] = {
        guard (empty_if_null (pln_registration_get_honorific (reg)), owned),
        guard (empty_if_null (pln_registration_get_name (reg)), owned),
        guard (empty_if_null (pln_registration_get_delegation (reg)), owned),
        categories[pln_registration_get_category (reg)],
        roles[pln_registration_get_role (reg)],
        modes[pln_registration_get_mode (reg)],
        empty_if_null (pln_registration_get_email (reg)),
        statuses[pln_registration_get_status (reg)],
        pln_registration_get_link_sent (reg) ? "yes" : "no",
        NULL,
      };

      pln_csv_append_row (out, fields, ',');
    }

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/**
 * pln_registrations_dup_emails:
 * @registrations: (element-type PlnRegistration): whose addresses
 *
 * The valid e-mail addresses of @registrations, each once, in their
 * order, separated by ", " as an e-mail program's address field takes
 * them.
 *
 * Returns: (transfer full): the addresses, empty when there are none
 */
char *
pln_registrations_dup_emails (GListModel *registrations)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (registrations), NULL);

  n = g_list_model_get_n_items (registrations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnRegistration) reg = g_list_model_get_item (registrations, i);
      const char *email = pln_registration_get_email (reg);

      if (!pln_email_is_valid (email) || !g_hash_table_add (seen, g_utf8_casefold (email, -1)))
        continue;

      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, email);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
