/* test-agenda-import.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plenary-core.h"
#include "pln-test-util.h"

/* The import of annotated provisional agendas: the two seed documents
 * exactly (the expected values are written here from reading them), and
 * variants made from them as text comes out of PDFs and web pages, plus
 * what is not an agenda at all. */

typedef struct
{
  const char *number;          /* "1", "1 (a)" */
  const char *title;
  const char *annotation_start;
  const char *symbol;          /* of its documentation, or NULL */
} Expected;

static const Expected wg7_items[] = {
  { "1", "Organizational matters", NULL, NULL },
  { "1 (a)", "Opening of the meeting", "The ninth meeting of the Working Group on the Smuggling of Migrants will be opened on Monday, 27 June", NULL },
  { "1 (b)", "Adoption of the agenda and organization of work", "In its resolution 7/1, entitled", NULL },
  { "2", "Good practices in cooperating with the private sector to prevent and combat the smuggling of migrants",
    "While the principle of cooperation with the private sector", "CTOC/COP/WG.7/2022/2" },
  { "3", "Sharing national procedures to investigate the smuggling of migrants with a view to enhancing international "
         "cooperation and the possible harmonization of approaches", "At previous meetings, the Working Group partially",
    "CTOC/COP/WG.7/2022/3" },
  { "4", "Matters pertaining to the Mechanism for the Review of the Implementation of the United Nations Convention "
         "against Transnational Organized Crime and the Protocols thereto", "According to paragraph 12 of the procedures", NULL },
  { "5", "Other matters", "As no issues to be raised under agenda item 5", NULL },
  { "6", "Adoption of the report", "The Working Group is expected to adopt a report", NULL },
};

/* The annex, row by row: day, start, end, items. */
static const char *wg7_annex[] = {
  "2022-06-27 600-780: 1 (a), 1 (b)",
  "2022-06-27 900-1080: 2, 2, 3",
  "2022-06-28 600-780: 3, 4",
  "2022-06-28 900-1080: 5, 6",
};

static const Expected wg4_items[] = {
  { "1", "Organizational matters", NULL, NULL },
  { "1 (a)", "Opening of the meeting", "The eighth meeting of the Working Group on Trafficking in Persons will be opened on Monday, 2 July 2018", NULL },
  { "1 (b)", "Adoption of the agenda and organization of work", "In its resolution 7/1, entitled", NULL },
  { "2", "International cooperation in cases of trafficking in persons: considering the needs and rights of victims",
    "Although the topic of the rights of victims", "CTOC/COP/WG.4/2018/2" },
  { "3", "Preparation of the questionnaire to review the implementation of the Trafficking in Persons Protocol",
    "In its resolution 8/2, the Conference decided", "CTOC/COP/WG.4/2018/CRP.1" },
  { "4", "Other matters", "As no issues to be raised under agenda item 4", NULL },
  { "5", "Adoption of the report", "The Working Group is expected to adopt a report", NULL },
};

static const char *wg4_annex[] = {
  "2018-07-02 600-780: 1 (a), 1 (b), 2",
  "2018-07-02 900-1080: 2, 3",
  "2018-07-03 600-780: 3",
  "2018-07-03 900-1080: 4, 5",
};

static char *
read_seed (const char *name)
{
  g_autofree char *path = pln_test_seed_path (name);
  char *text = NULL;

  if (path == NULL)
    return NULL;
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* Every item and sub-item in agenda order, as "1", "1 (a)" … */
static GPtrArray *
flatten (PlnMeeting *meeting)
{
  GPtrArray *all = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *agenda = pln_meeting_get_agenda (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      PlnAgendaItem *item = g_list_model_get_item (agenda, i);
      GListModel *subs = pln_agenda_item_get_sub_items (item);

      g_ptr_array_add (all, item);
      for (guint s = 0; s < g_list_model_get_n_items (subs); s++)
        g_ptr_array_add (all, g_list_model_get_item (subs, s));
    }

  return all;
}

static char *
label_of (PlnMeeting    *meeting,
          PlnAgendaItem *wanted)
{
  g_autoptr(GPtrArray) all = flatten (meeting);
  GListModel *agenda = pln_meeting_get_agenda (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(PlnAgendaItem) item = g_list_model_get_item (agenda, i);
      GListModel *subs = pln_agenda_item_get_sub_items (item);

      if (item == wanted)
        return g_strdup (pln_agenda_item_get_number (item));
      for (guint s = 0; s < g_list_model_get_n_items (subs); s++)
        {
          g_autoptr(PlnAgendaItem) sub = g_list_model_get_item (subs, s);

          if (sub == wanted)
            return g_strdup_printf ("%s (%s)", pln_agenda_item_get_number (item), pln_agenda_item_get_number (sub));
        }
    }

  return g_strdup ("?");
}

static void
check_items (PlnMeeting     *meeting,
             const Expected *expected,
             guint           n_expected)
{
  g_autoptr(GPtrArray) all = flatten (meeting);

  g_assert_cmpuint (all->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      PlnAgendaItem *item = g_ptr_array_index (all, i);
      g_autofree char *label = label_of (meeting, item);
      GListModel *documents = pln_agenda_item_get_documents (item);

      g_assert_cmpstr (label, ==, expected[i].number);
      g_assert_cmpstr (pln_agenda_item_get_title (item), ==, expected[i].title);
      if (expected[i].annotation_start != NULL)
        {
          g_assert_nonnull (pln_agenda_item_get_annotation (item));
          if (!g_str_has_prefix (pln_agenda_item_get_annotation (item), expected[i].annotation_start))
            g_error ("Item %s's annotation starts “%.60s”", label, pln_agenda_item_get_annotation (item));
        }
      if (expected[i].symbol != NULL)
        {
          g_autoptr(PlnDocumentRef) doc = g_list_model_get_item (documents, 0);

          g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 1);
          g_assert_cmpstr (pln_document_ref_get_symbol (doc), ==, expected[i].symbol);
          g_assert_true (g_str_has_prefix (pln_document_ref_get_title (doc), "Background paper prepared by the Secretariat") ||
                         g_str_has_prefix (pln_document_ref_get_title (doc), "Non-paper containing a draft questionnaire"));
        }
      else
        g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 0);
    }
}

static void
check_annex (PlnMeeting  *meeting,
             const char **rows,
             guint        n_rows)
{
  GListModel *sittings = pln_meeting_get_sittings (meeting);

  g_assert_cmpuint (g_list_model_get_n_items (sittings), ==, n_rows);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, i);
      GListModel *placements = pln_sitting_get_placements (sitting);
      g_autoptr(GString) row = g_string_new (NULL);
      char iso[16];

      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", pln_sitting_get_date (sitting));
      g_string_printf (row, "%s %d-%d:", iso, pln_sitting_get_start (sitting), pln_sitting_get_end (sitting));
      for (guint p = 0; p < g_list_model_get_n_items (placements); p++)
        {
          g_autoptr(PlnPlacement) placement = g_list_model_get_item (placements, p);
          g_autofree char *label = label_of (meeting, pln_placement_get_agenda_item (placement));

          g_string_append_printf (row, "%s %s", p ? "," : "", label);
        }
      g_assert_cmpstr (row->str, ==, rows[i]);
    }
}

static PlnAgendaImport *
import_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  PlnAgendaImport *import = pln_agenda_import_new (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static gboolean
has_problem (PlnAgendaImport *import,
             const char      *text)
{
  GArray *problems = pln_agenda_import_get_problems (import);

  for (guint i = 0; i < problems->len; i++)
    if (strstr (g_array_index (problems, PlnImportProblem, i).message, text) != NULL)
      return TRUE;

  return FALSE;
}

static void
check_wg7 (const char *text)
{
  g_autoptr(PlnAgendaImport) import = import_text (text);
  PlnMeeting *meeting = pln_agenda_import_get_meeting (import);
  GDate day;

  g_assert_cmpstr (pln_agenda_import_get_parent_body (import), ==,
                   "Conference of the Parties to the United Nations Convention against Transnational Organized Crime");
  g_assert_cmpstr (pln_agenda_import_get_group_name (import), ==, "Working Group on the Smuggling of Migrants");
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 16, G_DATE_MARCH, 2022);
  g_assert_nonnull (pln_agenda_import_get_distributed (import));
  g_assert_cmpint (g_date_compare (pln_agenda_import_get_distributed (import), &day), ==, 0);
  g_assert_cmpstr (pln_meeting_get_city (meeting), ==, "Vienna");
  g_date_set_dmy (&day, 27, G_DATE_JUNE, 2022);
  g_assert_cmpint (g_date_compare (pln_meeting_get_first_day (meeting), &day), ==, 0);
  g_date_set_dmy (&day, 28, G_DATE_JUNE, 2022);
  g_assert_cmpint (g_date_compare (pln_meeting_get_last_day (meeting), &day), ==, 0);
  g_assert_cmpuint (pln_meeting_get_ordinal (meeting), ==, 9);

  check_items (meeting, wg7_items, G_N_ELEMENTS (wg7_items));
  check_annex (meeting, wg7_annex, G_N_ELEMENTS (wg7_annex));
}

static void
test_wg7 (void)
{
  g_autofree char *text = read_seed ("wg7-2022-annotated-agenda.txt");

  if (text == NULL)
    {
      g_test_skip ("the seed documents are not in ../shared/fixtures/seeds");
      return;
    }

  check_wg7 (text);

  /* Footnotes are notes of the item whose text has the marker, and the
   * paragraph a page break and its footnote cut is one again. */
  {
    g_autoptr(PlnAgendaImport) import = import_text (text);
    g_autoptr(GPtrArray) all = flatten (pln_agenda_import_get_meeting (import));
    PlnAgendaItem *opening = g_ptr_array_index (all, 1);
    PlnAgendaItem *adoption = g_ptr_array_index (all, 2);
    PlnAgendaItem *good = g_ptr_array_index (all, 3);

    g_autoptr(PlnFootnote) first = g_list_model_get_item (pln_agenda_item_get_footnotes (opening), 0);
    g_autoptr(PlnFootnote) second = g_list_model_get_item (pln_agenda_item_get_footnotes (good), 0);
    g_autoptr(PlnFootnote) annex = g_list_model_get_item (pln_meeting_get_annex_footnotes (pln_agenda_import_get_meeting (import)), 0);

    /* Each note once, its mark taken out of the text and its place kept
     * as the words the mark followed. */
    g_assert_cmpuint (g_list_model_get_n_items (pln_agenda_item_get_footnotes (opening)), ==, 1);
    g_assert_true (g_str_has_prefix (pln_footnote_get_text (first), "If the meeting has to be held in a hybrid format"));
    g_assert_null (pln_footnote_get_anchor (first));  /* the mark ends the text */
    g_assert_true (g_str_has_suffix (pln_agenda_item_get_annotation (opening), "on Monday, 27 June, at 10 a.m."));
    g_assert_nonnull (strstr (pln_agenda_item_get_annotation (adoption), "forwarding its reports and recommendations to the Conference"));
    g_assert_cmpuint (g_list_model_get_n_items (pln_agenda_item_get_footnotes (good)), ==, 1);
    g_assert_true (g_str_has_prefix (pln_footnote_get_text (second), "See United Nations Office on Drugs and Crime"));
    g_assert_cmpstr (pln_footnote_get_anchor (second), ==, "2019,");
    g_assert_null (strstr (pln_agenda_item_get_annotation (good), "²"));
    /* Paragraphs stay paragraphs. */
    g_assert_nonnull (strstr (pln_agenda_item_get_annotation (good), "dedicated manner.\n\nFor a focused discussion"));
    /* The annex's own footnote is the annex's. */
    g_assert_true (g_str_has_prefix (pln_footnote_get_text (annex), "If the meeting has to be held in a hybrid format"));
    g_assert_true (g_str_has_suffix (pln_footnote_get_text (annex), "Smuggling of Migrants."));
    g_assert_cmpuint (pln_agenda_import_get_problems (import)->len, ==, 0);
  }
}

static void
test_wg4 (void)
{
  g_autofree char *text = read_seed ("wg4-2018-annotated-agenda.txt");
  g_autoptr(PlnAgendaImport) import = NULL;
  PlnMeeting *meeting;

  if (text == NULL)
    {
      g_test_skip ("the seed documents are not in ../shared/fixtures/seeds");
      return;
    }

  import = import_text (text);
  meeting = pln_agenda_import_get_meeting (import);
  /* The working group and the city on one line, as in this document. */
  g_assert_cmpstr (pln_agenda_import_get_group_name (import), ==, "Working Group on Trafficking in Persons");
  g_assert_cmpstr (pln_meeting_get_city (meeting), ==, "Vienna");
  g_assert_cmpuint (pln_meeting_get_ordinal (meeting), ==, 8);
  check_items (meeting, wg4_items, G_N_ELEMENTS (wg4_items));
  check_annex (meeting, wg4_annex, G_N_ELEMENTS (wg4_annex));
  g_assert_cmpuint (pln_agenda_import_get_problems (import)->len, ==, 0);

  /* "in accordance" … page break … "with Conference resolution 8/2". */
  {
    g_autoptr(GPtrArray) all = flatten (meeting);

    g_assert_nonnull (strstr (pln_agenda_item_get_annotation (g_ptr_array_index (all, 4)),
                              "in accordance with Conference resolution 8/2 (see CTOC/COP/WG.4/2017/3)"));
  }
}

/* ------------------------------------------------------------ variants */

static char *
replace (const char *text,
         const char *from,
         const char *to)
{
  g_autoptr(GString) s = g_string_new (text);

  g_string_replace (s, from, to, 0);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
test_variants (void)
{
  g_autofree char *text = read_seed ("wg7-2022-annotated-agenda.txt");

  if (text == NULL)
    {
      g_test_skip ("the seed documents are not in ../shared/fixtures/seeds");
      return;
    }

  /* Hyphens, em dashes and dashes with spaces in the time slots. */
  {
    g_autofree char *hyphens = replace (text, "–", "-");
    g_autofree char *em = replace (text, "–", " — ");

    check_wg7 (hyphens);
    check_wg7 (em);
  }

  /* The provisional agenda on one line, as when line breaks are lost,
   * and numbering without a space after the dot. */
  {
    g_autofree char *a = replace (text, ";\n - (b)", "; (b)");
    g_autofree char *b = replace (a, ":\n - (a)", ": (a)");
    g_autofree char *c = replace (b, "work.\n2. Good", "work. 2.Good");
    g_autofree char *d = replace (c, "migrants.\n3. Sharing", "migrants. 3.Sharing");

    check_wg7 (d);
  }

  /* Page debris between paragraphs: job number, page number, the symbol
   * at the top of the page; tabs and runs of spaces; HTML paragraphs. */
  {
    g_autofree char *a = replace (text, "\n\nits reports", "\n\nV.22-01234 (E)\n\n2/5\n\nCTOC/COP/WG.7/2022/1\n\nits reports");
    g_autofree char *b = replace (a, "Annotations\n", "<p>Annotations</p>\n");
    g_autofree char *c = replace (b, "Monday, 27 June\t\t", "MONDAY, 27 JUNE");
    g_autofree char *d = replace (c, "10 a.m.–1 p.m.\t1 (a)\t", "10 a.m.–1 p.m.     1 (a)    ");
    g_autofree char *e = replace (d, "5. Other matters\n\nAs no", "5.   Other   matters\n\nAs no");

    check_wg7 (e);
  }

  /* No annex: plenary meetings from the days, and said. */
  {
    g_autofree char *cut = g_strndup (text, strstr (text, "Annex") - text);
    g_autoptr(PlnAgendaImport) import = import_text (cut);
    PlnMeeting *meeting = pln_agenda_import_get_meeting (import);

    check_items (meeting, wg7_items, G_N_ELEMENTS (wg7_items));
    g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_sittings (meeting)), ==, 4);
    g_assert_true (has_problem (import, "no organization of work"));
  }

  /* Items out of order: kept as numbered, and said with the line. */
  {
    g_autofree char *swapped = replace (text, "5. Other matters.\n6. Adoption of the report.",
                                        "6. Adoption of the report.\n5. Other matters.");
    g_autoptr(PlnAgendaImport) import = import_text (swapped);
    GArray *problems = pln_agenda_import_get_problems (import);
    gboolean said = FALSE;

    for (guint i = 0; i < problems->len; i++)
      said |= g_array_index (problems, PlnImportProblem, i).line == 26 &&
              strstr (g_array_index (problems, PlnImportProblem, i).message, "item 6 comes where item 5") != NULL;
    g_assert_true (said);
  }
}

/* Matched to the demo workspace's working group by name, or else by the
 * series of the documentation's symbols. */
static void
test_find_group (void)
{
  g_autofree char *text = read_seed ("wg7-2022-annotated-agenda.txt");
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autoptr(PlnAgendaImport) import = NULL;
  PlnWorkingGroup *group;

  if (text == NULL)
    {
      g_test_skip ("the seed documents are not in ../shared/fixtures/seeds");
      return;
    }

  import = import_text (text);
  group = pln_agenda_import_find_group (import, workspace);
  g_assert_nonnull (group);
  g_assert_cmpstr (pln_working_group_get_symbol_series (group), ==, "CTOC/COP/WG.7");

  {
    g_autofree char *renamed = replace (text, "Working Group on the Smuggling of Migrants\n\nVienna",
                                        "Working Group on Migrant Smuggling\n\nVienna");
    g_autoptr(PlnAgendaImport) other = import_text (renamed);

    g_assert_cmpstr (pln_agenda_import_get_group_name (other), ==, "Working Group on Migrant Smuggling");
    g_assert_true (pln_agenda_import_find_group (other, workspace) == group);
  }

  /* A group the workspace does not have: none, for a new one. */
  {
    g_autofree char *a = replace (text, "Working Group on the Smuggling of Migrants\n\nVienna", "Working Group on Something Else\n\nVienna");
    g_autofree char *b = replace (a, "WG.7", "WG.99");
    g_autoptr(PlnAgendaImport) other = import_text (b);

    g_assert_null (pln_agenda_import_find_group (other, workspace));
  }
}

/* An agenda imported again is known by its working group and days (or
 * its symbol), and what importing it would change is said item by item. */
static void
test_find_meeting (void)
{
  g_autofree char *path = pln_test_data_path ("agenda-example.txt");
  g_autofree char *text = NULL;
  g_autoptr(PlnWorkspace) workspace = pln_workspace_new ();
  g_autoptr(PlnWorkingGroup) group = pln_working_group_new ();
  g_autoptr(PlnAgendaImport) first = NULL;
  g_autoptr(PlnAgendaImport) again = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  PlnMeeting *meeting;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  pln_working_group_set_name (group, "Working Group on Example Matters");
  pln_workspace_append_working_group (workspace, group);

  first = import_text (text);
  g_assert_null (pln_agenda_import_find_meeting (first, workspace));
  meeting = pln_agenda_import_get_meeting (first);
  pln_meeting_set_working_group (meeting, group);
  pln_workspace_append_meeting (workspace, meeting);

  /* The same agenda: that meeting, and nothing would change. */
  again = import_text (text);
  g_assert_true (pln_agenda_import_find_meeting (again, workspace) == meeting);
  changes = pln_agenda_import_describe_changes (again, meeting);
  g_assert_cmpuint (changes->len, ==, 0);

  /* A revised agenda: a new title, a new sub-item, one item fewer. */
  {
    g_autofree char *a = replace (text, "2. Exchange of example practices.", "2. Exchange of example practices and lessons.");
    g_autofree char *b = replace (a, " (b) Adoption of the agenda.\n", " (b) Adoption of the agenda;\n (c) Election of officers.\n");
    g_autofree char *c = replace (b, "3. Adoption of the report.\n", "");
    g_autoptr(PlnAgendaImport) revised = import_text (c);
    g_autoptr(GPtrArray) revised_changes = NULL;
    g_autofree char *all = NULL;

    g_assert_true (pln_agenda_import_find_meeting (revised, workspace) == meeting);
    revised_changes = pln_agenda_import_describe_changes (revised, meeting);
    g_ptr_array_add (revised_changes, NULL);
    all = g_strjoinv ("\n", (char **) revised_changes->pdata);
    g_assert_nonnull (strstr (all, "Item 2: a new title"));
    g_assert_nonnull (strstr (all, "Item 1 (c): added"));
    g_assert_nonnull (strstr (all, "Item 3: removed"));
  }

  /* Other days: another meeting of the group. */
  {
    g_autofree char *later = replace (text, "Geneva, 11-13 November 2025", "Geneva, 18-20 November 2025");
    g_autoptr(PlnAgendaImport) other = import_text (later);

    g_assert_null (pln_agenda_import_find_meeting (other, workspace));
  }
}

/* Footnotes read back as they were written: the same texts, their marks
 * at the same places of the annotations (the anchors can be fewer words:
 * enough to find the mark). */
static void
assert_same_footnotes (GListModel *read,
                       const char *read_text,
                       GListModel *written,
                       const char *written_text)
{
  g_assert_cmpuint (g_list_model_get_n_items (read), ==, g_list_model_get_n_items (written));
  for (guint i = 0; i < g_list_model_get_n_items (read); i++)
    {
      g_autoptr(PlnFootnote) x = g_list_model_get_item (read, i);
      g_autoptr(PlnFootnote) y = g_list_model_get_item (written, i);

      g_assert_cmpstr (pln_footnote_get_text (x), ==, pln_footnote_get_text (y));
      g_assert_cmpuint (pln_footnote_find_mark (x, read_text ?: ""), ==, pln_footnote_find_mark (y, written_text ?: ""));
    }
}

/* The meeting @import read is @source's: items, annotations, footnotes,
 * documentation, symbol, dates of issue, job number and plenary
 * meetings. */
static void
assert_same_meeting (PlnAgendaImport *import,
                     PlnMeeting      *source)
{
  PlnMeeting *meeting = pln_agenda_import_get_meeting (import);
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GPtrArray) written = NULL;
  GListModel *sittings_read, *sittings_written;

  g_assert_cmpuint (pln_agenda_import_get_problems (import)->len, ==, 0);
  g_assert_cmpstr (pln_meeting_get_agenda_symbol (meeting), ==, pln_meeting_get_agenda_symbol (source));
  g_assert_cmpstr (pln_meeting_get_job_number (meeting), ==, pln_meeting_get_job_number (source));
  g_assert_nonnull (pln_meeting_get_issued (meeting));
  g_assert_cmpint (g_date_compare (pln_meeting_get_issued (meeting), pln_meeting_get_issued (source)), ==, 0);
  assert_same_footnotes (pln_meeting_get_annex_footnotes (meeting), NULL, pln_meeting_get_annex_footnotes (source), NULL);

  read = flatten (meeting);
  written = flatten (source);
  g_assert_cmpuint (read->len, ==, written->len);
  for (guint i = 0; i < read->len; i++)
    {
      PlnAgendaItem *r = g_ptr_array_index (read, i);
      PlnAgendaItem *w = g_ptr_array_index (written, i);
      GListModel *rd = pln_agenda_item_get_documents (r);
      GListModel *wd = pln_agenda_item_get_documents (w);

      g_assert_cmpstr (pln_agenda_item_get_number (r), ==, pln_agenda_item_get_number (w));
      g_assert_cmpstr (pln_agenda_item_get_title (r), ==, pln_agenda_item_get_title (w));
      g_assert_cmpstr (pln_agenda_item_get_annotation (r), ==, pln_agenda_item_get_annotation (w));
      assert_same_footnotes (pln_agenda_item_get_footnotes (r), pln_agenda_item_get_annotation (r),
                             pln_agenda_item_get_footnotes (w), pln_agenda_item_get_annotation (w));
      g_assert_cmpuint (g_list_model_get_n_items (rd), ==, g_list_model_get_n_items (wd));
      for (guint d = 0; d < g_list_model_get_n_items (rd); d++)
        {
          g_autoptr(PlnDocumentRef) x = g_list_model_get_item (rd, d);
          g_autoptr(PlnDocumentRef) y = g_list_model_get_item (wd, d);

          g_assert_cmpstr (pln_document_ref_get_symbol (x), ==, pln_document_ref_get_symbol (y));
        }
    }

  sittings_read = pln_meeting_get_sittings (meeting);
  sittings_written = pln_meeting_get_sittings (source);
  g_assert_cmpuint (g_list_model_get_n_items (sittings_read), ==, g_list_model_get_n_items (sittings_written));
  for (guint i = 0; i < g_list_model_get_n_items (sittings_read); i++)
    {
      g_autoptr(PlnSitting) x = g_list_model_get_item (sittings_read, i);
      g_autoptr(PlnSitting) y = g_list_model_get_item (sittings_written, i);

      g_assert_cmpint (g_date_compare (pln_sitting_get_date (x), pln_sitting_get_date (y)), ==, 0);
      g_assert_cmpint (pln_sitting_get_start (x), ==, pln_sitting_get_start (y));
      g_assert_cmpint (pln_sitting_get_end (x), ==, pln_sitting_get_end (y));
      g_assert_cmpuint (g_list_model_get_n_items (pln_sitting_get_placements (x)), ==,
                        g_list_model_get_n_items (pln_sitting_get_placements (y)));
    }
}

/* The PDF's text as pdftotext gives it, or %NULL; with @plain_marks its
 * footnote marks as plain digits ("10 a.m.1;", "1 If the meeting …"), as
 * other extractions give them. */
static char *
pdftotext_layout (const char *path,
                  gboolean    plain_marks)
{
  static const char * const superscripts[][2] = { { "¹", "1" }, { "²", "2" }, { "³", "3" } };
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *out = NULL;
  int status;

  if (program == NULL)
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  for (guint i = 0; plain_marks && i < G_N_ELEMENTS (superscripts); i++)
    {
      g_auto(GStrv) parts = g_strsplit (out, superscripts[i][0], -1);

      g_assert_cmpuint (g_strv_length (parts), >, 1);
      g_free (out);
      out = g_strjoinv (superscripts[i][1], parts);
    }

  return g_steal_pointer (&out);
}

/* The annotated provisional agenda Plenary writes as PDF, read back
 * through poppler: the same meeting as it was written from, footnotes,
 * symbol, date of issue and job number included. The same PDF through
 * pdftotext, its marks as superscripts and as plain digits, too. */
static void
test_pdf (void)
{
#if HAVE_POPPLER
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  PlnMeeting *source = pln_workspace_find_meeting (workspace, "m-wg-7-2022");
  g_autoptr(PlnDocument) document = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "agenda.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnAgendaImport) import = NULL;

  pln_meeting_set_job_number (source, "V.22-01234 (E)");
  document = pln_agenda_document_new (source);
  g_assert_true (pln_document_export (document, PLN_DOCUMENT_FORMAT_PDF, file, NULL, &error));
  import = pln_agenda_import_read_file (file, NULL, &error);
  g_assert_no_error (error);
  assert_same_meeting (import, source);

  for (guint plain = 0; plain < 2; plain++)
    {
      g_autofree char *text = pdftotext_layout (path, plain);
      g_autoptr(PlnAgendaImport) again = NULL;

      if (text == NULL)
        {
          g_test_message ("pdftotext is not installed: its text of the PDF is not read");
          break;
        }
      again = import_text (text);
      assert_same_meeting (again, source);
    }
#else
  g_test_skip ("built without poppler");
#endif
}

static void
test_not_an_agenda (void)
{
  g_autoptr(GError) error = NULL;
  PlnAgendaImport *import;
  const char garbage[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe";
  const char *letter = "Dear colleagues,\n\nPlease find attached the agenda.\n\n1. It is long.\n";

  import = pln_agenda_import_new ("", 0, &error);
  g_assert_null (import);
  g_assert_error (error, PLN_ERROR, PLN_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "empty"));
  g_clear_error (&error);

  import = pln_agenda_import_new (garbage, sizeof garbage - 1, &error);
  g_assert_null (import);
  g_assert_error (error, PLN_ERROR, PLN_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "Line 1: the text is not UTF-8"));
  g_clear_error (&error);

  import = pln_agenda_import_new (letter, strlen (letter), &error);
  g_assert_null (import);
  g_assert_error (error, PLN_ERROR, PLN_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "No provisional agenda"));
}

/* One import of @text, checked, in seconds. */
static double
time_import (const GString *text)
{
  g_autoptr(PlnAgendaImport) import = NULL;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  import = import_text (text->str);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  check_items (pln_agenda_import_get_meeting (import), wg7_items, G_N_ELEMENTS (wg7_items));
  return seconds;
}

/* A large agenda is read whole and right. How fast is for the benchmark
 * (bench-agenda-import, 10 and 50 MB); here only how the time grows: 4 MB
 * must take about 8 times as long as 512 KB, not 64 times (something
 * quadratic). Both are measured in the same run, so the machine's speed
 * and load cancel out; the bound is three times the linear ratio, far from
 * both the noise and the quadratic. */
static void
test_large (void)
{
  g_autofree char *text = read_seed ("wg7-2022-annotated-agenda.txt");
  g_autoptr(GString) small = NULL;
  g_autoptr(GString) large = NULL;
  double small_seconds = G_MAXDOUBLE;
  double large_seconds = G_MAXDOUBLE;

  if (text == NULL)
    {
      g_test_skip ("the seed documents are not in ../shared/fixtures/seeds");
      return;
    }
  if (g_getenv ("PLN_UNDER_VALGRIND") != NULL)
    {
      g_test_skip ("4 MB under valgrind would take many minutes; the other tests cover the same code");
      return;
    }

  small = pln_synth_agenda_text (text, 512 * 1024);
  large = pln_synth_agenda_text (text, 4 * 1024 * 1024);

  /* Each round times both, so that a burst of other work on the machine
   * weighs on both alike; the best of each is kept. */
  for (guint run = 0; run < 3; run++)
    {
      small_seconds = MIN (small_seconds, time_import (small));
      large_seconds = MIN (large_seconds, time_import (large));
    }
  g_test_message ("%.1f MB imported in %.2f s, %.1f MB in %.2f s: %.1f times as long for %.1f times the text",
                  small->len / 1e6, small_seconds, large->len / 1e6, large_seconds,
                  large_seconds / small_seconds, (double) large->len / small->len);
  g_assert_cmpfloat (large_seconds / small_seconds, <, 3.0 * large->len / small->len);
}

/* One read of @text, an agenda or not, in seconds. */
static double
time_read (const GString *text)
{
  g_autoptr(PlnAgendaImport) import = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  import = pln_agenda_import_new (text->str, text->len, &error);
  return (g_get_monotonic_time () - start) / 1e6;
}

/* A line of @length bytes made of @unit, under a heading. */
static GString *
long_line (const char *unit,
           gsize       length)
{
  GString *text = g_string_new ("Item 1 of the provisional agenda");

  while (text->len < length)
    g_string_append (text, unit);
  g_string_append_c (text, '\n');
  return text;
}

/* A single line of many spaces or of many stars (a footnote's mark run
 * long) is read in time that grows with it, not with its square: 8 times
 * the text, not 64 times as long. */
static void
test_long_line (void)
{
  static const char * const units[] = { "*", "1 ", "a\xc2\xa0 b\xe2\x80\x89" };

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_autoptr(GString) small = long_line (units[i], 16 * 1024);
      g_autoptr(GString) large = long_line (units[i], 128 * 1024);
      double small_seconds = G_MAXDOUBLE;
      double large_seconds = G_MAXDOUBLE;

      for (guint run = 0; run < 3; run++)
        {
          small_seconds = MIN (small_seconds, time_read (small));
          large_seconds = MIN (large_seconds, time_read (large));
        }
      g_test_message ("“%s”: %.3f s, then %.3f s for 8 times the text", units[i], small_seconds, large_seconds);
      g_assert_cmpfloat (large_seconds, <, 0.05 + 3.0 * 8 * small_seconds);
    }
}

int
main (int   argc,
      char *argv[])
{
  pln_test_init_home ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agenda-import/wg7-2022", test_wg7);
  g_test_add_func ("/agenda-import/wg4-2018", test_wg4);
  g_test_add_func ("/agenda-import/variants", test_variants);
  g_test_add_func ("/agenda-import/find-group", test_find_group);
  g_test_add_func ("/agenda-import/find-meeting", test_find_meeting);
  g_test_add_func ("/agenda-import/pdf", test_pdf);
  g_test_add_func ("/agenda-import/not-an-agenda", test_not_an_agenda);
  g_test_add_func ("/agenda-import/large", test_large);
  g_test_add_func ("/agenda-import/long-line", test_long_line);

  return g_test_run ();
}
