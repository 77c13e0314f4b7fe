/* pln-types.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "pln-enum-types.h"
#include "pln-types.h"

const char *
pln_meeting_format_to_label (PlnMeetingFormat format)
{
  switch (format)
    {
    case PLN_MEETING_FORMAT_IN_PERSON: return C_("meeting format", "In person");
    case PLN_MEETING_FORMAT_HYBRID: return C_("meeting format", "Hybrid");
    case PLN_MEETING_FORMAT_ONLINE: return C_("meeting format", "Online");
    default: return "";
    }
}

const char *
pln_language_to_label (PlnLanguages language)
{
  switch ((int) language)
    {
    case PLN_LANGUAGE_ARABIC: return _("Arabic");
    case PLN_LANGUAGE_CHINESE: return _("Chinese");
    case PLN_LANGUAGE_ENGLISH: return _("English");
    case PLN_LANGUAGE_FRENCH: return _("French");
    case PLN_LANGUAGE_RUSSIAN: return _("Russian");
    case PLN_LANGUAGE_SPANISH: return _("Spanish");
    default: return "";
    }
}

const char *
pln_registration_category_to_label (PlnRegistrationCategory category)
{
  switch (category)
    {
    case PLN_REGISTRATION_CATEGORY_STATE_PARTY: return C_("registration category", "State party");
    case PLN_REGISTRATION_CATEGORY_SIGNATORY_STATE: return C_("registration category", "Signatory State");
    case PLN_REGISTRATION_CATEGORY_OBSERVER_STATE: return C_("registration category", "Observer State");
    case PLN_REGISTRATION_CATEGORY_IGO: return C_("registration category", "Intergovernmental organization");
    case PLN_REGISTRATION_CATEGORY_NGO: return C_("registration category", "Non-governmental organization");
    case PLN_REGISTRATION_CATEGORY_PANELLIST: return C_("registration category", "Panellist");
    case PLN_REGISTRATION_CATEGORY_SECRETARIAT: return C_("registration category", "Secretariat");
    default: return "";
    }
}

const char *
pln_registration_role_to_label (PlnRegistrationRole role)
{
  switch (role)
    {
    case PLN_REGISTRATION_ROLE_DELEGATE: return C_("role", "Delegate");
    case PLN_REGISTRATION_ROLE_HEAD_OF_DELEGATION: return C_("role", "Head of delegation");
    case PLN_REGISTRATION_ROLE_PANELLIST: return C_("role", "Panellist");
    case PLN_REGISTRATION_ROLE_CHAIR: return C_("role", "Chair");
    case PLN_REGISTRATION_ROLE_VICE_CHAIR: return C_("role", "Vice-Chair");
    case PLN_REGISTRATION_ROLE_RAPPORTEUR: return C_("role", "Rapporteur");
    default: return "";
    }
}

const char *
pln_participation_mode_to_label (PlnParticipationMode mode)
{
  switch (mode)
    {
    case PLN_PARTICIPATION_MODE_IN_PERSON: return C_("participation", "In person");
    case PLN_PARTICIPATION_MODE_ONLINE: return C_("participation", "Online");
    default: return "";
    }
}

const char *
pln_registration_status_to_label (PlnRegistrationStatus status)
{
  switch (status)
    {
    case PLN_REGISTRATION_STATUS_REQUESTED: return C_("registration status", "Requested");
    case PLN_REGISTRATION_STATUS_CONFIRMED: return C_("registration status", "Confirmed");
    case PLN_REGISTRATION_STATUS_CANCELLED: return C_("registration status", "Cancelled");
    default: return "";
    }
}

const char *
pln_recommendation_status_to_label (PlnRecommendationStatus status)
{
  switch (status)
    {
    case PLN_RECOMMENDATION_STATUS_PROPOSED: return C_("recommendation status", "Proposed");
    case PLN_RECOMMENDATION_STATUS_IN_NON_PAPER: return C_("recommendation status", "In non-paper");
    case PLN_RECOMMENDATION_STATUS_AGREED: return C_("recommendation status", "Agreed");
    case PLN_RECOMMENDATION_STATUS_WITHDRAWN: return C_("recommendation status", "Withdrawn");
    case PLN_RECOMMENDATION_STATUS_MERGED: return C_("recommendation status", "Merged");
    default: return "";
    }
}

const char *
pln_entry_kind_to_label (PlnEntryKind kind)
{
  switch (kind)
    {
    case PLN_ENTRY_RECOMMENDATION: return C_("compendium entry", "Recommendation");
    /* Translators: a resolution of the Conference of the Parties */
    case PLN_ENTRY_RESOLUTION: return C_("compendium entry", "Resolution");
    /* Translators: a decision of the Conference of the Parties */
    case PLN_ENTRY_DECISION: return C_("compendium entry", "Decision");
    default: return "";
    }
}

/**
 * pln_enum_to_nick:
 *
 * Returns: the stable name of @value, as written in workspace files
 */
const char *
pln_enum_to_nick (GType enum_type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
pln_enum_from_nick (GType       enum_type,
                    const char *nick,
                    int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;

  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;

  *value = ev->value;
  return TRUE;
}

char *
pln_date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

/**
 * pln_date_from_iso:
 * @text: a date as YYYY-MM-DD
 * @date: (out caller-allocates): the date
 *
 * Returns: %TRUE if @text is a valid calendar date
 */
gboolean
pln_date_from_iso (const char *text,
                   GDate      *date)
{
  guint y, m, d;
  char end;

  g_date_clear (date, 1);

  if (text == NULL || strlen (text) != 10 || sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &end) != 3)
    return FALSE;

  if (!g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

char *
pln_minutes_to_string (int minutes)
{
  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

/**
 * pln_email_is_valid:
 *
 * A practical check, not RFC 5322: one @, a non-empty local part, a
 * domain with a dot and no spaces. It catches the mistakes people make
 * when typing or exporting addresses.
 */
gboolean
pln_email_is_valid (const char *email)
{
  const char *at;
  const char *dot;

  if (email == NULL || *email == '\0' || strpbrk (email, " \t\r\n,;<>") != NULL)
    return FALSE;

  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;

  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

/**
 * pln_search_fold:
 *
 * Folds @text for a search that ignores case and accents, so that "cote"
 * finds "Côte d’Ivoire" and "ELENA" finds "Elena": compatibility
 * decomposition, the combining marks dropped, then case folding.
 *
 * Returns: (transfer full): the folded text
 */
char *
pln_search_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) bare = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return g_utf8_casefold (text, -1);

  bare = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (bare, c);
    }

  return g_utf8_casefold (bare->str, bare->len);
}
