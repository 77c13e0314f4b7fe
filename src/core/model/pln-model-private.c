/* pln-model-private.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plenary-core.h"
#include "pln-model-private.h"

gboolean
pln_set_string (char       **field,
                const char  *value)
{
  /* Empty and unset are the same to a person filling in a form. */
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

gboolean
pln_set_date (GDate       *field,
              const GDate *value)
{
  gboolean was_valid = g_date_valid (field);
  gboolean is_valid = value != NULL && g_date_valid (value);

  if (!was_valid && !is_valid)
    return FALSE;

  if (was_valid && is_valid && g_date_compare (field, value) == 0)
    return FALSE;

  if (is_valid)
    *field = *value;
  else
    g_date_clear (field, 1);

  return TRUE;
}

gboolean
pln_set_date_time (GDateTime **field,
                   GDateTime  *value)
{
  if (*field == value || (*field != NULL && value != NULL && g_date_time_equal (*field, value)))
    return FALSE;

  g_clear_pointer (field, g_date_time_unref);
  if (value != NULL)
    *field = g_date_time_ref (value);

  return TRUE;
}
