/* pln-agenda-import-notes.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-agenda-import"

#include "config.h"

#include <string.h>

#include "pln-agenda-import-private.h"

/* Footnotes: their marks ("at 10 a.m.¹") are taken out of the
 * annotation, and each note keeps as its anchor the words its mark
 * followed (pln-footnote.c), enough of them to be found first where the
 * mark was. */

/* Past this, an anchor is not checked against the whole annotation: the
 * check would make a text with thousands of notes quadratic. */
#define ANCHOR_CHECK_LIMIT (64 * 1024)
#define ANCHOR_MAX_WORDS 12

typedef struct
{
  char  *marker;
  gsize  position;   /* in the annotation without marks */
  gboolean used;
} Mark;

static void
mark_clear (gpointer data)
{
  g_free (((Mark *) data)->marker);
}

gboolean
_pln_agenda_import_is_note_start (const char *text)
{
  return _pln_agenda_import_is_superscript_digit (g_utf8_get_char (text)) ||
         (text[0] == '*' && text[1] != '*' && text[1] != '\0');
}

/* The superscript digits @text starts with (or a "*"), as a string. */
static char *
leading_marker (const char  *text,
                const char **rest)
{
  const char *p = text;

  if (*p == '*')
    p++;
  else
    while (*p != '\0' && _pln_agenda_import_is_superscript_digit (g_utf8_get_char (p)))
      p = g_utf8_next_char (p);

  *rest = p;
  return g_strndup (text, p - text);
}

/* @annotation without its marks, which go to @marks. */
static void
take_marks (GString *annotation,
            GArray  *marks)
{
  g_autoptr(GString) clean = g_string_sized_new (annotation->len);

  for (const char *p = annotation->str; *p != '\0'; )
    {
      if (_pln_agenda_import_is_superscript_digit (g_utf8_get_char (p)))
        {
          const char *rest;
          Mark mark = { leading_marker (p, &rest), clean->len, FALSE };

          g_array_append_val (marks, mark);
          p = rest;
          continue;
        }
      g_string_append_unichar (clean, g_utf8_get_char (p));
      p = g_utf8_next_char (p);
    }

  g_string_assign (annotation, clean->str);
}

/* The words before @position that are found first ending there. */
static char *
find_anchor (const char *text,
             gsize       length,
             gsize       position)
{
  gboolean check = length <= ANCHOR_CHECK_LIMIT;
  const char *start = text + position;

  if (position == length || position == 0)
    return NULL;

  for (guint words = 1; words <= ANCHOR_MAX_WORDS; words++)
    {
      g_autofree char *candidate = NULL;
      const char *found;

      /* Back over a space and one word, not past a paragraph. */
      while (start > text && start[-1] == ' ')
        start--;
      while (start > text && start[-1] != ' ' && start[-1] != '\n')
        start--;
      candidate = g_strndup (start, text + position - start);
      if (start == text || start[-1] == '\n' || (!check && words >= 4))
        return g_steal_pointer (&candidate);
      if (check && (found = strstr (text, candidate)) != NULL && (gsize) (found - text) + strlen (candidate) == position)
        return g_steal_pointer (&candidate);
    }

  return g_strndup (start, text + position - start);
}

/**
 * _pln_agenda_import_attach_notes:
 * @annotation: the item's annotation, with the marks: they are taken out
 * @notes: the notes, paragraphs separated by blank lines, each starting
 *   with its mark ("¹ If the meeting …")
 *
 * Makes @notes footnotes of @item.
 */
void
_pln_agenda_import_attach_notes (PlnAgendaItem *item,
                                 GString       *annotation,
                                 const char    *notes)
{
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_auto(GStrv) paragraphs = g_strsplit (notes, "\n\n", -1);

  g_array_set_clear_func (marks, mark_clear);
  take_marks (annotation, marks);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      const char *rest;
      g_autofree char *marker = leading_marker (paragraphs[i], &rest);
      g_autofree char *anchor = NULL;
      g_autoptr(PlnFootnote) footnote = NULL;

      for (guint m = 0; m < marks->len; m++)
        {
          Mark *mark = &g_array_index (marks, Mark, m);

          if (!mark->used && g_str_equal (mark->marker, marker))
            {
              mark->used = TRUE;
              anchor = find_anchor (annotation->str, annotation->len, mark->position);
              break;
            }
        }

      while (*rest == ' ')
        rest++;
      footnote = pln_footnote_new (anchor, rest);
      pln_agenda_item_insert_footnote (item, G_MAXUINT, footnote);
    }
}

/* ------------------------------------------------- marks as plain digits */

/* Text extraction can give a footnote's mark as plain digits glued to
 * the word it follows ("at 10 a.m.1;", "the tools2 their") or alone on a
 * line, and the note as "1 Any change …". Such a mark is told from a
 * number of the text by the note it leads to: the notes are numbered
 * through the document, so note n is a line "n Text" after the mark n,
 * after note n − 1. Both are then written with superscript digits, as
 * the rest of the import reads them; what does not pair up is left as
 * it is. */

static void
append_superscript (GString *out,
                    guint    number)
{
  static const char * const digits[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };
  g_autofree char *decimal = g_strdup_printf ("%u", number);

  for (const char *p = decimal; *p != '\0'; p++)
    g_string_append (out, digits[*p - '0']);
}

static void
line_set_cells (Line       *line,
                const char *cells)
{
  g_free (line->cells);
  g_free (line->text);
  line->cells = g_strdup (cells);
  line->text = g_strdup (cells);
  g_strdelimit (line->text, "\t", ' ');
}

/* The number @text starts with as a note's ("2 Including …"), or 0. */
static guint
plain_note_number (const char *text)
{
  const char *p = text;
  guint n = 0;

  while (g_ascii_isdigit (*p) && p - text < 2)
    n = n * 10 + (*p++ - '0');
  if (p == text || (*p != ' ' && *p != '\t'))
    return 0;
  while (*p == ' ' || *p == '\t')
    p++;
  return g_unichar_isupper (g_utf8_get_char (p)) ? n : 0;
}

/* Where in @text the mark @number is glued to a word, or -1: after a
 * letter or a word's punctuation, not before another digit or a "/". */
static gssize
find_glued_mark (const char *text,
                 guint       number)
{
  g_autofree char *digits = g_strdup_printf ("%u", number);
  gsize length = strlen (digits);

  for (const char *p = strstr (text, digits); p != NULL; p = strstr (p + 1, digits))
    {
      const char *before = p > text ? g_utf8_prev_char (p) : NULL;
      char after = p[length];

      if (before == NULL || g_ascii_isdigit (after) || after == '/' || g_ascii_isalpha (after))
        continue;
      if (g_unichar_isalpha (g_utf8_get_char (before)) || strchr (".,;:)", *before) != NULL ||
          g_str_has_prefix (before, "”") || g_str_has_prefix (before, "’"))
        {
          /* Not the digits of a symbol or a number ("WG.7", "7.1"). */
          if (*before == '.' && before > text && g_ascii_isdigit (before[-1]))
            continue;
          if (g_ascii_isalpha (*before) && before > text && g_ascii_isupper (*before) &&
              (before == text || !g_ascii_islower (before[-1])))
            continue;
          return p - text;
        }
    }

  return -1;
}

/* Writes the mark of note @number, at @offset of line @line (or after
 * the line before a line that is the mark alone), in superscript. */
static void
set_mark (GPtrArray *lines,
          guint      index,
          gssize     offset,
          guint      number)
{
  Line *line = g_ptr_array_index (lines, index);
  g_autoptr(GString) cells = g_string_new (NULL);
  g_autofree char *digits = g_strdup_printf ("%u", number);

  if (offset < 0)
    {
      Line *before = g_ptr_array_index (lines, index - 1);

      g_string_assign (cells, before->cells);
      append_superscript (cells, number);
      line_set_cells (before, cells->str);
      line_set_cells (line, "");
      return;
    }
  g_string_append_len (cells, line->cells, offset);
  append_superscript (cells, number);
  g_string_append (cells, line->cells + offset + strlen (digits));
  line_set_cells (line, cells->str);
}

/* Looks for the mark of note @number from the line before @note back to
 * line *@from, that of the mark before; marks it, moves *@from to its
 * line and says whether it was found. */
static gboolean
mark_before (GPtrArray *lines,
             guint     *from,
             guint      note,
             guint      number)
{
  g_autofree char *digits = g_strdup_printf ("%u", number);

  for (guint i = note; i > *from; i--)
    {
      Line *line = g_ptr_array_index (lines, i - 1);
      gssize offset = find_glued_mark (line->cells, number);

      /* The mark alone on its line, after a line of text. */
      if (offset < 0 && g_str_equal (line->text, digits) && i - 1 > *from &&
          *((Line *) g_ptr_array_index (lines, i - 2))->text != '\0')
        offset = -1;
      else if (offset < 0)
        continue;

      set_mark (lines, i - 1, offset, number);
      *from = offset < 0 ? i - 2 : i - 1;
      return TRUE;
    }

  return FALSE;
}

void
_pln_agenda_import_read_plain_marks (PlnAgendaImport *self)
{
  guint next = 1;      /* the number the next note has */
  guint from = 0;      /* the line of the last mark: the next one is after */

  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);
      const char *rest;
      g_autofree char *marker = NULL;

      /* A note already in superscript: the numbering goes on from it. */
      if (_pln_agenda_import_is_superscript_digit (g_utf8_get_char (line->text)))
        {
          g_autofree char *plain = NULL;

          marker = leading_marker (line->text, &rest);
          plain = g_utf8_normalize (marker, -1, G_NORMALIZE_ALL_COMPOSE);
          next = (guint) g_ascii_strtoull (plain, NULL, 10) + 1;
          continue;
        }

      /* Not a row of a table ("3   Other matters"): a note is prose. */
      if (strchr (line->cells, '\t') == NULL && plain_note_number (line->text) == next &&
          mark_before (self->lines, &from, i, next))
        {
          g_autoptr(GString) cells = g_string_new (NULL);
          const char *text = line->cells;

          while (g_ascii_isdigit (*text))
            text++;
          append_superscript (cells, next);
          g_string_append_printf (cells, " %s", text + strspn (text, " \t"));
          line_set_cells (line, cells->str);
          next++;
        }
    }
}
