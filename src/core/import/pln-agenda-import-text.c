/* pln-agenda-import-text.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-agenda-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "pln-agenda-import-private.h"

/* The words and the lines of the text: month names, footnote markers,
 * headings, the patterns the readers match with, and the lines cleaned
 * of markup and page debris. */

static const char * const months[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};

int
_pln_agenda_import_month_from_name (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (g_str_equal (folded, months[i]))
      return i + 1;

  return 0;
}

/* The number group @group of @match found, 0 when it found none. */
int
_pln_agenda_import_match_number (GMatchInfo *match,
                                 int         group)
{
  g_autofree char *text = g_match_info_fetch (match, group);

  return text != NULL ? atoi (text) : 0;
}

/* The month group @group of @match names, 1 to 12, or 0. */
int
_pln_agenda_import_match_month (GMatchInfo *match,
                                int         group)
{
  g_autofree char *text = g_match_info_fetch (match, group);

  return text != NULL ? _pln_agenda_import_month_from_name (text) : 0;
}

gboolean
_pln_agenda_import_is_superscript_digit (gunichar c)
{
  return c == 0x00B9 || c == 0x00B2 || c == 0x00B3 || (c >= 0x2070 && c <= 0x2079);
}

/* The text without footnote markers, case folded, without the final
 * punctuation: for comparing headings with titles. */
char *
_pln_agenda_import_fold_title (const char *text)
{
  g_autoptr(GString) bare = g_string_new (NULL);
  char *folded;
  gsize len;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!_pln_agenda_import_is_superscript_digit (g_utf8_get_char (p)))
      g_string_append_unichar (bare, g_utf8_get_char (p));

  folded = pln_search_fold (bare->str);
  len = strlen (folded);
  while (len > 0 && strchr (" .;:,", folded[len - 1]) != NULL)
    folded[--len] = '\0';
  return folded;
}

gboolean
_pln_agenda_import_heading_is (const char *text,
                               const char *heading)
{
  g_autofree char *folded = _pln_agenda_import_fold_title (text);

  return g_str_equal (folded, heading);
}

/* Case does not matter in the documents' words ("MONDAY", "Annex"); it
 * does in document symbols, which take _pln_agenda_import_regex_cased(). Not compiled to
 * machine code (G_REGEX_OPTIMIZE): memcheck cannot follow PCRE's JIT, and
 * 50 MB still read in some twenty seconds without it. */
static GRegex *
regex_flags (const char         *pattern,
             GRegexCompileFlags  flags)
{
  g_autoptr(GError) error = NULL;
  GRegex *re = g_regex_new (pattern, flags, 0, &error);

  g_assert_no_error (error);
  return re;
}

GRegex *
_pln_agenda_import_regex (const char *pattern)
{
  return regex_flags (pattern, G_REGEX_CASELESS);
}

GRegex *
_pln_agenda_import_regex_cased (const char *pattern)
{
  return regex_flags (pattern, 0);
}

/* ------------------------------------------------------------ cleaning */

/* Page debris of documents printed by the United Nations: the job number
 * ("V.22-01234 (E)"), page numbers ("2/5", "Page 2", "2"), the symbol of
 * the document at the top of a page. */
gboolean
_pln_agenda_import_is_debris (const char *text)
{
  static GRegex *debris;

  if (g_once_init_enter (&debris))
    g_once_init_leave (&debris, _pln_agenda_import_regex_cased ("^(?:V\\.\\d{2}-\\d{4,6}.*|\\d{1,3}/\\d{1,3}|[Pp]age \\d+( of \\d+)?|\\d{1,3}"
                                                                "|[A-Z]{2,}(?:/[A-Z0-9.]+){2,}|\\*\\d{5,}\\*)$"));

  return g_regex_match (debris, text, 0, NULL);
}

static gboolean
is_cell_space (gunichar c)
{
  return c == ' ' || c == 0x00A0;
}

static gboolean
is_space (gunichar c)
{
  return is_cell_space (c) || c == 0x2009 || c == 0x202F || c == '\r' || c == '\f' || c == '\v';
}

/* The cells of a table kept apart by a tab (two or more spaces count as
 * a tab: that is how a PDF's table comes out). By hand, as the folding
 * of spaces below, not by GRegex: GLib checks the UTF-8 of the rest of
 * the line at each match, which made a line of many words quadratic. */
static char *
split_cells (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; )
    {
      const char *run = p;

      while (is_cell_space (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p - run > 1 && g_utf8_next_char (run) != p)
        g_string_append_c (out, '\t');
      else if (p > run)
        g_string_append_len (out, run, p - run);
      else
        {
          p = g_utf8_next_char (p);
          g_string_append_len (out, run, p - run);
        }
    }

  return g_string_free (out, FALSE);
}

/* Every other run of spaces as one space. */
static char *
fold_spaces (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; )
    {
      const char *run = p;

      while (is_space (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > run)
        g_string_append_c (out, ' ');
      else
        {
          p = g_utf8_next_char (p);
          g_string_append_len (out, run, p - run);
        }
    }

  return g_string_free (out, FALSE);
}

/* Markup taken out (the documents' HTML and Markdown), spaces folded,
 * the cells of a table kept apart by a tab. */
static char *
clean_line (const char *raw)
{
  static GRegex *tags, *links, *emphasis;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autoptr(GString) out = NULL;

  if (g_once_init_enter (&tags))
    {
      links = _pln_agenda_import_regex ("\\[([^\\]]*)\\]\\([^)]*\\)");
      /* Only at the first "*" of a run, which it takes whole: tried
       * at every "*" of a long run, that run was read again each time. */
      emphasis = _pln_agenda_import_regex ("(?<!\\*)\\*++([^\\s*\\d](?:[^*]*\\S)?)\\*+");
      g_once_init_leave (&tags, _pln_agenda_import_regex ("</?[a-z][a-z0-9]*(?:\\s[^<>]*)?/?>|&nbsp;"));
    }

  /* The patterns only where they can match: most lines have no tag, no
   * link and no star, and a regular expression costs even on an empty
   * line. */
  a = strpbrk (raw, "<&") != NULL ? g_regex_replace (tags, raw, -1, 0, " ", 0, NULL) : g_strdup (raw);
  b = strchr (a, '[') != NULL ? g_regex_replace (links, a, -1, 0, "\\1", 0, NULL) : g_strdup (a);
  c = split_cells (b);
  out = g_string_new (NULL);
  {
    g_autofree char *d = fold_spaces (c);

    g_string_assign (out, d);
  }
  /* "*inter alia*" is Markdown emphasis; a "*" alone is a footnote's
   * mark ("Item 1 of the provisional agenda*"). */
  {
    g_autofree char *e = strchr (out->str, '*') != NULL ? g_regex_replace (emphasis, out->str, -1, 0, "\\1", 0, NULL)
                                                         : g_strdup (out->str);

    g_strstrip (e);
    return g_steal_pointer (&e);
  }
}

gboolean
_pln_agenda_import_read_lines (PlnAgendaImport  *self,
                               const char       *text,
                               gsize             length,
                               GError          **error)
{
  const char *end = text + length;
  const char *bad;
  guint number = 0;

  if (!g_utf8_validate (text, length, &bad))
    {
      guint line = 1;

      for (const char *p = text; p < bad; p++)
        line += *p == '\n';
      g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE,
                   _("Line %u: the text is not UTF-8; save the agenda as UTF-8 text and import it again"), line);
      return FALSE;
    }

  for (const char *p = text; p < end; )
    {
      const char *nl = memchr (p, '\n', end - p);
      g_autofree char *raw = g_strndup (p, (nl ? nl : end) - p);
      Line *line = g_new0 (Line, 1);

      line->number = ++number;
      line->cells = clean_line (raw);
      line->text = g_strdup (line->cells);
      g_strdelimit (line->text, "\t", ' ');
      g_ptr_array_add (self->lines, line);
      p = nl ? nl + 1 : end;
    }

  return TRUE;
}
