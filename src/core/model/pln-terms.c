/* pln-terms.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The names the workspace keeps in English, as the documents write them,
 * shown in the interface's language: the bodies whose official names exist
 * in the six UN languages, and the plenary meetings Plenary names itself
 * ("1st plenary meeting"). Anything else is shown as it was typed. The
 * documents (agenda, non-paper, list of participants) keep the English. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pln-terms.h"

/* The bodies of the Conference of the Parties to the United Nations
 * Convention against Transnational Organized Crime (the seed documents),
 * whose translations are the UN's own terminology. */
static const char * const known_bodies[] = {
  NC_("body name", "Conference of the Parties to the United Nations Convention against Transnational Organized Crime"),
  NC_("body name", "Working Group on Trafficking in Persons"),
  NC_("body name", "Working Group on the Smuggling of Migrants"),
  NC_("body name", "Working Group on Firearms"),
  NC_("body name", "Working Group on International Cooperation"),
  NC_("body name", "Working Group of Government Experts on Technical Assistance"),
};

/**
 * pln_terms_body_name:
 * @name: (nullable): a body's name as the workspace keeps it
 *
 * Returns: (transfer none) (nullable): @name in the interface's language
 *   when it is the English name of a body known by its official names,
 *   otherwise @name itself
 */
const char *
pln_terms_body_name (const char *name)
{
  if (name == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (known_bodies); i++)
    if (strcmp (name, known_bodies[i]) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "body name", known_bodies[i]);

  return name;
}

/* "12th plenary meeting" → 12, anything else → 0. */
static guint
parse_sitting_number (const char *name)
{
  const char *p = name;
  guint64 n;
  char *end;

  if (!g_ascii_isdigit (*p))
    return 0;
  n = g_ascii_strtoull (p, &end, 10);
  if (n == 0 || n > 999)
    return 0;
  if (!(g_str_has_prefix (end, "st ") || g_str_has_prefix (end, "nd ") ||
        g_str_has_prefix (end, "rd ") || g_str_has_prefix (end, "th ")))
    return 0;
  if (strcmp (end + 3, "plenary meeting") != 0)
    return 0;

  return (guint) n;
}

/**
 * pln_terms_sitting_name:
 * @name: (nullable): a plenary meeting's name as the workspace keeps it
 *
 * Returns: (transfer full): a name of the form Plenary gives
 *   ("3rd plenary meeting") in the interface's language, any other name
 *   as it is
 */
char *
pln_terms_sitting_name (const char *name)
{
  guint n = name ? parse_sitting_number (name) : 0;

  /* English shows the name as the documents write it, and so does a
   * language without this message. */
  if (n == 0 || strcmp (_("Plenary meeting %u"), "Plenary meeting %u") == 0)
    return g_strdup (name ? name : "");

  /* Translators: a plenary meeting's name as shown; %u is its number through the meeting.
   * The documents keep the English ("3rd plenary meeting"). */
  return g_strdup_printf (_("Plenary meeting %u"), n);
}
