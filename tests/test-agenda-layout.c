/* test-agenda-layout.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plenary-core.h"
#include "pln-test-util.h"

/* The exported 2022 agenda of the Working Group on the Smuggling of
 * Migrants as the official documents are laid out: the date of issue
 * under "Distr.: General", the job number at the foot of the first page,
 * the symbol at the head of the others and their numbers at their foot,
 * every footnote once, at the foot of the page its mark is on, and the
 * annex's day rows across the table; in PDF (read with pdftotext
 * -layout), DOCX and ODT (their parts, then opened by LibreOffice). */

#define SYMBOL "CTOC/COP/WG.7/2022/1"
#define JOB "V.22-01234 (E)"

typedef struct
{
  PlnWorkspace *workspace;
  PlnDocument  *document;
  GPtrArray    *notes;     /* "¹ If the meeting …", the marks and texts of the notes */
} Fixture;

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
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  PlnMeeting *meeting;

  fixture->workspace = pln_demo_new_workspace ();
  meeting = pln_workspace_find_meeting (fixture->workspace, "m-wg-7-2022");
  pln_meeting_set_job_number (meeting, JOB);
  fixture->document = pln_agenda_document_new (meeting);
  fixture->notes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < pln_document_get_n_blocks (fixture->document); i++)
    {
      const PlnBlock *block = pln_document_get_block (fixture->document, i);

      for (guint n = 0; block->notes != NULL && n < block->notes->len; n++)
        {
          const PlnNote *note = &g_array_index (block->notes, PlnNote, n);
          GString *text = g_string_new (NULL);

          g_assert_cmpuint (note->number, ==, fixture->notes->len + 1);
          append_superscript (text, note->number);
          g_string_append_printf (text, " %s", note->text);
          g_ptr_array_add (fixture->notes, g_string_free (text, FALSE));
        }
    }

  /* Items 1 (a) and 2, and the annex's title. */
  g_assert_cmpuint (fixture->notes->len, ==, 3);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->notes, g_ptr_array_unref);
  g_clear_object (&fixture->document);
  g_clear_object (&fixture->workspace);
}

/* @text with every run of white space one space, without those at its
 * ends: a note wrapped over lines reads as one. */
static char *
collapse (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_isspace (g_utf8_get_char (p)))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          continue;
        }
      g_string_append_unichar (out, g_utf8_get_char (p));
    }

  return g_strdup (g_strstrip (out->str));
}

static guint
count (const char *text,
       const char *piece)
{
  guint n = 0;

  for (const char *p = strstr (text, piece); p != NULL; p = strstr (p + 1, piece))
    n++;
  return n;
}

/* The pages of a PDF as pdftotext -layout gives them, or %NULL. */
static GStrv
pdf_pages (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *out = NULL;
  GStrv pages;
  int status;

  if (program == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return NULL;
    }
  out = pln_test_run (argv, &status);
  g_assert_cmpint (status, ==, 0);
  pages = g_strsplit (out, "\f", -1);
  /* After the last form feed, nothing. */
  g_assert_cmpstr (pages[g_strv_length (pages) - 1], ==, "");
  g_free (pages[g_strv_length (pages) - 1]);
  pages[g_strv_length (pages) - 1] = NULL;
  return pages;
}

/* Every note is once in the whole text of @pages. */
static void
assert_notes_once (Fixture     *fixture,
                   char *const *pages)
{
  g_autofree char *joined = g_strjoinv (" ", (char **) pages);
  g_autofree char *all = collapse (joined);

  for (guint n = 0; n < fixture->notes->len; n++)
    {
      const char *note = g_ptr_array_index (fixture->notes, n);

      /* LibreOffice sets the note's number as plain digits. */
      if (count (all, note) != 1)
        {
          g_autofree char *plain = g_strdup_printf ("%u %s", n + 1, strchr (note, ' ') + 1);

          g_assert_cmpuint (count (all, plain), ==, 1);
        }
    }
}

static void
test_pdf (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *pdf = pln_test_export (fixture->document, PLN_DOCUMENT_FORMAT_PDF, "layout.pdf");
  g_auto(GStrv) pages = pdf_pages (pdf);
  guint next_note = 0;

  if (pages == NULL)
    return;
  g_assert_cmpuint (g_strv_length (pages), >=, 3);
  assert_notes_once (fixture, pages);

  for (guint p = 0; pages[p] != NULL; p++)
    {
      g_autofree char *page = collapse (pages[p]);
      g_autofree char *footer = p == 0 ? g_strdup (JOB) : g_strdup_printf ("%u", p + 1);
      g_autofree char *body = NULL;
      g_autoptr(GString) notes = g_string_new (NULL);
      guint first_note = next_note;

      /* The running header from the second page; the date of issue under
       * "Distr.: General" on the first. */
      if (p > 0)
        g_assert_true (g_str_has_prefix (page, SYMBOL " "));
      else
        g_assert_nonnull (strstr (page, "Distr.: General 16 March 2022 Original: English"));

      /* The job number or the page's number last; before it, the page's
       * notes, after its body. */
      g_assert_true (g_str_has_suffix (page, footer));
      page[strlen (page) - strlen (footer)] = '\0';
      g_strchomp (page);
      while (next_note < fixture->notes->len)
        {
          g_autoptr(GString) candidate = g_string_new (notes->str);

          g_string_append_printf (candidate, "%s%s", candidate->len ? " " : "",
                                  (char *) g_ptr_array_index (fixture->notes, next_note));
          if (strstr (page, candidate->str) == NULL)
            break;
          g_string_assign (notes, candidate->str);
          next_note++;
        }
      g_assert_true (g_str_has_suffix (page, notes->str));
      body = g_strndup (page, strlen (page) - notes->len);

      /* Each note's mark is in the body of its page. */
      for (guint n = first_note; n < next_note; n++)
        {
          g_autoptr(GString) mark = g_string_new (NULL);

          append_superscript (mark, n + 1);
          g_assert_nonnull (strstr (body, mark->str));
        }
    }
  g_assert_cmpuint (next_note, ==, fixture->notes->len);
}

/* The DOCX's parts: footnotes with their separators and references,
 * headers and footers, the day rows spanning the table. */
static void
test_docx (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *docx = pln_test_export (fixture->document, PLN_DOCUMENT_FORMAT_DOCX, "layout.docx");
  g_autofree char *types = pln_test_zip_file_member (docx, "[Content_Types].xml");
  g_autofree char *rels = pln_test_zip_file_member (docx, "word/_rels/document.xml.rels");
  g_autofree char *word = pln_test_zip_file_member (docx, "word/document.xml");
  g_autofree char *footnotes = pln_test_zip_file_member (docx, "word/footnotes.xml");
  g_autofree char *header = pln_test_zip_file_member (docx, "word/header1.xml");
  g_autofree char *footer = pln_test_zip_file_member (docx, "word/footer1.xml");
  g_autofree char *first_footer = pln_test_zip_file_member (docx, "word/footer2.xml");
  g_autofree char *converted = NULL;

  g_assert_nonnull (strstr (types, "/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\""));
  g_assert_nonnull (strstr (rels, "relationships/footnotes\" Target=\"footnotes.xml\""));
  g_assert_nonnull (strstr (footnotes, "w:type=\"separator\" w:id=\"-1\""));
  g_assert_nonnull (strstr (footnotes, "w:type=\"continuationSeparator\" w:id=\"0\""));
  for (guint n = 1; n <= fixture->notes->len; n++)
    {
      g_autofree char *reference = g_strdup_printf ("<w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"%u\"/>", n);
      g_autofree char *note = g_strdup_printf ("<w:footnote w:id=\"%u\">", n);

      g_assert_cmpuint (count (word, reference), ==, 1);
      g_assert_cmpuint (count (footnotes, note), ==, 1);
    }
  g_assert_nonnull (strstr (header, SYMBOL));
  g_assert_nonnull (strstr (footer, "w:instr=\" PAGE \""));
  g_assert_nonnull (strstr (first_footer, JOB));
  g_assert_nonnull (strstr (word, "<w:headerReference w:type=\"default\""));
  g_assert_nonnull (strstr (word, "<w:titlePg/>"));
  /* Monday and Tuesday across the table. */
  g_assert_cmpuint (count (word, "<w:gridSpan w:val=\"3\"/>"), ==, 2);
  g_assert_nonnull (strstr (word, "<w:i/></w:rPr><w:t xml:space=\"preserve\">(continued)</w:t>"));

  converted = pln_test_libreoffice_to_pdf (docx);
  if (converted != NULL)
    {
      g_auto(GStrv) pages = pdf_pages (converted);

      if (pages == NULL)
        return;
      assert_notes_once (fixture, pages);
      g_assert_nonnull (strstr (pages[0], JOB));
      g_assert_nonnull (strstr (pages[1], SYMBOL));
    }
}

static void
test_odt (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *odt = pln_test_export (fixture->document, PLN_DOCUMENT_FORMAT_ODT, "layout.odt");
  g_autofree char *content = pln_test_zip_file_member (odt, "content.xml");
  g_autofree char *styles = pln_test_zip_file_member (odt, "styles.xml");
  g_autofree char *converted = NULL;

  for (guint n = 1; n <= fixture->notes->len; n++)
    {
      g_autofree char *note = g_strdup_printf ("<text:note text:id=\"ftn%u\" text:note-class=\"footnote\">"
                                               "<text:note-citation>%u</text:note-citation><text:note-body>", n, n);

      g_assert_cmpuint (count (content, note), ==, 1);
    }
  g_assert_cmpuint (count (content, "table:number-columns-spanned=\"3\""), ==, 2);
  g_assert_nonnull (strstr (content, "<text:span text:style-name=\"SpanItalic\">(continued)</text:span>"));
  g_assert_nonnull (strstr (content, "style:master-page-name=\"First_20_Page\""));
  g_assert_nonnull (strstr (styles, "<style:header><text:p text:style-name=\"Header\">" SYMBOL));
  g_assert_nonnull (strstr (styles, "<text:page-number text:select-page=\"current\">"));
  g_assert_nonnull (strstr (styles, JOB "</text:p></style:footer>"));

  converted = pln_test_libreoffice_to_pdf (odt);
  if (converted != NULL)
    {
      g_auto(GStrv) pages = pdf_pages (converted);

      if (pages == NULL)
        return;
      assert_notes_once (fixture, pages);
      g_assert_nonnull (strstr (pages[0], JOB));
      g_assert_nonnull (strstr (pages[1], SYMBOL));
    }
}

int
main (int   argc,
      char *argv[])
{
  pln_test_init_home ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/agenda-layout/pdf", Fixture, NULL, fixture_set_up, test_pdf, fixture_tear_down);
  g_test_add ("/agenda-layout/docx", Fixture, NULL, fixture_set_up, test_docx, fixture_tear_down);
  g_test_add ("/agenda-layout/odt", Fixture, NULL, fixture_set_up, test_odt, fixture_tear_down);

  return g_test_run ();
}
