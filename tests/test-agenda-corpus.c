/* test-agenda-corpus.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plenary-core.h"
#include "pln-test-util.h"

/* The corpus of tests/data/agendas: agendas written for these tests in
 * the form the documents of the series took over the years (headings
 * and their absence, Roman-numbered sections, the first page's columns
 * run together, "a)" and "- (a)", page furniture, footnotes, days with
 * the year, 24-hour times, the column "Item", two-digit items). Each
 * NAME.txt has its NAME.expected: the meeting it holds, written out line
 * by line, and what a reader must say it did not understand. The meeting
 * read is written out the same way and compared whole. */

static void
describe_date (GString     *out,
               const char  *what,
               const GDate *date)
{
  char iso[16] = "-";

  if (date != NULL && g_date_valid (date))
    g_date_strftime (iso, sizeof iso, "%Y-%m-%d", date);
  /* "sitting 2013-11-11 600-780", "issued: 2013-08-20" */
  g_string_append_printf (out, "%s%s %s", what, g_str_equal (what, "sitting") ? "" : ":", iso);
}

static void
describe_item (GString       *out,
               PlnAgendaItem *item)
{
  g_autofree char *label = pln_agenda_item_dup_label (item);
  const char *annotation = pln_agenda_item_get_annotation (item);
  GListModel *documents = pln_agenda_item_get_documents (item);
  GListModel *footnotes = pln_agenda_item_get_footnotes (item);

  g_string_append_printf (out, "item %s: %s\n", label, pln_agenda_item_get_title (item));
  if (annotation != NULL)
    {
      g_auto(GStrv) paragraphs = g_strsplit (annotation, "\n\n", -1);

      g_string_append_printf (out, "  annotation: %u paragraph(s), “%.40s”\n", g_strv_length (paragraphs), annotation);
    }
  for (guint d = 0; d < g_list_model_get_n_items (documents); d++)
    {
      g_autoptr(PlnDocumentRef) doc = g_list_model_get_item (documents, d);

      g_string_append_printf (out, "  document: %s %s\n", pln_document_ref_get_symbol (doc), pln_document_ref_get_title (doc));
    }
  for (guint f = 0; f < g_list_model_get_n_items (footnotes); f++)
    {
      g_autoptr(PlnFootnote) note = g_list_model_get_item (footnotes, f);

      g_string_append_printf (out, "  footnote after “%s”: %s\n", pln_footnote_get_anchor (note) ?: "", pln_footnote_get_text (note));
    }
}

static void
describe_sittings (GString    *out,
                   PlnMeeting *meeting)
{
  GListModel *sittings = pln_meeting_get_sittings (meeting);
  GListModel *notes = pln_meeting_get_annex_footnotes (meeting);

  for (guint s = 0; s < g_list_model_get_n_items (sittings); s++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, s);
      GListModel *placements = pln_sitting_get_placements (sitting);

      describe_date (out, "sitting", pln_sitting_get_date (sitting));
      g_string_append_printf (out, " %d-%d:", pln_sitting_get_start (sitting), pln_sitting_get_end (sitting));
      for (guint p = 0; p < g_list_model_get_n_items (placements); p++)
        {
          g_autoptr(PlnPlacement) placement = g_list_model_get_item (placements, p);
          g_autofree char *label = pln_agenda_item_dup_label (pln_placement_get_agenda_item (placement));

          g_string_append_printf (out, "%s %s", p ? "," : "", label);
        }
      g_string_append_c (out, '\n');
    }
  for (guint n = 0; n < g_list_model_get_n_items (notes); n++)
    {
      g_autoptr(PlnFootnote) note = g_list_model_get_item (notes, n);

      g_string_append_printf (out, "annex footnote: %s\n", pln_footnote_get_text (note));
    }
}

static char *
describe (PlnAgendaImport *import)
{
  PlnMeeting *meeting = pln_agenda_import_get_meeting (import);
  g_autoptr(GPtrArray) items = pln_meeting_dup_agenda_items (meeting);
  GArray *problems = pln_agenda_import_get_problems (import);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "group: %s\nparent body: %s\ncity: %s\n", pln_agenda_import_get_group_name (import),
                          pln_agenda_import_get_parent_body (import), pln_meeting_get_city (meeting));
  describe_date (out, "dates", pln_meeting_get_first_day (meeting));
  {
    char iso[16] = "-";

    if (pln_meeting_get_last_day (meeting) != NULL)
      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", pln_meeting_get_last_day (meeting));
    g_string_append_printf (out, " %s\n", iso);
  }
  describe_date (out, "issued", pln_meeting_get_issued (meeting));
  g_string_append_printf (out, "\nsymbol: %s\njob number: %s\nordinal: %u\n", pln_meeting_get_agenda_symbol (meeting) ?: "-",
                          pln_meeting_get_job_number (meeting) ?: "-", pln_meeting_get_ordinal (meeting));
  for (guint i = 0; i < items->len; i++)
    describe_item (out, items->pdata[i]);
  describe_sittings (out, meeting);
  for (guint p = 0; p < problems->len; p++)
    g_string_append_printf (out, "problem line %u: %s\n", g_array_index (problems, PlnImportProblem, p).line,
                            g_array_index (problems, PlnImportProblem, p).message);

  return g_string_free (out, FALSE);
}

static void
test_variant (gconstpointer data)
{
  const char *name = data;
  g_autofree char *text_name = g_strconcat ("agendas/", name, ".txt", NULL);
  g_autofree char *expected_name = g_strconcat ("agendas/", name, ".expected", NULL);
  g_autofree char *text_path = pln_test_data_path (text_name);
  g_autofree char *expected_path = pln_test_data_path (expected_name);
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *read = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnAgendaImport) import = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (text_path, &text, &length, &error));
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, &error));
  import = pln_agenda_import_new (text, length, &error);
  g_assert_no_error (error);
  read = describe (import);
  g_assert_cmpstr (read, ==, expected);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  pln_test_init_home ();
  g_test_init (&argc, &argv, NULL);

  dir = pln_test_data_path ("agendas");
  listing = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (listing);
  while ((entry = g_dir_read_name (listing)) != NULL)
    if (g_str_has_suffix (entry, ".txt"))
      g_ptr_array_add (names, g_strndup (entry, strlen (entry) - 4));
  g_ptr_array_sort (names, compare_names);
  /* At least twelve forms of the series. */
  g_assert_cmpuint (names->len, >=, 12);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_strconcat ("/agenda-corpus/", (char *) names->pdata[i], NULL);

      g_test_add_data_func (path, names->pdata[i], test_variant);
    }

  return g_test_run ();
}
