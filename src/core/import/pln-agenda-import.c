/* pln-agenda-import.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-agenda-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#if HAVE_POPPLER
# include <poppler.h>
#endif

#include "plenary-core.h"
#include "pln-agenda-import.h"

/* The text of an annotated provisional agenda, as it comes out of a PDF
 * or a web page, read into a meeting: the header (parent body,
 * distribution date, working group, city and dates), the provisional
 * agenda (items and lettered sub-items), the annotations (paragraphs,
 * footnotes as notes, "Documentation" with titles and symbols) and the
 * annex "Proposed organization of work" (days, time slots, items).
 *
 * Lines are cleaned first: markup and link syntax taken out, runs of
 * spaces made one, page debris (job numbers, page numbers, the symbol
 * repeated at the top of each page) dropped. What is not understood is
 * reported with its line number; nothing is made up. */

typedef struct
{
  char  *text;     /* cleaned, as prose: one space between words */
  char  *cells;    /* cleaned, with the cells of a table kept apart by tabs */
  guint  number;   /* in the file, from 1 */
} Line;

typedef enum
{
  SECTION_HEADER,
  SECTION_AGENDA,
  SECTION_ANNOTATIONS,
  SECTION_ANNEX,
} Section;

struct _PlnAgendaImport
{
  PlnMeeting    *meeting;
  char          *parent_body;
  char          *group_name;
  char          *series;      /* of the documentation's symbols */
  GDate          distributed;
  gboolean       parent_body_open;  /* the next header line may go on with it */
  GArray        *problems;    /* PlnImportProblem */
  GPtrArray     *lines;       /* Line */
  GHashTable    *items;       /* "1", "1 (a)" → PlnAgendaItem, borrowed */
  int            year;
};

static const char * const months[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};

static const char * const weekdays[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

/* ------------------------------------------------------------ helpers */

static void
problem (PlnAgendaImport *self,
         guint            line,
         char            *message)
{
  PlnImportProblem p = { line, message };

  g_array_append_val (self->problems, p);
}

static void
line_free (gpointer data)
{
  Line *line = data;

  g_free (line->text);
  g_free (line->cells);
  g_free (line);
}

static int
month_from_name (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (g_str_equal (folded, months[i]))
      return i + 1;

  return 0;
}

static gboolean
is_superscript_digit (gunichar c)
{
  return c == 0x00B9 || c == 0x00B2 || c == 0x00B3 || (c >= 0x2070 && c <= 0x2079);
}

/* The text without footnote markers, case folded, without the final
 * punctuation: for comparing headings with titles. */
static char *
fold_title (const char *text)
{
  g_autoptr(GString) bare = g_string_new (NULL);
  char *folded;
  gsize len;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!is_superscript_digit (g_utf8_get_char (p)))
      g_string_append_unichar (bare, g_utf8_get_char (p));

  folded = pln_search_fold (bare->str);
  len = strlen (folded);
  while (len > 0 && strchr (" .;:,", folded[len - 1]) != NULL)
    folded[--len] = '\0';
  return folded;
}

static gboolean
heading_is (const char *text,
            const char *heading)
{
  g_autofree char *folded = fold_title (text);

  return g_str_equal (folded, heading);
}

/* Case does not matter in the documents' words ("MONDAY", "Annex"); it
 * does in document symbols, which take regex_cased(). Not compiled to
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

static GRegex *
regex (const char *pattern)
{
  return regex_flags (pattern, G_REGEX_CASELESS);
}

static GRegex *
regex_cased (const char *pattern)
{
  return regex_flags (pattern, 0);
}

/* ------------------------------------------------------------ cleaning */

/* Page debris of documents printed by the United Nations: the job number
 * ("V.22-01234 (E)"), page numbers ("2/5", "Page 2", "2"), the symbol of
 * the document at the top of a page. */
static gboolean
is_debris (const char *text)
{
  static GRegex *debris;

  if (g_once_init_enter (&debris))
    g_once_init_leave (&debris, regex_cased ("^(?:V\\.\\d{2}-\\d{4,6}.*|\\d{1,3}/\\d{1,3}|[Pp]age \\d+( of \\d+)?|\\d{1,3}"
                                                     "|[A-Z]{2,}(?:/[A-Z0-9.]+){2,}|\\*\\d{5,}\\*)$"));

  return g_regex_match (debris, text, 0, NULL);
}

/* Markup taken out (the documents' HTML and Markdown), spaces folded,
 * the cells of a table kept apart by a tab (two or more spaces count as
 * a tab: that is how a PDF's table comes out). */
static char *
clean_line (const char *raw)
{
  static GRegex *tags, *links, *cells, *spaces;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autoptr(GString) out = NULL;

  if (g_once_init_enter (&tags))
    {
      links = regex ("\\[([^\\]]*)\\]\\([^)]*\\)");
      cells = regex ("[ \\x{00A0}]{2,}|\\t");
      spaces = regex ("[ \\x{00A0}\\x{2009}\\x{202F}\\r\\f\\v]+");
      g_once_init_leave (&tags, regex ("</?[a-z][a-z0-9]*(?:\\s[^<>]*)?/?>|&nbsp;"));
    }

  a = g_regex_replace (tags, raw, -1, 0, " ", 0, NULL);
  b = g_regex_replace (links, a, -1, 0, "\\1", 0, NULL);
  c = g_regex_replace (cells, b, -1, 0, "\t", 0, NULL);
  out = g_string_new (NULL);
  {
    g_autofree char *d = g_regex_replace (spaces, c, -1, 0, " ", 0, NULL);

    g_string_assign (out, d);
  }
  /* "*inter alia*" is Markdown emphasis. */
  g_string_replace (out, "*", "", 0);
  g_strstrip (out->str);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
read_lines (PlnAgendaImport  *self,
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
      across = regex ("(\\d{1,2})\\s+([a-z]+)\\s*(?:and|to|-|–|—)\\s*(\\d{1,2})\\s+([a-z]+)\\s+(\\d{4})\\s*$");
      single = regex ("(\\d{1,2})\\s+([a-z]+)\\s+(\\d{4})\\s*$");
      g_once_init_leave (&range, regex ("(\\d{1,2})\\s*(?:and|to|-|–|—)\\s*(\\d{1,2})\\s+([a-z]+)\\s+(\\d{4})\\s*$"));
    }

  if (g_regex_match (range, text, 0, &match))
    {
      g_autofree char *s1 = g_match_info_fetch (match, 1);
      g_autofree char *s2 = g_match_info_fetch (match, 2);
      g_autofree char *mon = g_match_info_fetch (match, 3);
      g_autofree char *sy = g_match_info_fetch (match, 4);

      d1 = atoi (s1);
      d2 = atoi (s2);
      m1 = m2 = month_from_name (mon);
      y = atoi (sy);
    }
  else
    {
      g_clear_pointer (&match, g_match_info_unref);
      if (g_regex_match (across, text, 0, &match))
        {
          g_autofree char *s1 = g_match_info_fetch (match, 1);
          g_autofree char *a = g_match_info_fetch (match, 2);
          g_autofree char *s2 = g_match_info_fetch (match, 3);
          g_autofree char *b = g_match_info_fetch (match, 4);
          g_autofree char *sy = g_match_info_fetch (match, 5);

          d1 = atoi (s1);
          m1 = month_from_name (a);
          d2 = atoi (s2);
          m2 = month_from_name (b);
          y = atoi (sy);
        }
      else
        {
          g_autofree char *s1 = NULL;
          g_autofree char *mon = NULL;
          g_autofree char *sy = NULL;

          g_clear_pointer (&match, g_match_info_unref);
          if (!g_regex_match (single, text, 0, &match))
            return FALSE;
          s1 = g_match_info_fetch (match, 1);
          mon = g_match_info_fetch (match, 2);
          sy = g_match_info_fetch (match, 3);
          d1 = d2 = atoi (s1);
          m1 = m2 = month_from_name (mon);
          y = atoi (sy);
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

static void
read_header_line (PlnAgendaImport *self,
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

  if (g_str_has_prefix (text, "Original:") || heading_is (text, "annotated provisional agenda"))
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

  if (!is_debris (text))
    problem (self, line->number, g_strdup_printf (_("not understood in the header: “%s”"), text));
}

/* ------------------------------------------------------------ the provisional agenda */

static PlnAgendaItem *
find_item (PlnAgendaImport *self,
           const char      *number,
           const char      *letter)
{
  g_autofree char *key = letter ? g_strdup_printf ("%s (%s)", number, letter) : g_strdup (number);

  return g_hash_table_lookup (self->items, key);
}

static void
set_title (PlnAgendaItem *item,
           GString       *title)
{
  gsize len;

  g_strstrip (title->str);
  len = strlen (title->str);
  /* "Organizational matters:", "Opening of the meeting;", "Other matters." */
  while (len > 0 && strchr (".;:,", title->str[len - 1]) != NULL)
    title->str[--len] = '\0';
  pln_agenda_item_set_title (item, title->str);
}

/* The items come as "1. Title", sub-items as "(a) Title" (with a dash or
 * a bullet before it, or none); a title can run over several lines, and
 * several items can come on one line when the line breaks were lost. An
 * item is only taken for the number that comes next, so that "resolution
 * 7/1." inside a title is not one. */
static void
read_agenda (PlnAgendaImport *self,
             guint           *index)
{
  static GRegex *marker;
  PlnAgendaItem *item = NULL;
  PlnAgendaItem *sub = NULL;
  g_autoptr(GString) title = g_string_new (NULL);
  guint expected = 1;
  char letter = 'a';

  if (g_once_init_enter (&marker))
    g_once_init_leave (&marker, regex ("(?:^|(?<=[\\s;.:]))(?:(\\d{1,2})\\.(?!\\d)\\s*|[-–•*]?\\s*\\(([a-z])\\)\\s*)"));

  for (; *index < self->lines->len; (*index)++)
    {
      Line *line = g_ptr_array_index (self->lines, *index);
      g_autoptr(GMatchInfo) match = NULL;
      const char *text = line->text;
      int pos = 0;

      if (heading_is (text, "annotations") || heading_is (text, "annex"))
        break;
      if (*text == '\0' || is_debris (text))
        continue;

      g_regex_match (marker, text, 0, &match);
      while (TRUE)
        {
          int start = (int) strlen (text), end = start;
          g_autofree char *num = NULL;
          g_autofree char *let = NULL;
          gboolean found = FALSE;

          while (g_match_info_matches (match))
            {
              num = g_match_info_fetch (match, 1);
              let = g_match_info_fetch (match, 2);
              g_match_info_fetch_pos (match, 0, &start, &end);
              if ((num && *num && (guint) atoi (num) == expected) ||
                  (item != NULL && let && *let && let[0] == letter))
                {
                  found = TRUE;
                  break;
                }
              /* A number out of order at the start of a line is an item
               * all the same, and said. */
              if (num && *num && start == 0 && atoi (num) > 0)
                {
                  problem (self, line->number,
                           g_strdup_printf (_("item %s comes where item %u was expected"), num, expected));
                  expected = atoi (num);
                  found = TRUE;
                  break;
                }
              g_clear_pointer (&num, g_free);
              g_clear_pointer (&let, g_free);
              g_match_info_next (match, NULL);
              start = end = (int) strlen (text);
            }

          /* Up to the marker, the title goes on. */
          if (start > pos)
            {
              g_autofree char *piece = g_strndup (text + pos, start - pos);

              if (item == NULL && *g_strstrip (piece) != '\0')
                problem (self, line->number, g_strdup_printf (_("text before the first item: “%s”"), piece));
              else if (*piece != '\0')
                g_string_append_printf (title, "%s%s", title->len ? " " : "", piece);
            }

          if (!found)
            break;

          if (sub != NULL || item != NULL)
            set_title (sub ? sub : item, title);
          g_string_truncate (title, 0);

          if (num && *num)
            {
              g_autoptr(PlnAgendaItem) new_item = pln_agenda_item_new ();
              g_autofree char *key = g_strdup_printf ("%d", atoi (num));

              pln_agenda_item_set_number (new_item, key);
              pln_meeting_append_agenda_item (self->meeting, new_item);
              g_hash_table_insert (self->items, g_steal_pointer (&key), new_item);
              item = new_item;
              sub = NULL;
              expected = atoi (num) + 1;
              letter = 'a';
            }
          else
            {
              g_autoptr(PlnAgendaItem) new_sub = pln_agenda_item_new ();
              char number[2] = { let[0], '\0' };

              pln_agenda_item_set_number (new_sub, number);
              pln_agenda_item_append_sub_item (item, new_sub);
              g_hash_table_insert (self->items, g_strdup_printf ("%s (%s)", pln_agenda_item_get_number (item), number),
                                   new_sub);
              sub = new_sub;
              letter++;
            }

          pos = end;
          g_match_info_next (match, NULL);
        }
    }

  if (sub != NULL || item != NULL)
    set_title (sub ? sub : item, title);
}

/* ------------------------------------------------------------ annotations */

/* A heading of the annotations: "2. Title" or "(a) Title", for an item
 * of the agenda with that title. */
static PlnAgendaItem *
match_heading (PlnAgendaImport *self,
               const char      *text,
               PlnAgendaItem   *top)
{
  static GRegex *heading;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *num = NULL;
  g_autofree char *let = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *folded_rest = NULL;
  g_autofree char *folded_title = NULL;
  PlnAgendaItem *item;

  if (!(g_ascii_isdigit (text[0]) || text[0] == '('))
    return NULL;

  if (g_once_init_enter (&heading))
    g_once_init_leave (&heading, regex ("^(?:(\\d{1,2})\\.?|\\(([a-z])\\))\\s*(.*)$"));

  if (!g_regex_match (heading, text, 0, &match))
    return NULL;

  num = g_match_info_fetch (match, 1);
  let = g_match_info_fetch (match, 2);
  rest = g_match_info_fetch (match, 3);
  if (num && *num)
    item = find_item (self, num, NULL);
  else if (top != NULL)
    item = find_item (self, pln_agenda_item_get_number (top), let);
  else
    return NULL;

  if (item == NULL)
    return NULL;

  /* The heading repeats the title, or begins it when it is long. */
  folded_rest = fold_title (rest);
  folded_title = fold_title (pln_agenda_item_get_title (item) ?: "");
  if (*folded_rest == '\0' || !(g_str_has_prefix (folded_title, folded_rest) || g_str_has_prefix (folded_rest, folded_title)))
    return NULL;
  if (strlen (folded_rest) * 2 < strlen (folded_title) && strlen (folded_rest) < 30)
    return NULL;

  return item;
}

/* The annotations and notes are gathered here and set once at the end:
 * appending to a property paragraph by paragraph would copy the text so
 * far each time. */
static GString *
text_of (GHashTable    *texts,
         PlnAgendaItem *item)
{
  GString *text = g_hash_table_lookup (texts, item);

  if (text == NULL)
    {
      text = g_string_new (NULL);
      g_hash_table_insert (texts, item, text);
    }
  return text;
}

static void
append_text (GHashTable    *texts,
             PlnAgendaItem *item,
             const char    *paragraph)
{
  GString *text = text_of (texts, item);

  if (text->len > 0)
    g_string_append (text, "\n\n");
  g_string_append (text, paragraph);
}

/* A paragraph cut by a page break goes on after it: its second part
 * starts in lower case. It is joined to the paragraph it continues. */
static void
continue_text (GHashTable    *texts,
               PlnAgendaItem *item,
               const char    *rest)
{
  GString *text = text_of (texts, item);

  if (text->len > 0)
    g_string_append_c (text, ' ');
  g_string_append (text, rest);
}

static void
set_texts (GHashTable *texts,
           const char *property)
{
  GHashTableIter iter;
  gpointer item, text;

  g_hash_table_iter_init (&iter, texts);
  while (g_hash_table_iter_next (&iter, &item, &text))
    g_object_set (item, property, ((GString *) text)->str, NULL);
}

static void
string_free (gpointer data)
{
  g_string_free (data, TRUE);
}

static void
add_document (PlnAgendaImport *self,
              PlnAgendaItem   *item,
              Line            *line,
              const char      *paragraph)
{
  static GRegex *symbol;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(PlnDocumentRef) doc = pln_document_ref_new ();
  g_autofree char *sym = NULL;
  g_autofree char *title = NULL;
  int start = -1;

  if (g_once_init_enter (&symbol))
    g_once_init_leave (&symbol, regex_cased ("[(\\[]*\\s*([A-Z]{2,}[A-Z0-9.]*(?:/[A-Za-z0-9.\\-]+){2,})\\s*[)\\]]*\\s*\\.?\\s*$"));

  if (g_regex_match (symbol, paragraph, 0, &match))
    {
      sym = g_match_info_fetch (match, 1);
      g_match_info_fetch_pos (match, 0, &start, NULL);
      title = g_strstrip (g_strndup (paragraph, start));
    }
  else
    {
      title = g_strdup (paragraph);
      problem (self, line->number, g_strdup_printf (_("no document symbol found in “%s”"), paragraph));
    }

  pln_document_ref_set_title (doc, *title ? title : NULL);
  pln_document_ref_set_symbol (doc, sym);
  pln_agenda_item_append_document (item, doc);

  /* "CTOC/COP/WG.7/2022/2": the series is "CTOC/COP/WG.7", what comes
   * before the year. */
  if (sym != NULL && self->series == NULL)
    {
      g_auto(GStrv) parts = g_strsplit (sym, "/", -1);
      g_autoptr(GString) series = g_string_new (NULL);

      for (guint i = 0; parts[i] != NULL; i++)
        {
          if (strlen (parts[i]) == 4 && g_ascii_isdigit (parts[i][0]) && atoi (parts[i]) > 1900)
            {
              self->series = g_string_free (g_steal_pointer (&series), FALSE);
              break;
            }
          g_string_append_printf (series, "%s%s", i ? "/" : "", parts[i]);
        }
    }
}

/* A footnote stands at the foot of the page, perhaps under another item
 * than the one whose text has its marker: it goes to the item whose
 * annotation has the marker, or else to the current one. */
static PlnAgendaItem *
note_target (GHashTable      *annotations,
             const char      *note,
             PlnAgendaItem   *current)
{
  g_autoptr(GString) marker = g_string_new (NULL);
  GHashTableIter iter;
  gpointer value;

  for (const char *p = note; *p != '\0' && is_superscript_digit (g_utf8_get_char (p)); p = g_utf8_next_char (p))
    g_string_append_unichar (marker, g_utf8_get_char (p));

  gpointer item;

  g_hash_table_iter_init (&iter, annotations);
  while (g_hash_table_iter_next (&iter, &item, &value))
    if (strstr (((GString *) value)->str, marker->str) != NULL)
      return item;

  return current;
}

/* The heading's text without its "2." or "(a)". */
static const char *
heading_rest (const char *text)
{
  const char *p = text;

  if (*p == '(')
    p = strchr (p, ')') ? strchr (p, ')') + 1 : p;
  else
    while (g_ascii_isdigit (*p) || *p == '.')
      p++;
  while (*p == ' ')
    p++;
  return p;
}

/* A heading broken over lines, as PDF text has it: the lines after it
 * that go on with the item's title are part of it. */
static void
skip_heading_lines (PlnAgendaImport *self,
                    PlnAgendaItem   *item,
                    const char      *text,
                    guint           *index)
{
  g_autofree char *title = fold_title (pln_agenda_item_get_title (item) ?: "");
  g_autoptr(GString) heading = g_string_new (heading_rest (text));

  while (*index + 1 < self->lines->len)
    {
      Line *next = g_ptr_array_index (self->lines, *index + 1);
      g_autofree char *joined = NULL;
      g_autofree char *folded_heading = fold_title (heading->str);

      if (*next->text == '\0' || g_str_equal (folded_heading, title))
        return;

      joined = g_strconcat (heading->str, " ", next->text, NULL);
      {
        g_autofree char *folded = fold_title (joined);

        if (!g_str_has_prefix (title, folded))
          return;
      }
      g_string_append_printf (heading, " %s", next->text);
      (*index)++;
    }
}

/* Whether @text, a line of a paragraph, is its last: PDF text has no
 * blank line between paragraphs, but a paragraph's last line is shorter
 * than the width the others are wrapped at, and ends a sentence. */
static gboolean
ends_paragraph (const char *text,
                glong       width)
{
  gsize len = strlen (text);

  return len > 0 && strchr (".:;!?”)", text[len - 1]) != NULL && g_utf8_strlen (text, -1) < width * 85 / 100;
}

typedef struct
{
  PlnAgendaImport *self;
  GHashTable      *annotations;
  GHashTable      *notes;
  GString         *paragraph;
  Line            *first_line;   /* of the paragraph */
  PlnAgendaItem   *current;
  gboolean         in_documentation;
} Annotations;

static void
flush_paragraph (Annotations *a)
{
  const char *text = a->paragraph->str;

  if (a->paragraph->len == 0)
    return;

  if (a->current == NULL)
    problem (a->self, a->first_line->number, g_strdup (_("text before the first annotated item, not imported")));
  else if (is_superscript_digit (g_utf8_get_char (text)))
    /* Footnotes: "¹ If the meeting …". */
    append_text (a->notes, note_target (a->annotations, text, a->current), text);
  else if (g_unichar_islower (g_utf8_get_char (text)))
    /* After a page break (and the footnotes at the foot of the page), the
     * paragraph it cut goes on. */
    continue_text (a->annotations, a->current, text);
  else if (a->in_documentation && !g_str_has_prefix (text, "No documentation"))
    add_document (a->self, a->current, a->first_line, text);
  else
    append_text (a->annotations, a->current, text);

  g_string_truncate (a->paragraph, 0);
}

static void
read_annotations (PlnAgendaImport *self,
                  guint           *index)
{
  g_autoptr(GHashTable) annotations = g_hash_table_new_full (NULL, NULL, NULL, string_free);
  g_autoptr(GHashTable) notes = g_hash_table_new_full (NULL, NULL, NULL, string_free);
  g_autoptr(GString) paragraph = g_string_new (NULL);
  Annotations a = { self, annotations, notes, paragraph, NULL, NULL, FALSE };
  PlnAgendaItem *top = NULL;
  glong width = 0;

  /* The width the text is wrapped at, where it is. */
  for (guint i = *index; i < self->lines->len; i++)
    width = MAX (width, g_utf8_strlen (((Line *) g_ptr_array_index (self->lines, i))->text, -1));

  for (; *index < self->lines->len; (*index)++)
    {
      Line *line = g_ptr_array_index (self->lines, *index);
      const char *text = line->text;
      PlnAgendaItem *heading;

      if (heading_is (text, "annex"))
        break;
      if (is_debris (text))
        continue;
      if (*text == '\0')
        {
          flush_paragraph (&a);
          continue;
        }

      if ((heading = match_heading (self, text, top)) != NULL)
        {
          flush_paragraph (&a);
          a.current = heading;
          if (g_ascii_isdigit (text[0]))
            top = heading;
          a.in_documentation = FALSE;
          skip_heading_lines (self, heading, text, index);
          continue;
        }

      if (heading_is (text, "documentation"))
        {
          flush_paragraph (&a);
          a.in_documentation = TRUE;
          continue;
        }

      /* A footnote starts a paragraph of its own. */
      if (is_superscript_digit (g_utf8_get_char (text)))
        flush_paragraph (&a);

      if (paragraph->len == 0)
        a.first_line = line;
      else
        g_string_append_c (paragraph, ' ');
      g_string_append (paragraph, text);

      if (ends_paragraph (text, width))
        flush_paragraph (&a);
    }

  flush_paragraph (&a);
  set_texts (annotations, "annotation");
  set_texts (notes, "notes");
}

/* ------------------------------------------------------------ the organization of work */

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
  g_autofree char *s_h1 = NULL, *s_m1 = NULL, *s_p1 = NULL, *s_h2 = NULL, *s_m2 = NULL, *s_p2 = NULL;

  if (g_once_init_enter (&slot))
    g_once_init_leave (&slot, regex ("^(\\d{1,2})(?:[.:](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?|noon)?\\s*(?:-|–|—|to)\\s*"
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

  s_h1 = g_match_info_fetch (match, 1);
  s_m1 = g_match_info_fetch (match, 2);
  s_p1 = g_match_info_fetch (match, 3);
  s_h2 = g_match_info_fetch (match, 4);
  s_m2 = g_match_info_fetch (match, 5);
  s_p2 = g_match_info_fetch (match, 6);
  h1 = atoi (s_h1);
  m1 = s_m1 && *s_m1 ? atoi (s_m1) : 0;
  h2 = atoi (s_h2);
  m2 = s_m2 && *s_m2 ? atoi (s_m2) : 0;

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
    g_once_init_leave (&re, regex ("^([a-z]+),?\\s+(\\d{1,2})\\s+([a-z]+)(?:\\s+(\\d{4}))?$"));

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

  month = month_from_name (mon);
  year = y && *y ? atoi (y) : self->year;
  if (month == 0 || year == 0 || !g_date_valid_dmy (atoi (d), month, year))
    return FALSE;

  g_date_clear (day, 1);
  g_date_set_dmy (day, atoi (d), month, year);
  return TRUE;
}

static void
read_annex (PlnAgendaImport *self,
            guint           *index)
{
  static GRegex *item_re;
  PlnSitting *sitting = NULL;
  GDate day;
  guint n_sittings = 0;
  gboolean after_item = FALSE;

  g_date_clear (&day, 1);
  if (g_once_init_enter (&item_re))
    g_once_init_leave (&item_re, regex_cased ("^(\\d{1,2})\\s*(?:\\(([a-z])\\))?(?:$|\\s*(?=[A-Z(]))"));

  for (; *index < self->lines->len; (*index)++)
    {
      Line *line = g_ptr_array_index (self->lines, *index);
      g_auto(GStrv) cells = NULL;
      gboolean understood = FALSE;

      g_autofree char *folded = fold_title (line->text);

      if (*line->text == '\0' || is_debris (line->text) || g_str_equal (folded, "annex") ||
          g_str_has_prefix (folded, "proposed organization of work"))
        continue;

      /* The annex's own footnote ("¹ If the meeting has to be held in a
       * hybrid format …") has no place in the meeting. */
      if (is_superscript_digit (g_utf8_get_char (line->text)))
        {
          problem (self, line->number, g_strdup (_("a footnote of the organization of work, not imported")));
          continue;
        }

      cells = g_strsplit (line->cells, "\t", -1);

      /* "Monday, 27" and "June" on two lines, a narrow column's way. */
      if (cells[0] != NULL && cells[1] == NULL && *index + 1 < self->lines->len &&
          g_ascii_isdigit (line->cells[strlen (line->cells) - 1]))
        {
          Line *next = g_ptr_array_index (self->lines, *index + 1);
          g_autofree char *joined = g_strconcat (line->cells, " ", next->text, NULL);
          GDate probe;

          if (month_from_name (next->text) != 0 && parse_day (self, joined, &probe))
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
            g_autofree char *folded_cell = fold_title (cell);

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
              after_item = FALSE;
              continue;
            }

          if (parse_slot (cell, &start, &end, &rest))
            {
              g_autoptr(PlnSitting) new_sitting = pln_sitting_new ();
              g_autofree char *name = NULL;
              g_autofree char *ordinal = NULL;

              if (!g_date_valid (&day))
                {
                  problem (self, line->number, g_strdup (_("a time slot before any day")));
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
              after_item = FALSE;
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
              PlnAgendaItem *item = find_item (self, num, let && *let ? let : NULL);

              if (item == NULL)
                problem (self, line->number, g_strdup_printf (_("item %s is not on the provisional agenda"), cell));
              else if (sitting == NULL)
                problem (self, line->number, g_strdup_printf (_("item %s comes before any time slot"), cell));
              else
                {
                  g_autoptr(PlnPlacement) placement = pln_placement_new ();

                  pln_placement_set_agenda_item (placement, item);
                  pln_sitting_append_placement (sitting, placement);
                }
              understood = TRUE;
              after_item = TRUE;
              /* The next cell is the item's title, "(continued)" or not:
               * what is continued is worked out from the placements. */
              if (cells[c + 1] != NULL)
                c++;
              continue;
            }

          /* A title that went on to the next line. */
          if (after_item && c == 0 && cells[1] == NULL)
            understood = TRUE;
        }

      if (!understood)
        problem (self, line->number, g_strdup_printf (_("not understood in the organization of work: “%s”"), line->text));
    }
}

/* ------------------------------------------------------------ the meeting */

/* "The ninth meeting of the Working Group …" in the annotations. */
static void
find_ordinal (PlnAgendaImport *self)
{
  static GRegex *re;
  GListModel *agenda = pln_meeting_get_agenda (self->meeting);

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, regex ("\\bthe ([a-z]+(?:-[a-z]+)?) meeting of the working group"));

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (agenda, i);
      GListModel *subs = pln_agenda_item_get_sub_items (item);

      for (guint s = 0; s <= g_list_model_get_n_items (subs); s++)
        {
          g_autoptr(PlnAgendaItem) it = s == 0 ? g_object_ref (item) : g_list_model_get_item (subs, s - 1);
          g_autoptr(GMatchInfo) match = NULL;
          g_autofree char *word = NULL;
          g_autofree char *folded = NULL;

          if (pln_agenda_item_get_annotation (it) == NULL ||
              !g_regex_match (re, pln_agenda_item_get_annotation (it), 0, &match))
            continue;

          word = g_match_info_fetch (match, 1);
          folded = g_ascii_strdown (word, -1);
          for (guint n = 1; n < 100; n++)
            {
              g_autofree char *candidate = pln_ordinal_word_en (n);

              if (g_str_equal (candidate, folded))
                {
                  pln_meeting_set_ordinal (self->meeting, n);
                  return;
                }
            }
        }
    }
}

/**
 * pln_agenda_import_new:
 *
 * Reads the text of an annotated provisional agenda into a new meeting
 * (not in any workspace, with no working group: see
 * pln_agenda_import_find_group()). What could not be understood is in
 * the problems, with its line.
 *
 * Returns: (transfer full): the import, or %NULL with @error when the
 *   text is not UTF-8 or has no provisional agenda at all
 */
PlnAgendaImport *
pln_agenda_import_new (const char  *text,
                       gsize        length,
                       GError     **error)
{
  g_autoptr(PlnAgendaImport) self = g_new0 (PlnAgendaImport, 1);
  Section section = SECTION_HEADER;
  gboolean expect_date = FALSE;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  self->meeting = pln_meeting_new ();
  self->problems = g_array_new (FALSE, FALSE, sizeof (PlnImportProblem));
  g_array_set_clear_func (self->problems, pln_import_problem_clear);
  self->lines = g_ptr_array_new_with_free_func (line_free);
  self->items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_date_clear (&self->distributed, 1);

  if (!read_lines (self, text, length, error))
    return NULL;

  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);

      if (*line->text == '\0')
        {
          /* A blank line ends what the header's line before began. */
          if (section == SECTION_HEADER)
            read_header_line (self, line, &expect_date);
          continue;
        }
      if (section == SECTION_HEADER && is_debris (line->text) && !g_ascii_isdigit (line->text[0]))
        continue;

      if (heading_is (line->text, "provisional agenda") && section == SECTION_HEADER)
        {
          i++;
          read_agenda (self, &i);
          section = SECTION_AGENDA;
          i--;
          continue;
        }
      if (heading_is (line->text, "annotations") && section <= SECTION_AGENDA)
        {
          i++;
          read_annotations (self, &i);
          section = SECTION_ANNOTATIONS;
          i--;
          continue;
        }
      if (heading_is (line->text, "annex") && section <= SECTION_ANNOTATIONS)
        {
          i++;
          read_annex (self, &i);
          section = SECTION_ANNEX;
          i--;
          continue;
        }

      if (section == SECTION_HEADER)
        read_header_line (self, line, &expect_date);
      else
        problem (self, line->number, g_strdup_printf (_("not understood: “%s”"), line->text));
    }

  if (g_list_model_get_n_items (pln_meeting_get_agenda (self->meeting)) == 0)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE,
                   self->lines->len <= 1 && length == 0
                   ? _("The file is empty")
                   : _("No provisional agenda was found: no line “Provisional agenda” followed by numbered items"));
      return NULL;
    }

  if (pln_meeting_get_first_day (self->meeting) == NULL)
    problem (self, 1, g_strdup (_("no dates of the meeting in the header, such as “Vienna, 27 and 28 June 2022”")));
  else if (g_list_model_get_n_items (pln_meeting_get_sittings (self->meeting)) == 0)
    {
      problem (self, self->lines->len, g_strdup (_("no organization of work: plenary meetings made from the days")));
      pln_meeting_generate_sittings (self->meeting);
    }

  find_ordinal (self);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  return g_steal_pointer (&self);
}

#if HAVE_POPPLER
typedef struct
{
  double   x1, y1, x2, y2;
  gunichar c;
} Glyph;

static int
compare_glyphs_x (const void *a,
                  const void *b)
{
  const Glyph *g = a, *h = b;

  return (g->x1 > h->x1) - (g->x1 < h->x1);
}

static int
compare_glyphs (gconstpointer a,
                gconstpointer b)
{
  const Glyph *g = a, *h = b;

  if (g->y1 != h->y1)
    return g->y1 < h->y1 ? -1 : 1;
  return (g->x1 > h->x1) - (g->x1 < h->x1);
}

/* A page's text laid out again from where its characters are: lines by
 * their height on the page, a blank line where the gap between lines is
 * wider than a line (a new paragraph), a tab where the gap between words
 * is that of a table's columns. poppler's own text gives a table's
 * columns one after the other. */
static void
append_page_text (PopplerPage *page,
                  GString     *out)
{
  g_autofree char *text = poppler_page_get_text (page);
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  g_autoptr(GArray) glyphs = g_array_new (FALSE, FALSE, sizeof (Glyph));
  double line_y = -1, line_h = 0, last_x2 = 0, last_bottom = -1;
  const char *p;
  guint i = 0;

  if (text == NULL || !poppler_page_get_text_layout (page, &rects, &n_rects))
    {
      g_string_append (out, text ?: "");
      return;
    }

  for (p = text; *p != '\0' && i < n_rects; p = g_utf8_next_char (p), i++)
    {
      Glyph g = { rects[i].x1, rects[i].y1, rects[i].x2, rects[i].y2, g_utf8_get_char (p) };

      /* Spaces are kept: they are where the words break. */
      if (g.c != '\n' && g.x2 >= g.x1)
        g_array_append_val (glyphs, g);
    }
  g_free (rects);

  /* Rows first: a glyph belongs to the row whose top it is near. */
  g_array_sort (glyphs, compare_glyphs);
  for (guint j = 0; j < glyphs->len; j++)
    {
      Glyph *g = &g_array_index (glyphs, Glyph, j);
      double h = g->y2 - g->y1;

      if (line_y < 0 || g->y1 > line_y + MAX (line_h, h) * 0.5)
        {
          /* A new row: the glyphs of one row were sorted by x only if
           * they share a top; sort the row now. */
          guint end = j + 1;

          while (end < glyphs->len && g_array_index (glyphs, Glyph, end).y1 <= g->y1 + h * 0.5)
            end++;
          qsort (&g_array_index (glyphs, Glyph, j), end - j, sizeof (Glyph), compare_glyphs_x);
          g = &g_array_index (glyphs, Glyph, j);

          if (line_y >= 0)
            {
              g_string_append_c (out, '\n');
              if (g->y1 - last_bottom > h * 0.6)
                g_string_append_c (out, '\n');
            }
          line_y = g->y1;
          line_h = h;
          last_x2 = g->x1;
        }
      else if (g->x1 - last_x2 > line_h * 1.5)
        g_string_append_c (out, '\t');
      else if (g->x1 - last_x2 > line_h * 0.3 && g->c != ' ' && out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');

      g_string_append_unichar (out, g->c);
      last_x2 = g->x2;
      last_bottom = MAX (last_bottom, g->y2);
    }
  g_string_append_c (out, '\n');
}

/* The text of each page, laid out again, pages one after the other:
 * page headers and numbers come along, and are dropped as debris. */
static char *
pdf_text (GBytes  *bytes,
          GError **error)
{
  g_autoptr(GError) local_error = NULL;
  /* poppler 22 has no autoptr types. */
  PopplerDocument *document = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  GString *text;
  int n_pages;

  if (document == NULL)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE, _("The PDF could not be read: %s"), local_error->message);
      return NULL;
    }

  n_pages = poppler_document_get_n_pages (document);
  text = g_string_new (NULL);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);

      if (page != NULL)
        append_page_text (page, text);
      g_string_append_c (text, '\n');
      g_clear_object (&page);
    }

  g_object_unref (document);
  return g_string_free (text, FALSE);
}
#endif

/**
 * pln_agenda_import_read_file:
 * @text: (out) (optional): the text read, for showing beside what was
 *   understood
 *
 * Reads an agenda from a text file, or from a PDF (its text) where
 * Plenary was built with poppler. Only a regular file of at most
 * %PLN_FILE_LIMIT_DOCUMENT is read: a pipe, a device or a folder is
 * refused before it is opened.
 *
 * Returns: (transfer full): the import, or %NULL with @error
 */
PlnAgendaImport *
pln_agenda_import_read_file (GFile   *file,
                             char   **text,
                             GError **error)
{
  g_autofree char *data = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = name ? g_ascii_strdown (name, -1) : NULL;
  gsize length = 0;
  PlnAgendaImport *import;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (lower != NULL && g_str_has_suffix (lower, ".pdf"))
    {
#if HAVE_POPPLER
      g_autoptr(GBytes) bytes = NULL;

      /* poppler is given the bytes read here, never the file: it would
       * open a pipe called x.pdf and wait, or map a file of any size. */
      if (!pln_file_read_bounded (file, PLN_FILE_LIMIT_DOCUMENT, NULL, &data, &length, NULL, error))
        return NULL;
      bytes = g_bytes_new_take (g_steal_pointer (&data), length);
      if ((data = pdf_text (bytes, error)) == NULL)
        return NULL;
      length = strlen (data);
#else
      g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE,
                   _("This Plenary cannot read PDF files; save the agenda as text and import that"));
      return NULL;
#endif
    }
  else if (!pln_file_read_bounded (file, PLN_FILE_LIMIT_DOCUMENT, NULL, &data, &length, NULL, error))
    return NULL;

  import = pln_agenda_import_new (data, length, error);
  if (import != NULL && text != NULL)
    *text = g_steal_pointer (&data);
  return import;
}

/**
 * pln_agenda_import_get_series:
 *
 * Returns: (nullable): the symbol series of the documentation, as
 *   "CTOC/COP/WG.7"
 */
const char *
pln_agenda_import_get_series (PlnAgendaImport *self)
{
  return self->series;
}

void
pln_agenda_import_free (PlnAgendaImport *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->meeting);
  g_clear_pointer (&self->problems, g_array_unref);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_hash_table_unref);
  g_free (self->parent_body);
  g_free (self->group_name);
  g_free (self->series);
  g_free (self);
}

/**
 * pln_agenda_import_get_meeting:
 *
 * Returns: (transfer none): the meeting read
 */
PlnMeeting *
pln_agenda_import_get_meeting (PlnAgendaImport *self)
{
  return self->meeting;
}

const char *
pln_agenda_import_get_parent_body (PlnAgendaImport *self)
{
  return self->parent_body;
}

const char *
pln_agenda_import_get_group_name (PlnAgendaImport *self)
{
  return self->group_name;
}

/**
 * pln_agenda_import_get_distributed:
 *
 * Returns: (nullable): the date of distribution in the header
 */
const GDate *
pln_agenda_import_get_distributed (PlnAgendaImport *self)
{
  return g_date_valid (&self->distributed) ? &self->distributed : NULL;
}

/**
 * pln_agenda_import_get_problems:
 *
 * Returns: (transfer none) (element-type PlnImportProblem): what was not
 *   understood, by line
 */
GArray *
pln_agenda_import_get_problems (PlnAgendaImport *self)
{
  return self->problems;
}

/**
 * pln_agenda_import_find_group:
 *
 * The working group of @workspace the agenda is for: the one of the same
 * name, or whose symbol series the documentation's symbols are in.
 *
 * Returns: (transfer none) (nullable): the working group, or %NULL when
 *   none matches (the agenda is for a new one)
 */
PlnWorkingGroup *
pln_agenda_import_find_group (PlnAgendaImport *self,
                              PlnWorkspace    *workspace)
{
  GListModel *groups = pln_workspace_get_working_groups (workspace);
  g_autofree char *name = self->group_name ? fold_title (self->group_name) : NULL;

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
      {
        g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (groups, i);
        const char *series = pln_working_group_get_symbol_series (group);

        if (pass == 0 && name != NULL && pln_working_group_get_name (group) != NULL)
          {
            g_autofree char *other = fold_title (pln_working_group_get_name (group));

            if (g_str_equal (name, other))
              return group;
          }
        if (pass == 1 && self->series != NULL && series != NULL && g_str_equal (series, self->series))
          return group;
      }

  return NULL;
}
