/* pln-agenda-import-annex.c
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

/* The annex "Proposed organization of work": days, time slots (the
 * plenary meetings) and the items placed in them. */

static const char * const weekdays[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

/* "10 a.m.–1 p.m.", "3–6 p.m.", "10.30 a.m.-1 p.m.", "15:00-18:00". */
static gboolean
parse_slot (const char  *text,
            int         *start,
            int         *end,
            const char **rest)
{
  static GRegex *slot;
  g_autoptr(GMatchInfo) match = NULL;
  int h1, m1, h2, m2;
  g_autofree char *s_p1 = NULL, *s_p2 = NULL;

  if (g_once_init_enter (&slot))
    g_once_init_leave (&slot, _pln_agenda_import_regex ("^(\\d{1,2})(?:[.:](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?|noon)?\\s*(?:-|–|—|to)\\s*"
                                                        "(\\d{1,2})(?:[.:](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?(?:\\s+|$)"));

  if (!g_regex_match (slot, text, 0, &match))
    return FALSE;

  /* What follows the slot in the same cell (the item, where a PDF's
   * columns came too close), for the caller. */
  {
    int match_end;

    g_match_info_fetch_pos (match, 0, NULL, &match_end);
    *rest = text + match_end;
  }

  h1 = _pln_agenda_import_match_number (match, 1);
  m1 = _pln_agenda_import_match_number (match, 2);
  s_p1 = g_match_info_fetch (match, 3);
  h2 = _pln_agenda_import_match_number (match, 4);
  m2 = _pln_agenda_import_match_number (match, 5);
  s_p2 = g_match_info_fetch (match, 6);

  /* Twelve-hour times; a start without its own a.m./p.m. has the end's,
   * unless that would make it start after it ends ("11–1 p.m."). */
  if (s_p2 && *s_p2)
    {
      gboolean pm2 = g_ascii_tolower (s_p2[0]) == 'p';
      gboolean pm1 = s_p1 && *s_p1 ? g_ascii_tolower (s_p1[0]) != 'a' : pm2;

      if (h2 != 12 && pm2)
        h2 += 12;
      if (h2 == 12 && !pm2)
        h2 = 0;
      if (h1 != 12 && pm1)
        h1 += 12;
      if (!(s_p1 && *s_p1) && h1 * 60 + m1 >= h2 * 60 + m2 && h1 >= 12)
        h1 -= 12;
    }

  if (h1 > 23 || h2 > 23 || m1 > 59 || m2 > 59 || h1 * 60 + m1 >= h2 * 60 + m2)
    return FALSE;

  *start = h1 * 60 + m1;
  *end = h2 * 60 + m2;
  return TRUE;
}

/* "Monday, 27 June", "TUESDAY 28 JUNE 2022". */
static gboolean
parse_day (PlnAgendaImport *self,
           const char      *text,
           GDate           *day)
{
  static GRegex *re;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *wd = NULL, *d = NULL, *mon = NULL, *y = NULL;
  int year, month;

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, _pln_agenda_import_regex ("^([a-z]+),?\\s+(\\d{1,2})\\s+([a-z]+)(?:\\s+(\\d{4}))?$"));

  if (!g_regex_match (re, text, 0, &match))
    return FALSE;

  wd = g_match_info_fetch (match, 1);
  d = g_match_info_fetch (match, 2);
  mon = g_match_info_fetch (match, 3);
  y = g_match_info_fetch (match, 4);
  {
    g_autofree char *folded = g_utf8_casefold (wd, -1);
    gboolean is_weekday = FALSE;

    for (guint i = 0; i < G_N_ELEMENTS (weekdays); i++)
      is_weekday |= g_str_equal (folded, weekdays[i]);
    if (!is_weekday)
      return FALSE;
  }

  month = _pln_agenda_import_month_from_name (mon);
  year = y && *y ? atoi (y) : self->year;
  if (month == 0 || year == 0 || !g_date_valid_dmy (atoi (d), month, year))
    return FALSE;

  g_date_clear (day, 1);
  g_date_set_dmy (day, atoi (d), month, year);
  return TRUE;
}

static void
add_note (PlnAgendaImport  *self,
          GString         **note)
{
  g_autoptr(PlnFootnote) footnote = NULL;
  GListModel *notes = pln_meeting_get_annex_footnotes (self->meeting);

  if (*note == NULL)
    return;
  footnote = pln_footnote_new (NULL, (*note)->str);
  pln_meeting_insert_annex_footnote (self->meeting, g_list_model_get_n_items (notes), footnote);
  g_string_free (g_steal_pointer (note), TRUE);
}

void
_pln_agenda_import_read_annex (PlnAgendaImport *self,
                               guint           *index)
{
  static GRegex *item_re;
  PlnSitting *sitting = NULL;
  g_autoptr(GString) note = NULL;
  GDate day;
  guint n_sittings = 0;
  PlnAgendaItem *after_item = NULL;  /* the item of the row before */

  g_date_clear (&day, 1);
  if (g_once_init_enter (&item_re))
    g_once_init_leave (&item_re, _pln_agenda_import_regex_cased ("^(\\d{1,2})\\s*(?:\\(([a-z])\\))?(?:$|\\s*(?=[A-Z(]))"));

  for (; *index < self->lines->len; (*index)++)
    {
      Line *line = g_ptr_array_index (self->lines, *index);
      g_auto(GStrv) cells = NULL;
      gboolean understood = FALSE;

      g_autofree char *folded = _pln_agenda_import_fold_title (line->text);

      if (*line->text == '\0' || _pln_agenda_import_is_debris (line->text) ||
          (_pln_agenda_import_is_annex_start (line) && !g_str_has_prefix (folded, "date")))
        continue;

      /* The annex's own footnote ("¹ If the meeting has to be held in a
       * hybrid format …"), of its title; the lines after it that are not
       * rows of the table go on with it. */
      if (_pln_agenda_import_is_note_start (line->text))
        {
          const char *rest;

          add_note (self, &note);
          note = g_string_new (NULL);
          for (rest = line->text; _pln_agenda_import_is_note_start (rest); rest = g_utf8_next_char (rest))
            ;
          g_string_append (note, rest + strspn (rest, " "));
          continue;
        }
      if (note != NULL && line->cells[0] != '\t' && strchr (line->cells, '\t') == NULL &&
          !g_ascii_isdigit (line->text[0]))
        {
          GDate probe;

          if (!parse_day (self, line->text, &probe))
            {
              g_string_append_printf (note, " %s", line->text);
              continue;
            }
        }
      add_note (self, &note);

      cells = g_strsplit (line->cells, "\t", -1);

      /* "Monday, 27" and "June" on two lines, a narrow column's way. */
      if (cells[0] != NULL && cells[1] == NULL && *index + 1 < self->lines->len &&
          g_ascii_isdigit (line->cells[strlen (line->cells) - 1]))
        {
          Line *next = g_ptr_array_index (self->lines, *index + 1);
          g_autofree char *joined = g_strconcat (line->cells, " ", next->text, NULL);
          GDate probe;

          if (_pln_agenda_import_month_from_name (next->text) != 0 && parse_day (self, joined, &probe))
            {
              g_strfreev (cells);
              cells = g_new0 (char *, 2);
              cells[0] = g_steal_pointer (&joined);
              (*index)++;
            }
        }
      for (guint c = 0; cells[c] != NULL; c++)
        {
          g_autoptr(GMatchInfo) match = NULL;
          const char *cell = g_strstrip (cells[c]);
          const char *rest = NULL;
          int start, end;

          if (*cell == '\0')
            continue;

          /* The table's header, whole or in pieces as a PDF gives it. */
          {
            g_autofree char *folded_cell = _pln_agenda_import_fold_title (cell);

            if (g_str_has_prefix (folded_cell, "date and time") || g_str_equal (folded_cell, "agenda item") ||
                g_str_equal (folded_cell, "agenda") || g_str_equal (folded_cell, "item") ||
                g_str_has_suffix (folded_cell, "title or description"))
              {
                understood = TRUE;
                continue;
              }
          }

          if (parse_day (self, cell, &day))
            {
              understood = TRUE;
              after_item = NULL;
              continue;
            }

          if (parse_slot (cell, &start, &end, &rest))
            {
              g_autoptr(PlnSitting) new_sitting = pln_sitting_new ();
              g_autofree char *name = NULL;
              g_autofree char *ordinal = NULL;

              if (!g_date_valid (&day))
                {
                  _pln_agenda_import_problem (self, line->number, g_strdup (_("a time slot before any day")));
                  continue;
                }
              /* English, as the documents name them. */
              ordinal = pln_ordinal_number_en (++n_sittings);
              name = g_strdup_printf ("%s plenary meeting", ordinal);
              pln_sitting_set_name (new_sitting, name);
              pln_sitting_set_date (new_sitting, &day);
              pln_sitting_set_start (new_sitting, start);
              pln_sitting_set_end (new_sitting, end);
              pln_meeting_append_sitting (self->meeting, new_sitting);
              sitting = new_sitting;
              understood = TRUE;
              after_item = NULL;
              if (*rest != '\0')
                {
                  memmove (cells[c], rest, strlen (rest) + 1);
                  c--;
                }
              continue;
            }

          if (g_regex_match (item_re, cell, 0, &match))
            {
              g_autofree char *num = g_match_info_fetch (match, 1);
              g_autofree char *let = g_match_info_fetch (match, 2);
              PlnAgendaItem *item = _pln_agenda_import_find_item (self, num, let && *let ? let : NULL);

              if (item == NULL)
                _pln_agenda_import_problem (self, line->number, g_strdup_printf (_("item %s is not on the provisional agenda"), cell));
              else if (sitting == NULL)
                _pln_agenda_import_problem (self, line->number, g_strdup_printf (_("item %s comes before any time slot"), cell));
              else
                {
                  g_autoptr(PlnPlacement) placement = pln_placement_new ();

                  pln_placement_set_agenda_item (placement, item);
                  pln_sitting_append_placement (sitting, placement);
                }
              understood = TRUE;
              after_item = item;
              /* The next cell is the item's title, "(continued)" or not:
               * what is continued is worked out from the placements. */
              if (cells[c + 1] != NULL)
                c++;
              continue;
            }

          /* A title that went on to the next line: a part of the title of
           * the item of the row before. */
          if (after_item != NULL && c == 0 && cells[1] == NULL)
            {
              g_autofree char *title = _pln_agenda_import_fold_title (pln_agenda_item_get_title (after_item) ?: "");
              g_autofree char *part = _pln_agenda_import_fold_title (cell);
              char *continued = strstr (part, "(continued)");

              if (continued != NULL)
                *continued = '\0';
              g_strstrip (part);
              understood = strstr (title, part) != NULL;
            }
        }

      if (!understood)
        _pln_agenda_import_problem (self, line->number, g_strdup_printf (_("not understood in the organization of work: “%s”"), line->text));
    }

  add_note (self, &note);
}
