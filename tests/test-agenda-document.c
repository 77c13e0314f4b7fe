/* test-agenda-document.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plenary-core.h"
#include "pln-test-util.h"

/* The annotated provisional agenda generated from the demo's 2022 meeting
 * of the Working Group on the Smuggling of Migrants has the structure of
 * the document it was typed in from: every item, sub-item, heading,
 * documentation symbol and row of the annex, in the same order. The
 * writers are checked on it: text, PDF (pdftotext), DOCX and ODT (XML
 * parsed, ODT's "mimetype" first and stored), and LibreOffice opens them. */

static PlnMeeting *
wg7_2022 (PlnWorkspace *workspace)
{
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, "m-wg-7-2022");

  g_assert_nonnull (meeting);
  return meeting;
}

/* Every text of the document, in order: block texts, labels and cells. */
static GPtrArray *
document_strings (PlnDocument *document)
{
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < pln_document_get_n_blocks (document); i++)
    {
      const PlnBlock *block = pln_document_get_block (document, i);

      if (block->kind == PLN_BLOCK_TABLE)
        for (guint r = 0; r < block->rows->len; r++)
          {
            char **row = g_ptr_array_index (block->rows, r);
            g_ptr_array_add (strings, g_strjoinv (" | ", row));
          }
      else
        g_ptr_array_add (strings, g_strdup_printf ("%s%s%s", block->label ?: "", block->label ? " " : "", block->text));
    }

  return strings;
}

static void
assert_in_order (GPtrArray          *strings,
                 const char * const *expected)
{
  guint position = 0;

  for (guint e = 0; expected[e] != NULL; e++)
    {
      gboolean found = FALSE;

      for (; position < strings->len && !found; position++)
        found = strstr (g_ptr_array_index (strings, position), expected[e]) != NULL;

      if (!found)
        g_error ("“%s” is missing or out of order", expected[e]);
    }
}

static void
test_structure (void)
{
  /* Read from the seed document wg7-2022-annotated-agenda.txt. */
  static const char * const expected[] = {
    "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
    "Working Group on the Smuggling of Migrants",
    "Vienna, 27 and 28 June 2022",
    "Annotated provisional agenda",
    "Provisional agenda",
    "1. Organizational matters:",
    "(a) Opening of the meeting;",
    "(b) Adoption of the agenda and organization of work.",
    "2. Good practices in cooperating with the private sector to prevent and combat the smuggling of migrants.",
    "3. Sharing national procedures to investigate the smuggling of migrants with a view to enhancing international cooperation and the possible harmonization of approaches.",
    "4. Matters pertaining to the Mechanism for the Review of the Implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto.",
    "5. Other matters.",
    "6. Adoption of the report.",
    "Annotations",
    "1. Organizational matters",
    "(a) Opening of the meeting",
    "(b) Adoption of the agenda and organization of work",
    "2. Good practices in cooperating with the private sector",
    "Documentation",
    "(CTOC/COP/WG.7/2022/2)",
    "3. Sharing national procedures",
    "Documentation",
    "(CTOC/COP/WG.7/2022/3)",
    "4. Matters pertaining to the Mechanism",
    "5. Other matters",
    "6. Adoption of the report",
    "Annex",
    "Proposed organization of work",
    "Date and time | Agenda item | Title or description",
    "Monday, 27 June",
    "10 a.m.–1 p.m. | 1 (a) | Opening of the meeting",
    " | 1 (b) | Adoption of the agenda and organization of work",
    "3–6 p.m. | 2 | Good practices",
    " | 2 | Good practices in cooperating with the private sector to prevent and combat the smuggling of migrants (continued)",
    " | 3 | Sharing national procedures",
    "Tuesday, 28 June",
    "10 a.m.–1 p.m. | 3 | Sharing national procedures to investigate the smuggling of migrants with a view to enhancing international cooperation and the possible harmonization of approaches (continued)",
    " | 4 | Matters pertaining to the Mechanism",
    "3–6 p.m. | 5 | Other matters",
    " | 6 | Adoption of the report",
    NULL
  };
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autoptr(PlnDocument) document = pln_agenda_document_new (wg7_2022 (workspace));
  g_autoptr(GPtrArray) strings = document_strings (document);

  assert_in_order (strings, expected);
}

/* Where the seed is beside the checkout, its annex and symbols are read
 * from it and compared with the generated document's. */
static void
test_against_seed (void)
{
  g_autofree char *path = pln_test_seed_path ("wg7-2022-annotated-agenda.txt");
  g_autofree char *seed = NULL;
  g_autoptr(GRegex) row_re = g_regex_new ("^(?:[^\\t\\n]*)\\t(\\d+(?: \\([a-z]\\))?)\\t", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GRegex) symbol_re = g_regex_new ("CTOC/COP/WG\\.7/2022/\\d+", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autoptr(PlnDocument) document = pln_agenda_document_new (wg7_2022 (workspace));
  g_autoptr(GString) seed_items = g_string_new (NULL);
  g_autoptr(GString) our_items = g_string_new (NULL);
  g_autoptr(GString) seed_symbols = g_string_new (NULL);
  g_autoptr(GString) our_symbols = g_string_new (NULL);

  if (path == NULL)
    {
      g_test_skip ("The seed documents are not beside this checkout (../shared/fixtures/seeds)");
      return;
    }

  g_assert_true (g_file_get_contents (path, &seed, NULL, NULL));

  for (g_regex_match (row_re, seed, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *item = g_match_info_fetch (match, 1);
      g_string_append_printf (seed_items, "%s;", item);
    }
  g_clear_pointer (&match, g_match_info_free);
  for (g_regex_match (symbol_re, seed, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *symbol = g_match_info_fetch (match, 0);
      g_string_append_printf (seed_symbols, "%s;", symbol);
    }

  for (guint i = 0; i < pln_document_get_n_blocks (document); i++)
    {
      const PlnBlock *block = pln_document_get_block (document, i);

      if (block->kind == PLN_BLOCK_TABLE)
        for (guint r = 1; r < block->rows->len; r++)
          {
            char **row = g_ptr_array_index (block->rows, r);
            if (row[1][0] != '\0')
              g_string_append_printf (our_items, "%s;", row[1]);
          }
      /* The documentation's symbols; the agenda's own (…/2022/1, of the
       * header) is not in the seed's text. */
      else if (strstr (block->text, "CTOC/COP/WG.7/2022/") != NULL && !g_str_equal (block->text, "CTOC/COP/WG.7/2022/1"))
        {
          g_autoptr(GMatchInfo) m = NULL;

          if (g_regex_match (symbol_re, block->text, 0, &m))
            {
              g_autofree char *symbol = g_match_info_fetch (m, 0);
              g_string_append_printf (our_symbols, "%s;", symbol);
            }
        }
    }

  g_assert_cmpstr (seed_items->str, ==, "1 (a);1 (b);2;2;3;3;4;5;6;");
  g_assert_cmpstr (our_items->str, ==, seed_items->str);
  g_assert_cmpstr (our_symbols->str, ==, seed_symbols->str);
}

/* The XML parses, and its text holds the pieces in order. */
static void
assert_xml_text (const char         *xml,
                 const char * const *expected)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  static const GMarkupParser parser = { NULL };

  context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_assert_true (g_markup_parse_context_parse (context, xml, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);

  pln_test_assert_in_order (xml, expected);
}

static void
test_formats (void)
{
  static const char * const expected[] = {
    "Annotated provisional agenda", "Organizational matters", "CTOC/COP/WG.7/2022/2",
    "CTOC/COP/WG.7/2022/3", "Proposed organization of work", "Adoption of the report", NULL
  };
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autoptr(PlnDocument) document = pln_agenda_document_new (wg7_2022 (workspace));
  g_autofree char *txt = pln_test_export (document, PLN_DOCUMENT_FORMAT_TEXT, "agenda.txt");
  g_autofree char *pdf = pln_test_export (document, PLN_DOCUMENT_FORMAT_PDF, "agenda.pdf");
  g_autofree char *docx = pln_test_export (document, PLN_DOCUMENT_FORMAT_DOCX, "agenda.docx");
  g_autofree char *odt = pln_test_export (document, PLN_DOCUMENT_FORMAT_ODT, "agenda.odt");
  g_autofree char *text = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  int status;

  /* Text: the items wrapped under their labels. */
  g_assert_true (g_file_get_contents (txt, &text, NULL, NULL));
  g_assert_true (strstr (text, "1.   Organizational matters:\n") != NULL);
  g_assert_true (strstr (text, "    (a)  Opening of the meeting;\n") != NULL);

  /* PDF: its text, extracted. */
  if (pdftotext != NULL)
    {
      const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
      g_autofree char *extracted = pln_test_run (argv, &status);

      g_assert_cmpint (status, ==, 0);
      pln_test_assert_in_order (extracted, expected);
    }
  else
    g_test_message ("pdftotext is not installed: the PDF's text is not checked");

  /* DOCX and ODT: XML that parses, with the texts in order. */
  {
    g_autofree char *word = pln_test_zip_file_member (docx, "word/document.xml");
    g_autofree char *content = pln_test_zip_file_member (odt, "content.xml");

    assert_xml_text (word, expected);
    assert_xml_text (content, expected);
  }

  /* "mimetype" is the first member, stored uncompressed: its name is at
   * offset 30 of the file, right after the first local header. */
  {
    g_autoptr(GBytes) zip = pln_test_read_bytes (odt);
    g_autofree char *mimetype = pln_test_zip_member (zip, "mimetype");
    const char *data = g_bytes_get_data (zip, NULL);

    g_assert_cmpstr (mimetype, ==, "application/vnd.oasis.opendocument.text");
    g_assert_cmpint (memcmp (data + 30, "mimetype", 8), ==, 0);
    g_assert_cmpint (data[8] | (data[9] << 8), ==, 0);  /* method 0: stored */
  }

  g_free (pln_test_libreoffice_to_pdf (docx));
  g_free (pln_test_libreoffice_to_pdf (odt));
}

static void
test_escaping_and_rtl (void)
{
  g_autoptr(PlnDocument) document = pln_document_new ("Escaping <&> \"test\"");
  g_autofree char *text = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "esc", NULL);
  static const char * const expected[] = { "&lt;b&gt;bold&lt;/b&gt; &amp;amp; “quotes” &quot;", "بعثة مصر", NULL };

  pln_document_add_item (document, 0, "1.", "<b>bold</b> &amp; “quotes” \"");
  pln_document_add_item (document, 0, "2.", "بعثة مصر الدائمة");

  text = pln_test_document_text (document);
  g_assert_cmpstr (text, ==,
                   "1.   <b>bold</b> &amp; “quotes” \"\n\n2.   بعثة مصر الدائمة\n");

  g_mkdir_with_parents (dir, 0700);
  {
    g_autofree char *docx_path = pln_test_export (document, PLN_DOCUMENT_FORMAT_DOCX, "esc/e.docx");
    g_autofree char *odt_path = pln_test_export (document, PLN_DOCUMENT_FORMAT_ODT, "esc/e.odt");
    g_autofree char *word = pln_test_zip_file_member (docx_path, "word/document.xml");
    g_autofree char *content = pln_test_zip_file_member (odt_path, "content.xml");

    assert_xml_text (word, expected);
    assert_xml_text (content, expected);
    /* The Arabic paragraph is set right to left. */
    g_assert_true (strstr (word, "<w:bidi/>") != NULL);
    g_assert_true (strstr (content, "ItemRtl") != NULL);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) pdf = pln_document_export_to_bytes (document, PLN_DOCUMENT_FORMAT_PDF, &error);

    g_assert_no_error (error);
    g_assert_true (g_bytes_get_size (pdf) > 1000);
    g_assert_cmpint (memcmp (g_bytes_get_data (pdf, NULL), "%PDF", 4), ==, 0);
  }
}

/* Control characters other than tab and newline leave every kind of
 * block of a text export: title, headings, paragraphs, labels, cells. */
static void
test_control_characters (void)
{
  static const char * const headers[] = { "Time\033[0m", "Item", NULL };
  static const char * const row[] = { "10\a a.m.", "1 \xc2\x9b" "(a)\x7f", NULL };
  static const double widths[] = { 0.3, 0.7 };
  g_autoptr(PlnDocument) document = pln_document_new ("Controls");
  g_autofree char *text = NULL;

  pln_document_add_title (document, "Ti\033]0;pwned\atle");
  pln_document_add_heading (document, 1, "Head\x1b[2Jing");
  pln_document_add_paragraph (document, "Para\x08graph\twith a tab\x0c\x1f", PLN_TEXT_PLAIN);
  pln_document_add_item (document, 0, "1.\033[5m", "It\xc2\x80" "em \xc2\x9f" "text");
  pln_document_begin_table (document, 2, headers, widths);
  pln_document_add_row (document, row);

  text = pln_test_document_text (document);
  g_assert_cmpstr (text, ==,
                   "Ti]0;pwnedtle\n\n"
                   "Head[2Jing\n"
                   "==========\n\n"
                   "Paragraph\twith a tab\n\n"
                   "1.[5m Item text\n\n"
                   "Time[0m | Item\n"
                   "------------------------------------------------------------------------\n"
                   "10 a.m. | 1 (a)\n");
}

static void
test_time_ranges (void)
{
  g_autofree char *a = pln_time_range_format_en (600, 780);
  g_autofree char *b = pln_time_range_format_en (900, 1080);
  g_autofree char *c = pln_time_range_format_en (570, 690);

  g_assert_cmpstr (a, ==, "10 a.m.–1 p.m.");
  g_assert_cmpstr (b, ==, "3–6 p.m.");
  g_assert_cmpstr (c, ==, "9.30–11.30 a.m.");
}

int
main (int   argc,
      char *argv[])
{
  pln_test_init_home ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agenda-document/structure", test_structure);
  g_test_add_func ("/agenda-document/against-seed", test_against_seed);
  g_test_add_func ("/agenda-document/time-ranges", test_time_ranges);
  g_test_add_func ("/document/escaping-and-rtl", test_escaping_and_rtl);
  g_test_add_func ("/document/control-characters", test_control_characters);
  g_test_add_func ("/agenda-document/formats", test_formats);

  return g_test_run ();
}
