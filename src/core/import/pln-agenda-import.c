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

#include "pln-agenda-import-private.h"
#include "pln-module.h"

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

/* ------------------------------------------------------------ helpers */

void
_pln_agenda_import_problem (PlnAgendaImport *self,
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

/* ------------------------------------------------------------ the meeting */

/* "The ninth meeting of the Working Group …" in the annotations. */
static void
find_ordinal (PlnAgendaImport *self)
{
  static GRegex *re;
  GListModel *agenda = pln_meeting_get_agenda (self->meeting);

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, _pln_agenda_import_regex ("\\bthe ([a-z]+(?:-[a-z]+)?) meeting of the working group"));

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

/* The parts, found by their shape (pln-agenda-import-structure.c): the
 * header up to item 1 of the provisional agenda, the list up to where its
 * numbering starts again (the annotations), the annotations up to the
 * annex. */
static void
read_sections (PlnAgendaImport *self)
{
  gboolean expect_date = FALSE;
  guint agenda;
  guint i;

  _pln_agenda_import_read_plain_marks (self);
  agenda = _pln_agenda_import_find_agenda (self);
  if (agenda == G_MAXUINT)
    return;
  _pln_agenda_import_find_job_number (self);

  for (i = 0; i < agenda; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);

      if (!_pln_agenda_import_is_section_heading (line->text))
        _pln_agenda_import_read_header_line (self, line, &expect_date);
    }

  _pln_agenda_import_read_agenda (self, &i);
  _pln_agenda_import_read_annotations (self, &i);
  _pln_agenda_import_read_annex (self, &i);
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

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  self->meeting = pln_meeting_new ();
  self->problems = g_array_new (FALSE, FALSE, sizeof (PlnImportProblem));
  g_array_set_clear_func (self->problems, pln_import_problem_clear);
  self->lines = g_ptr_array_new_with_free_func (line_free);
  self->items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_date_clear (&self->distributed, 1);

  if (!_pln_agenda_import_read_lines (self, text, length, error))
    return NULL;

  read_sections (self);

  if (g_list_model_get_n_items (pln_meeting_get_agenda (self->meeting)) == 0)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE,
                   self->lines->len <= 1 && length == 0
                   ? _("The file is empty")
                   : _("No provisional agenda was found: no items numbered 1., 2., 3. … one after the other"));
      return NULL;
    }

  if (pln_meeting_get_first_day (self->meeting) == NULL)
    _pln_agenda_import_problem (self, 1, g_strdup (_("no dates of the meeting in the header, such as “Vienna, 27 and 28 June 2022”")));
  else if (g_list_model_get_n_items (pln_meeting_get_sittings (self->meeting)) == 0)
    {
      _pln_agenda_import_problem (self, self->lines->len, g_strdup (_("no organization of work: plenary meetings made from the days")));
      pln_meeting_generate_sittings (self->meeting);
    }

  find_ordinal (self);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  return g_steal_pointer (&self);
}

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
      const PlnPdfModule *pdf = NULL;
      g_autoptr(GBytes) bytes = NULL;

      /* poppler is given the bytes read here, never the file: it would
       * open a pipe called x.pdf and wait, or map a file of any size. */
      if (!pln_file_read_bounded (file, PLN_FILE_LIMIT_DOCUMENT, NULL, &data, &length, NULL, error) ||
          (pdf = _pln_module_get_pdf (error)) == NULL)
        return NULL;
      bytes = g_bytes_new_take (g_steal_pointer (&data), length);
      if ((data = pdf->pdf_text (bytes, error)) == NULL)
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
  g_autofree char *name = self->group_name ? _pln_agenda_import_fold_title (self->group_name) : NULL;

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
      {
        g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (groups, i);
        const char *series = pln_working_group_get_symbol_series (group);

        if (pass == 0 && name != NULL && pln_working_group_get_name (group) != NULL)
          {
            g_autofree char *other = _pln_agenda_import_fold_title (pln_working_group_get_name (group));

            if (g_str_equal (name, other))
              return group;
          }
        if (pass == 1 && self->series != NULL && series != NULL && g_str_equal (series, self->series))
          return group;
      }

  return NULL;
}
