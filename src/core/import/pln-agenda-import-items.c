/* pln-agenda-import-items.c
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

/* The provisional agenda: items and their lettered sub-items. */

PlnAgendaItem *
_pln_agenda_import_find_item (PlnAgendaImport *self,
                              const char      *number,
                              const char      *letter)
{
  g_autofree char *key = letter ? g_strdup_printf ("%s (%s)", number, letter) : g_strdup (number);

  return g_hash_table_lookup (self->items, key);
}

/* Whether @text (a heading without its number) repeats the title of
 * @item, or begins it when the title is long. */
gboolean
_pln_agenda_import_repeats_title (PlnAgendaItem *item,
                                  const char    *text)
{
  g_autofree char *folded_text = _pln_agenda_import_fold_title (text);
  g_autofree char *folded_title = _pln_agenda_import_fold_title (pln_agenda_item_get_title (item) ?: "");

  if (*folded_text == '\0' || !(g_str_has_prefix (folded_title, folded_text) || g_str_has_prefix (folded_text, folded_title)))
    return FALSE;
  return !(strlen (folded_text) * 2 < strlen (folded_title) && strlen (folded_text) < 30);
}

/* Whether the line starting with item @num's number is where the
 * annotations begin: the numbering goes back to an item the list has,
 * and the line repeats its title. */
static gboolean
is_restart (PlnAgendaImport *self,
            const char      *num,
            guint            expected,
            const char      *rest)
{
  PlnAgendaItem *item;

  if ((guint) atoi (num) >= expected || (item = _pln_agenda_import_find_item (self, num, NULL)) == NULL)
    return FALSE;
  return _pln_agenda_import_repeats_title (item, rest);
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
 * a bullet before it, or none) or "a) Title" at the start of a line; a title can run over several lines, and
 * several items can come on one line when the line breaks were lost. An
 * item is only taken for the number that comes next, so that "resolution
 * 7/1." inside a title is not one. */
void
_pln_agenda_import_read_agenda (PlnAgendaImport *self,
                                guint           *index)
{
  static GRegex *marker;
  PlnAgendaItem *item = NULL;
  PlnAgendaItem *sub = NULL;
  g_autoptr(GString) title = g_string_new (NULL);
  guint expected = 1;
  char letter = 'a';

  if (g_once_init_enter (&marker))
    g_once_init_leave (&marker, _pln_agenda_import_regex ("(?:^|(?<=[\\s;.:]))(?:(\\d{1,2})\\.(?!\\d)\\s*|[-–•*]?\\s*\\(([a-z])\\)\\s*)|^[-–•]?\\s*([a-z])\\)\\s+"));

  for (; *index < self->lines->len; (*index)++)
    {
      Line *line = g_ptr_array_index (self->lines, *index);
      g_autoptr(GMatchInfo) match = NULL;
      const char *text = line->text;
      int pos = 0;

      if (_pln_agenda_import_is_annotations_heading (text) || _pln_agenda_import_is_annex_start (line))
        break;
      if (*text == '\0' || _pln_agenda_import_is_debris (text) || _pln_agenda_import_is_section_heading (text))
        continue;
      if (_pln_agenda_import_is_note_start (text))
        {
          _pln_agenda_import_problem (self, line->number, g_strdup_printf (_("a footnote of the provisional agenda, not imported: “%s”"), text));
          continue;
        }

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
              if (let == NULL || *let == '\0')
                {
                  g_free (let);
                  let = g_match_info_fetch (match, 3);
                }
              g_match_info_fetch_pos (match, 0, &start, &end);
              /* "1. Organizational matters" again: the annotations. */
              if (num && *num && start == 0 && is_restart (self, num, expected, text + end))
                goto done;
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
                  _pln_agenda_import_problem (self, line->number,
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
                _pln_agenda_import_problem (self, line->number, g_strdup_printf (_("text before the first item: “%s”"), piece));
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

done:
  if (sub != NULL || item != NULL)
    set_title (sub ? sub : item, title);
}
