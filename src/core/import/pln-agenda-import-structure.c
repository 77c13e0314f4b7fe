/* pln-agenda-import-structure.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-agenda-import"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pln-agenda-import-private.h"

/* Where the parts of the document are, found by their shape rather than
 * by their headings, which change from year to year ("Provisional
 * agenda", "Provisional agenda and annotations", "I. Provisional
 * agenda"…): the provisional agenda is the first run of consecutively
 * numbered items 1., 2., 3. …; the annotations begin where the numbering
 * starts again and repeats the items' titles (pln-agenda-import-items.c
 * finds that); the annex begins at its heading, its title or its
 * table's column headings. Headings are hints, never gates. */

/* How many lines that are neither an item nor a sub-item may come
 * between two items of the list: a title broken over lines, a page's
 * furniture. More is prose: not the list. */
#define MAX_LINES_BETWEEN_ITEMS 8

/* "I. ", "IV. ", "A. " before a heading. */
static const char *
skip_section_number (const char *folded)
{
  const char *p = folded;

  while (*p != '\0' && strchr ("ivx", *p) != NULL)
    p++;
  if (p > folded && *p == '.' && p[1] == ' ')
    return p + 2;
  return folded;
}

/* The headings the documents give their parts, in any of their forms. */
gboolean
_pln_agenda_import_is_section_heading (const char *text)
{
  static const char * const headings[] = {
    "provisional agenda", "annotated provisional agenda", "provisional agenda and annotations",
    "annotations", "annotations to the provisional agenda", "annotations to the agenda",
  };
  g_autofree char *folded = NULL;
  const char *bare;

  if (strlen (text) > 60)
    return FALSE;
  folded = _pln_agenda_import_fold_title (text);
  bare = skip_section_number (folded);
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    if (g_str_equal (bare, headings[i]))
      return TRUE;

  return FALSE;
}

gboolean
_pln_agenda_import_is_annotations_heading (const char *text)
{
  g_autofree char *folded = NULL;

  if (strlen (text) > 60)
    return FALSE;
  folded = _pln_agenda_import_fold_title (text);
  return g_str_has_prefix (skip_section_number (folded), "annotations");
}

/* Whether @folded is the annex's title, with at most its footnote's mark
 * after it ("*", "3"): not a sentence starting with those words, as a
 * footnote's line can ("proposed organization of work, including …"). */
static gboolean
is_annex_title (const char *folded)
{
  const char *title = "proposed organization of work";

  if (!g_str_has_prefix (folded, title))
    return FALSE;
  for (const char *p = folded + strlen (title); *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)) || *p == ',')
      return FALSE;
  return TRUE;
}

/* "Annex", "Annex I", "Annex: Proposed organization of work", the title
 * alone, or the table's column headings where both are missing. */
gboolean
_pln_agenda_import_is_annex_start (Line *line)
{
  g_autofree char *folded = NULL;

  if (strlen (line->text) > 80)
    return FALSE;
  folded = _pln_agenda_import_fold_title (line->text);
  if (g_str_equal (folded, "annex") || is_annex_title (folded))
    return TRUE;
  if (g_str_has_prefix (folded, "annex ") &&
      (strspn (folded + 6, "ivx") == strlen (folded + 6) || g_str_has_prefix (folded + 6, "proposed") ||
       (folded[6] == ':' || folded[6] == '.')))
    return TRUE;
  return g_str_has_prefix (folded, "date and time") && strstr (folded, "item") != NULL;
}

/* The number of the item line @text starts with ("3. Title", "3.Title"),
 * or 0. */
static guint
item_number_at_start (const char *text)
{
  const char *p = text;
  guint n = 0;

  while (g_ascii_isdigit (*p) && p - text < 3)
    n = n * 10 + (*p++ - '0');
  if (p == text || *p != '.' || g_ascii_isdigit (p[1]))
    return 0;
  p++;
  while (*p == ' ')
    p++;
  return *p != '\0' ? n : 0;
}

/* Whether "@number." is in @text as an item: at its start, or after a
 * space or punctuation when line breaks were lost ("… work. 2.Good"). */
static const char *
find_item (const char *text,
           guint       number)
{
  char marker[8];
  const char *found;

  g_snprintf (marker, sizeof marker, "%u.", number);
  if (item_number_at_start (text) == number)
    return text + strlen (marker);
  for (found = strstr (text, marker); found != NULL; found = strstr (found + 1, marker))
    if (found > text && strchr (" ;.:", found[-1]) != NULL && !g_ascii_isdigit (found[-1]) &&
        !g_ascii_isdigit (found[strlen (marker)]))
      return found + strlen (marker);

  return NULL;
}

/* How many items follow consecutively from "1." at @start: 2., 3. … each
 * at the start of a line, or inside one. */
static guint
count_run (PlnAgendaImport *self,
           guint            start,
           guint           *end)
{
  guint expected = 2;
  guint since_item = 0;
  guint i;

  for (i = start; i < self->lines->len && since_item <= MAX_LINES_BETWEEN_ITEMS; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);
      const char *p = i == start ? line->text + 2 : line->text;
      gboolean any = FALSE;

      if (*line->text == '\0')
        continue;
      while ((p = find_item (p, expected)) != NULL)
        {
          expected++;
          any = TRUE;
        }
      since_item = any ? 0 : since_item + 1;
    }

  *end = i;
  return expected - 1;
}

/**
 * _pln_agenda_import_find_agenda:
 *
 * Returns: the index of the line of item 1 of the provisional agenda: the
 *   first "1." followed by at least one more consecutive item; or
 *   G_MAXUINT when the text has no such run
 */
guint
_pln_agenda_import_find_agenda (PlnAgendaImport *self)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);
      guint end;

      if (item_number_at_start (line->text) != 1)
        continue;
      if (count_run (self, i, &end) >= 2)
        return i;
      /* What the run covered cannot hold a longer one. */
      i = MAX (i, end > 0 ? end - 1 : 0);
    }

  return G_MAXUINT;
}

/* The job number of the document ("V.22-01234 (E)"), at the foot of its
 * first page, wherever the extraction put it. */
void
_pln_agenda_import_find_job_number (PlnAgendaImport *self)
{
  static GRegex *job;

  if (g_once_init_enter (&job))
    g_once_init_leave (&job, _pln_agenda_import_regex_cased ("^(V\\.\\d{2}-\\d{4,6})\\s*(\\([A-Z]\\))?"));

  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);
      g_autoptr(GMatchInfo) match = NULL;

      if (line->text[0] == 'V' && g_regex_match (job, line->text, 0, &match))
        {
          g_autofree char *number = g_match_info_fetch (match, 1);
          g_autofree char *language = g_match_info_fetch (match, 2);
          g_autofree char *whole = g_strdup_printf ("%s%s%s", number, *language ? " " : "", language);

          pln_meeting_set_job_number (self->meeting, whole);
          return;
        }
    }
}
