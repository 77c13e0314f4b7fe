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

/* Two columns of the first page run together in extraction: "Conference
 * of the Parties to the Distr.: General", "United Nations Convention
 * against 16 March 2022". What belongs to the right-hand column (the
 * symbol, "Distr.", the date of issue, "Original") is taken off @text
 * and read; what is left is the body's column. */
static void
peel_right_column (PlnAgendaImport *self,
                   char            *text,
                   gboolean        *expect_date)
{
  static GRegex *symbol, *distr, *original;
  g_autoptr(GMatchInfo) match = NULL;
  GDate first, last;
  g_autofree char *before = NULL;
  int start, end;

  if (g_once_init_enter (&symbol))
    {
      distr = _pln_agenda_import_regex ("(?:^|\\s)Distr\\.:?\\s*(?:General|Limited|Restricted)?\\s*");
      original = _pln_agenda_import_regex ("(?:^|\\s)Original:\\s*[A-Za-z]+\\s*$");
      g_once_init_leave (&symbol, _pln_agenda_import_regex_cased ("(?:^|\\s)([A-Z]{2,}[A-Z0-9.]*(?:/[A-Za-z0-9.\\-]+){2,})\\s*$"));
    }

  if (g_regex_match (symbol, text, 0, &match))
    {
      g_autofree char *sym = g_match_info_fetch (match, 1);

      if (pln_meeting_get_agenda_symbol (self->meeting) == NULL)
        pln_meeting_set_agenda_symbol (self->meeting, sym);
      g_match_info_fetch_pos (match, 0, &start, NULL);
      text[start] = '\0';
    }
  g_clear_pointer (&match, g_match_info_unref);

  if (g_regex_match (distr, text, 0, &match))
    {
      g_match_info_fetch_pos (match, 0, &start, &end);
      memmove (text + start, text + end, strlen (text + end) + 1);
      *expect_date = TRUE;
    }
  g_clear_pointer (&match, g_match_info_unref);

  if (g_regex_match (original, text, 0, &match))
    {
      g_match_info_fetch_pos (match, 0, &start, NULL);
      text[start] = '\0';
    }

  /* The date of issue: one day, after "Distr.", at the end of a line. */
  if (*expect_date && parse_dates (text, &first, &last, &before) && g_date_compare (&first, &last) == 0)
    {
      self->distributed = first;
      pln_meeting_set_issued (self->meeting, &first);
      *expect_date = FALSE;
      strcpy (text, before);
    }
  g_strstrip (text);
}

/* Lines of the header a person passes over: the emblem's "United
 * Nations", the title, the "Item 1 of the provisional agenda" of some
 * years. */
static gboolean
is_furniture (PlnAgendaImport *self,
              const char      *text)
{
  static GRegex *item_of;

  if (g_once_init_enter (&item_of))
    g_once_init_leave (&item_of, _pln_agenda_import_regex ("^item \\d+ of the (?:provisional )?agenda\\W*$"));

  return (self->parent_body == NULL && _pln_agenda_import_heading_is (text, "united nations")) ||
         _pln_agenda_import_heading_is (text, "annotated provisional agenda") ||
         g_regex_match (item_of, text, 0, NULL);
}

void
_pln_agenda_import_read_header_line (PlnAgendaImport *self,
                                     Line            *line,
                                     gboolean        *expect_date)
{
  g_autofree char *own = g_strdup (line->text);
  const char *text = own;
  GDate first, last;
  g_autofree char *before = NULL;
  /* Only the line right after one of the parent body's can go on with it. */
  gboolean body_open = self->parent_body_open;

  self->parent_body_open = FALSE;
  if (*text == '\0')
    return;

  peel_right_column (self, own, expect_date);
  if (*text == '\0' || is_furniture (self, text))
    {
      /* The body's name goes on past a line of the right-hand column. */
      self->parent_body_open = body_open && *text == '\0';
      return;
    }

  /* A footnote of the header ("* Reissued for technical reasons"). */
  if (_pln_agenda_import_is_note_start (text))
    {
      _pln_agenda_import_problem (self, line->number, g_strdup_printf (_("a footnote of the header, not imported: “%s”"), text));
      return;
    }

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
