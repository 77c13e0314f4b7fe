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
