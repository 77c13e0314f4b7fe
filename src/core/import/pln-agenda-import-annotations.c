/* pln-agenda-import-annotations.c
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

/* The annotations: each item's paragraphs, its footnotes as notes, and
 * its "Documentation" as document references with titles and symbols. */

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
  PlnAgendaItem *item;

  if (g_once_init_enter (&heading))
    g_once_init_leave (&heading, _pln_agenda_import_regex ("^(?:(\\d{1,2})\\.?|[-–•]?\\s*\\(?([a-z])\\))\\s*(.*)$"));

  if (!g_regex_match (heading, text, 0, &match))
    return NULL;

  num = g_match_info_fetch (match, 1);
  let = g_match_info_fetch (match, 2);
  rest = g_match_info_fetch (match, 3);
  if (num && *num)
    item = _pln_agenda_import_find_item (self, num, NULL);
  else if (top != NULL)
    item = _pln_agenda_import_find_item (self, pln_agenda_item_get_number (top), let);
  else
    return NULL;

  if (item == NULL)
    return NULL;

  /* The heading repeats the title, or begins it when it is long. */
  return _pln_agenda_import_repeats_title (item, rest) ? item : NULL;
}

/* The annotations and notes are gathered here and set once at the end:
 * appending to a property paragraph by paragraph would copy the text so
 * far each time. @part follows the item's text after @separator: a new
 * paragraph after a blank line, or the rest of a paragraph a page break
 * cut (it starts in lower case) after a space. */
static void
append_text (GHashTable    *texts,
             PlnAgendaItem *item,
             const char    *separator,
             const char    *part)
{
  GString *text = g_hash_table_lookup (texts, item);

  if (text == NULL)
    {
      text = g_string_new (NULL);
      g_hash_table_insert (texts, item, text);
    }

  if (text->len > 0)
    g_string_append (text, separator);
  g_string_append (text, part);
}

/* Each item's annotation, its footnotes' marks taken out of it and made
 * the footnotes' anchors. */
static void
set_texts (GHashTable *annotations,
           GHashTable *notes)
{
  GHashTableIter iter;
  gpointer item, text;

  g_hash_table_iter_init (&iter, notes);
  while (g_hash_table_iter_next (&iter, &item, &text))
    if (!g_hash_table_contains (annotations, item))
      g_hash_table_insert (annotations, item, g_string_new (NULL));

  g_hash_table_iter_init (&iter, annotations);
  while (g_hash_table_iter_next (&iter, &item, &text))
    {
      GString *note = g_hash_table_lookup (notes, item);

      if (note != NULL)
        _pln_agenda_import_attach_notes (item, text, note->str);
      if (((GString *) text)->len > 0)
        pln_agenda_item_set_annotation (item, ((GString *) text)->str);
    }
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
    g_once_init_leave (&symbol, _pln_agenda_import_regex_cased ("[(\\[]*\\s*([A-Z]{2,}[A-Z0-9.]*(?:/[A-Za-z0-9.\\-]+){2,})\\s*[)\\]]*\\s*\\.?\\s*$"));

  if (g_regex_match (symbol, paragraph, 0, &match))
    {
      sym = g_match_info_fetch (match, 1);
      g_match_info_fetch_pos (match, 0, &start, NULL);
      title = g_strstrip (g_strndup (paragraph, start));
    }
  else
    {
      title = g_strdup (paragraph);
      _pln_agenda_import_problem (self, line->number, g_strdup_printf (_("no document symbol found in “%s”"), paragraph));
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

  for (const char *p = note; *p != '\0' && _pln_agenda_import_is_superscript_digit (g_utf8_get_char (p)); p = g_utf8_next_char (p))
    g_string_append_unichar (marker, g_utf8_get_char (p));
  if (marker->len == 0)
    return current;

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

  if (!g_ascii_isdigit (*p))
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
  g_autofree char *title = _pln_agenda_import_fold_title (pln_agenda_item_get_title (item) ?: "");
  g_autoptr(GString) heading = g_string_new (heading_rest (text));

  while (*index + 1 < self->lines->len)
    {
      Line *next = g_ptr_array_index (self->lines, *index + 1);
      g_autofree char *joined = NULL;
      g_autofree char *folded_heading = _pln_agenda_import_fold_title (heading->str);

      if (*next->text == '\0' || g_str_equal (folded_heading, title))
        return;

      joined = g_strconcat (heading->str, " ", next->text, NULL);
      {
        g_autofree char *folded = _pln_agenda_import_fold_title (joined);

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
    _pln_agenda_import_problem (a->self, a->first_line->number, g_strdup (_("text before the first annotated item, not imported")));
  else if (_pln_agenda_import_is_note_start (text))
    /* Footnotes: "¹ If the meeting …". */
    append_text (a->notes, note_target (a->annotations, text, a->current), "\n\n", text);
  else if (g_unichar_islower (g_utf8_get_char (text)))
    /* After a page break (and the footnotes at the foot of the page), the
     * paragraph it cut goes on. */
    append_text (a->annotations, a->current, " ", text);
  else if (a->in_documentation && !g_str_has_prefix (text, "No documentation"))
    add_document (a->self, a->current, a->first_line, text);
  else
    append_text (a->annotations, a->current, "\n\n", text);

  g_string_truncate (a->paragraph, 0);
}

void
_pln_agenda_import_read_annotations (PlnAgendaImport *self,
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

      if (_pln_agenda_import_is_annex_start (line))
        break;
      if (_pln_agenda_import_is_debris (text) || _pln_agenda_import_is_section_heading (text))
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

      if (_pln_agenda_import_heading_is (text, "documentation"))
        {
          flush_paragraph (&a);
          a.in_documentation = TRUE;
          continue;
        }

      /* A footnote starts a paragraph of its own. */
      if (_pln_agenda_import_is_note_start (text))
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
  set_texts (annotations, notes);
}
