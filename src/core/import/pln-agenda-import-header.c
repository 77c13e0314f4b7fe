/* pln-agenda-import-header.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-agenda-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pln-agenda-import-private.h"

/* The header: parent body, distribution date, working group, city and
 * the dates of the meeting. */

/* ------------------------------------------------------------ dates */

/* "27 and 28 June 2022", "11-13 November 2013", "30 June and 1 July 2022",
 * "2 July 2018". */
static gboolean
parse_dates (const char *text,
             GDate      *first,
             GDate      *last,
             char      **before)
{
  static GRegex *range, *across, *single;
  g_autoptr(GMatchInfo) match = NULL;
  int d1, d2, m1, m2, y;

  if (g_once_init_enter (&range))
    {
      across = _pln_agenda_import_regex ("(\\d{1,2})\\s+([a-z]+)\\s*(?:and|to|-|–|—)\\s*(\\d{1,2})\\s+([a-z]+)\\s+(\\d{4})\\s*$");
      single = _pln_agenda_import_regex ("(\\d{1,2})\\s+([a-z]+)\\s+(\\d{4})\\s*$");
      g_once_init_leave (&range, _pln_agenda_import_regex ("(\\d{1,2})\\s*(?:and|to|-|–|—)\\s*(\\d{1,2})\\s+([a-z]+)\\s+(\\d{4})\\s*$"));
    }

  if (g_regex_match (range, text, 0, &match))
    {
      d1 = _pln_agenda_import_match_number (match, 1);
      d2 = _pln_agenda_import_match_number (match, 2);
      m1 = m2 = _pln_agenda_import_match_month (match, 3);
      y = _pln_agenda_import_match_number (match, 4);
    }
  else
    {
      g_clear_pointer (&match, g_match_info_unref);
      if (g_regex_match (across, text, 0, &match))
        {
          d1 = _pln_agenda_import_match_number (match, 1);
          m1 = _pln_agenda_import_match_month (match, 2);
          d2 = _pln_agenda_import_match_number (match, 3);
          m2 = _pln_agenda_import_match_month (match, 4);
          y = _pln_agenda_import_match_number (match, 5);
        }
      else
        {
          g_clear_pointer (&match, g_match_info_unref);
          if (!g_regex_match (single, text, 0, &match))
            return FALSE;
          d1 = d2 = _pln_agenda_import_match_number (match, 1);
          m1 = m2 = _pln_agenda_import_match_month (match, 2);
          y = _pln_agenda_import_match_number (match, 3);
        }
    }

  if (m1 == 0 || m2 == 0 || !g_date_valid_dmy (d1, m1, y) || !g_date_valid_dmy (d2, m2, y))
    return FALSE;

  g_date_clear (first, 1);
  g_date_clear (last, 1);
  g_date_set_dmy (first, d1, m1, y);
  g_date_set_dmy (last, d2, m2, y);
  if (g_date_compare (first, last) > 0)
    return FALSE;

  if (before != NULL)
    {
      int start;

      g_match_info_fetch_pos (match, 0, &start, NULL);
      *before = g_strstrip (g_strndup (text, start));
    }
  return TRUE;
}

/* ------------------------------------------------------------ header */

void
_pln_agenda_import_read_header_line (PlnAgendaImport *self,
                                     Line            *line,
                                     gboolean        *expect_date)
{
  const char *text = line->text;
  GDate first, last;
  g_autofree char *before = NULL;
  /* Only the line right after one of the parent body's can go on with it. */
  gboolean body_open = self->parent_body_open;

  self->parent_body_open = FALSE;
  if (*text == '\0')
    return;

  if (*expect_date && parse_dates (text, &first, &last, NULL) && g_date_compare (&first, &last) == 0)
    {
      self->distributed = first;
      *expect_date = FALSE;
      return;
    }

  if (g_str_has_prefix (text, "Distr."))
    {
      *expect_date = TRUE;
      return;
    }

  if (g_str_has_prefix (text, "Original:") || _pln_agenda_import_heading_is (text, "annotated provisional agenda"))
    return;

  /* "Working Group on …", perhaps with "Vienna, 2 and 3 July 2018" on
   * the same line; or the city and dates on a line of their own. */
  if (parse_dates (text, &first, &last, &before))
    {
      char *comma = strrchr (before, ',');
      char *city_start;

      if (comma != NULL && comma[1] == '\0')
        {
          *comma = '\0';
          city_start = strrchr (before, ' ');
          /* The city is the last word before the comma. */
          city_start = g_str_has_prefix (before, "Working Group") && city_start ? city_start + 1 : before;
          pln_meeting_set_city (self->meeting, city_start);
          if (city_start != before)
            {
              city_start[-1] = '\0';
              g_free (self->group_name);
              self->group_name = g_strdup (g_strstrip (before));
            }
        }
      pln_meeting_set_first_day (self->meeting, &first);
      pln_meeting_set_last_day (self->meeting, &last);
      self->year = g_date_get_year (&first);
      return;
    }

  if (g_str_has_prefix (text, "Working Group"))
    {
      g_free (self->group_name);
      self->group_name = g_strdup (text);
      return;
    }

  if (self->parent_body == NULL)
    {
      self->parent_body = g_strdup (text);
      self->parent_body_open = TRUE;
      return;
    }

  /* The name of the parent body broken over lines, as in a PDF. */
  if (body_open)
    {
      char *joined = g_strconcat (self->parent_body, " ", text, NULL);

      g_free (self->parent_body);
      self->parent_body = joined;
      self->parent_body_open = TRUE;
      return;
    }

  if (!_pln_agenda_import_is_debris (text))
    _pln_agenda_import_problem (self, line->number, g_strdup_printf (_("not understood in the header: “%s”"), text));
}
