/* test-document-words.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plenary-core.h"
#include "pln-test-util.h"

/* Every character of a document reaches every format. The non-paper, the
 * annotated agenda, the list of participants and the report are built from the demo's
 * 2022 meeting with texts of ordinary length, long ones (a recommendation
 * of 2 500 words, an annotation of 10 000 characters, an agenda item's
 * title of 2 500 words, which fills table cells taller than a page) and a
 * word of 100 000 letters, and exported. The non-blank characters of each
 * file (the PDF read back with pdftotext, the XML of the DOCX and the ODT
 * without its tags, the text export) are those of the document's blocks,
 * in the same order. */

/* Under valgrind (meson test --setup valgrind) the long texts are shorter:
 * the same pages are cut, in minutes rather than hours. */
typedef struct
{
  guint long_words;       /* a long recommendation, an agenda item's title */
  guint long_characters;  /* an annotation */
  guint word_length;      /* one word */
} Sizes;

static Sizes sizes = { 2500, 10000, 100000 };

static const char * const vocabulary[] = {
  "States", "should", "cooperate", "with", "shipping", "companies", "to", "detect", "smuggling;",
  "migrants’", "rights,", "&", "<b>national</b>", "procedures", "“good", "practices”", "(2022)",
  "São", "Tomé", "Côte", "d’Ivoire", "1.5", "per", "cent", "—", "e.g.", "financial", "service",
  "providers", "affine", "efficient", "'quoted'", "\"double\"", "a/b", "CTOC/COP/WG.7/2022/2",
};

static char *
make_words (guint n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, vocabulary[(i * 7 + i / 5) % G_N_ELEMENTS (vocabulary)]);
    }
  g_string_append_c (text, '.');

  return g_string_free (text, FALSE);
}

static char *
make_characters (guint n_characters)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; g_utf8_strlen (text->str, text->len) < n_characters; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "", vocabulary[(i * 11) % G_N_ELEMENTS (vocabulary)]);

  return g_string_free (text, FALSE);
}

/* One word, no space in it: letters, accented ones among them. */
static char *
make_word (guint length)
{
  static const char * const letters[] = { "a", "b", "c", "d", "é", "f", "g", "h", "i", "j", "k", "l", "m",
                                          "n", "ö", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z" };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < length; i++)
    g_string_append (text, letters[(i + i / 26) % G_N_ELEMENTS (letters)]);

  return g_string_free (text, FALSE);
}

/* The text's characters without its spaces and line breaks. */
static void
append_visible (GString    *out,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }
}

/* How a format has a block's footnotes: DOCX has neither marks nor
 * notes in its document part (they are references, and a part of their
 * own); ODT the mark's digits and the note where the mark is; the text
 * export superscript marks and the notes after the block; the PDF
 * superscript marks, its notes at the foot of the page (read apart). */
typedef enum
{
  NOTES_NONE,
  NOTES_INLINE,
  NOTES_AFTER,
  NOTES_MARKS,
} NotesIn;

static void
append_superscript (GString *out,
                    guint    number)
{
  static const char * const digits[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };
  g_autofree char *decimal = g_strdup_printf ("%u", number);

  for (const char *p = decimal; *p != '\0'; p++)
    g_string_append (out, digits[*p - '0']);
}

/* A block's text with its notes as @notes_in says. */
static void
append_marked (GString        *out,
               const PlnBlock *block,
               NotesIn         notes_in)
{
  gsize done = 0;

  for (guint n = 0; block->notes != NULL && n < block->notes->len; n++)
    {
      const PlnNote *note = &g_array_index (block->notes, PlnNote, n);
      g_autofree char *before = g_strndup (block->text + done, note->offset - done);
      g_autofree char *number = g_strdup_printf ("%u", note->number);

      append_visible (out, before);
      done = note->offset;
      if (notes_in == NOTES_INLINE)
        {
          append_visible (out, number);
          append_visible (out, note->text);
        }
      else if (notes_in != NOTES_NONE)
        append_superscript (out, note->number);
    }
  append_visible (out, block->text + done);

  for (guint n = 0; notes_in == NOTES_AFTER && block->notes != NULL && n < block->notes->len; n++)
    {
      const PlnNote *note = &g_array_index (block->notes, PlnNote, n);

      append_superscript (out, note->number);
      append_visible (out, note->text);
    }
}

/* The document's footnotes, in order, each with its mark. */
static GString *
notes_characters (PlnDocument *document,
                  gboolean     with_marks)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < pln_document_get_n_blocks (document); i++)
    {
      const PlnBlock *block = pln_document_get_block (document, i);

      for (guint n = 0; block->notes != NULL && n < block->notes->len; n++)
        {
          if (with_marks)
            append_superscript (out, g_array_index (block->notes, PlnNote, n).number);
          append_visible (out, g_array_index (block->notes, PlnNote, n).text);
        }
    }

  return out;
}

/* The document's own characters, block after block: titles, headings,
 * paragraphs, items' labels and texts, and every cell of a table. */
static GString *
model_characters (PlnDocument *document,
                  NotesIn      notes_in)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < pln_document_get_n_blocks (document); i++)
    {
      const PlnBlock *block = pln_document_get_block (document, i);

      if (block->kind == PLN_BLOCK_TABLE)
        for (guint r = 0; r < block->rows->len; r++)
          {
            char **row = g_ptr_array_index (block->rows, r);

            for (guint c = 0; c < block->n_columns; c++)
              append_visible (out, row[c]);
          }
      else if (block->kind != PLN_BLOCK_PAGE_BREAK)
        {
          append_visible (out, block->label ?: "");
          append_marked (out, block, notes_in);
        }
    }

  return out;
}

static char *
excerpt (const char *text)
{
  return g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 50));
}

static void
assert_same_characters (const char    *what,
                        const GString *expected,
                        const GString *actual)
{
  g_autofree char *expected_excerpt = NULL;
  g_autofree char *actual_excerpt = NULL;
  gsize at = 0;

  if (g_string_equal (expected, actual))
    return;

  while (at < expected->len && at < actual->len && expected->str[at] == actual->str[at])
    at++;
  while (at > 0 && (expected->str[at] & 0xc0) == 0x80)
    at--;

  expected_excerpt = excerpt (expected->str + at);
  actual_excerpt = excerpt (actual->str + at);
  g_test_fail_printf ("%s: %zu bytes of text, the document has %zu; from byte %zu on,\n"
                      "  the document has “%s…”\n  the file has     “%s…”",
                      what, actual->len, expected->len, at, expected_excerpt, actual_excerpt);
}

static gboolean
is_rtl (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  return script == G_UNICODE_SCRIPT_ARABIC || script == G_UNICODE_SCRIPT_HEBREW;
}

static int
compare_unichars (gconstpointer a,
                  gconstpointer b)
{
  return (int) *(const gunichar *) a - (int) *(const gunichar *) b;
}

/* pdftotext gives right-to-left text in an order of its own: between
 * marks of embedding (U+202B … U+202C), with the punctuation around it
 * moved. Each stretch of right-to-left letters and the punctuation
 * touching them is compared as the characters it has, in the order of
 * their code points; the rest keeps its order. */
static void
sort_rtl_stretches (GString *text)
{
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (text->str, text->len, NULL);
  glong n = 0;
  glong start = 0;

  g_string_truncate (text, 0);
  for (glong i = 0; chars[i] != 0; i++)
    if (!(chars[i] >= 0x202a && chars[i] <= 0x202e) && !(chars[i] >= 0x2066 && chars[i] <= 0x2069) &&
        chars[i] != 0x200e && chars[i] != 0x200f)
      chars[n++] = chars[i];

  while (start < n)
    {
      glong end = start;
      gboolean rtl = FALSE;

      while (end < n && (is_rtl (chars[end]) || !g_unichar_isalnum (chars[end])))
        rtl |= is_rtl (chars[end++]);
      if (rtl)
        qsort (chars + start, end - start, sizeof (gunichar), compare_unichars);
      for (glong i = start; i < MAX (end, start + 1); i++)
        g_string_append_unichar (text, chars[i]);
      start = MAX (end, start + 1);
    }
}

static char *
export (PlnDocument       *document,
        PlnDocumentFormat  format,
        const char        *name)
{
  g_autofree char *basename = g_strdup_printf ("%s.%s", name, pln_document_format_get_extension (format));
  char *path = g_build_filename (g_get_user_data_dir (), basename, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (pln_document_export (document, format, file, NULL, &error));
  g_assert_no_error (error);
  return path;
}

/* The characters of each table's header row. */
static GPtrArray *
table_headers (PlnDocument *document)
{
  GPtrArray *headers = g_ptr_array_new_with_free_func ((GDestroyNotify) g_string_free);

  for (guint i = 0; i < pln_document_get_n_blocks (document); i++)
    {
      const PlnBlock *block = pln_document_get_block (document, i);
      GString *header;

      if (block->kind != PLN_BLOCK_TABLE)
        continue;

      header = g_string_new (NULL);
      for (guint c = 0; c < block->n_columns; c++)
        append_visible (header, ((char **) g_ptr_array_index (block->rows, 0))[c]);
      g_ptr_array_add (headers, header);
    }

  return headers;
}

/* A table's header row repeated at the top of a page, where the table
 * goes on: at the start of @page, and already met before it. */
static void
remove_repeated_header (GString       *page,
                        const GString *before,
                        GPtrArray     *headers)
{
  for (guint h = 0; h < headers->len; h++)
    {
      const GString *header = g_ptr_array_index (headers, h);

      if (g_str_has_prefix (page->str, header->str) && strstr (before->str, header->str) != NULL)
        {
          g_string_erase (page, 0, header->len);
          return;
        }
    }
}

/* The footnotes at the end of @page, taken out of it in their order
 * and added to @notes: the document's notes, from @next on. */
static void
take_notes (GString     *page,
            GString     *notes,
            PlnDocument *document,
            guint       *next)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) g_free);
  guint first = *next;
  gsize at;

  for (guint i = 0; i < pln_document_get_n_blocks (document); i++)
    {
      const PlnBlock *block = pln_document_get_block (document, i);

      for (guint n = 0; block->notes != NULL && n < block->notes->len; n++)
        {
          g_autoptr(GString) note = g_string_new (NULL);

          append_superscript (note, g_array_index (block->notes, PlnNote, n).number);
          append_visible (note, g_array_index (block->notes, PlnNote, n).text);
          g_ptr_array_add (all, g_string_free (g_steal_pointer (&note), FALSE));
        }
    }

  /* The page's notes are the last thing on it but its number: as many of
   * the next notes as end it, in their order. */
  for (guint count = all->len - first; count > 0; count--)
    {
      g_autoptr(GString) tail = g_string_new (NULL);

      for (guint n = first; n < first + count; n++)
        g_string_append (tail, g_ptr_array_index (all, n));
      if (g_str_has_suffix (page->str, tail->str))
        {
          at = page->len - tail->len;
          g_string_append (notes, tail->str);
          g_string_truncate (page, at);
          *next = first + count;
          return;
        }
    }
}

/* The characters of the PDF, as pdftotext reads them in the order they
 * were drawn (-raw; else it reads a table column by column): without the
 * running header at the head of the pages after the first, the page's
 * number at the foot of each page (the job number on the first), the
 * header rows repeated and the footnotes at the foot of the pages, which
 * go to @notes. */
static GString *
pdf_characters (const char  *path,
                GPtrArray   *headers,
                PlnDocument *document,
                GString     *notes)
{
  const char *argv[] = { "pdftotext", "-raw", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = NULL;
  g_auto(GStrv) pages = NULL;
  g_autoptr(GError) error = NULL;
  GString *characters = g_string_new (NULL);
  guint n_pages;
  guint next_note = 0;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* Each page ends with a form feed. */
  pages = g_strsplit (out, "\f", -1);
  n_pages = g_strv_length (pages) - 1;
  for (guint p = 0; p < n_pages; p++)
    {
      g_auto(GStrv) lines = g_strsplit (pages[p], "\n", -1);
      const char *job = p == 0 ? pln_document_get_first_footer (document) : NULL;
      const char *running = p > 0 ? pln_document_get_running_header (document) : NULL;
      g_autofree char *number = job != NULL ? g_strdup (job) : g_strdup_printf ("%u", p + 1);
      g_autoptr(GString) page = g_string_new (NULL);
      gboolean footer = n_pages > 1 || job != NULL;
      int last = (int) g_strv_length (lines) - 1;
      int l = 0;

      /* The number (or the job number) is drawn last on its page, the
       * running header first. */
      while (footer && last >= 0 && *g_strstrip (lines[last]) == '\0')
        last--;
      if (footer)
        {
          g_assert_cmpint (last, >=, 0);
          g_assert_cmpstr (lines[last], ==, number);
        }
      if (running != NULL)
        {
          g_assert_cmpstr (g_strstrip (lines[0]), ==, running);
          l = 1;
        }

      for (; lines[l] != NULL; l++)
        if (!footer || l != last)
          append_visible (page, lines[l]);
      take_notes (page, notes, document, &next_note);
      remove_repeated_header (page, characters, headers);
      g_string_append_len (characters, page->str, page->len);
    }

  return characters;
}

/* The text of an XML file: its tags left out, the five entities
 * pln_xml_append_escaped() writes read back. */
static GString *
xml_characters (const char *xml)
{
  static const char * const entities[][2] = {
    { "&lt;", "<" }, { "&gt;", ">" }, { "&amp;", "&" }, { "&quot;", "\"" }, { "&apos;", "'" },
  };
  g_autoptr(GString) text = g_string_new (NULL);
  GString *characters = g_string_new (NULL);
  const char *p = xml;

  while (*p != '\0')
    {
      gboolean entity = FALSE;

      if (*p == '<')
        {
          p = strchr (p, '>');
          g_assert_nonnull (p);
          p++;
          continue;
        }

      for (guint e = 0; *p == '&' && e < G_N_ELEMENTS (entities); e++)
        if (g_str_has_prefix (p, entities[e][0]))
          {
            g_string_append (text, entities[e][1]);
            p += strlen (entities[e][0]);
            entity = TRUE;
            break;
          }
      if (!entity)
        g_string_append_c (text, *p++);
    }

  append_visible (characters, text->str);
  return characters;
}

static GString *
zip_member_characters (const char *path,
                       const char *name)
{
  g_autofree char *xml = pln_test_zip_file_member (path, name);

  return xml_characters (xml);
}

/* The text export without what it draws: the lines under headings and
 * under a table's header row, and the bars between a row's cells. */
static GString *
text_characters (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GString *characters = g_string_new (NULL);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_auto(GStrv) words = NULL;

      if (lines[l][0] != '\0' && (strspn (lines[l], "=") == strlen (lines[l]) ||
                                  strspn (lines[l], "-") == strlen (lines[l])))
        continue;

      words = g_strsplit (lines[l], " ", -1);
      for (guint w = 0; words[w] != NULL; w++)
        if (!g_str_equal (words[w], "|"))
          append_visible (characters, words[w]);
    }

  return characters;
}

static gboolean
have_pdftotext (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  if (path != NULL)
    return TRUE;

  /* Continuous integration has it, or says why it does not. */
  if (g_strcmp0 (g_getenv ("CI"), "true") == 0)
    g_test_fail_printf ("pdftotext is not installed, and CI is true: install poppler-utils");
  else
    g_test_skip ("pdftotext is not installed (poppler-utils): the PDF is not read back");

  return FALSE;
}

static void
assert_every_format (PlnDocument *document,
                     const char  *name)
{
  g_autoptr(GString) model = model_characters (document, NOTES_MARKS);
  g_autoptr(GString) docx_model = model_characters (document, NOTES_NONE);
  g_autoptr(GString) odt_model = model_characters (document, NOTES_INLINE);
  g_autoptr(GString) text_model = model_characters (document, NOTES_AFTER);
  g_autoptr(GString) notes = notes_characters (document, TRUE);
  g_autoptr(GString) docx_notes = notes_characters (document, FALSE);
  g_autofree char *pdf = export (document, PLN_DOCUMENT_FORMAT_PDF, name);
  g_autofree char *docx = export (document, PLN_DOCUMENT_FORMAT_DOCX, name);
  g_autofree char *odt = export (document, PLN_DOCUMENT_FORMAT_ODT, name);
  g_autofree char *text = export (document, PLN_DOCUMENT_FORMAT_TEXT, name);
  g_autoptr(GString) docx_characters = zip_member_characters (docx, "word/document.xml");
  g_autoptr(GString) docx_footnotes = zip_member_characters (docx, "word/footnotes.xml");
  g_autoptr(GString) odt_characters = zip_member_characters (odt, "content.xml");
  g_autoptr(GString) text_export = text_characters (text);

  g_test_message ("%s: %zu bytes of text, %zu of notes", name, model->len, notes->len);
  assert_same_characters ("DOCX", docx_model, docx_characters);
  assert_same_characters ("DOCX footnotes", docx_notes, docx_footnotes);
  assert_same_characters ("ODT", odt_model, odt_characters);
  assert_same_characters ("text", text_model, text_export);

  if (have_pdftotext ())
    {
      g_autoptr(GPtrArray) headers = table_headers (document);
      g_autoptr(GString) pdf_notes = g_string_new (NULL);
      g_autoptr(GString) pdf_text = pdf_characters (pdf, headers, document, pdf_notes);

      sort_rtl_stretches (model);
      sort_rtl_stretches (pdf_text);
      assert_same_characters ("PDF", model, pdf_text);
      /* Every note once, at the foot of a page, in order. */
      assert_same_characters ("PDF footnotes", notes, pdf_notes);
    }
}

static PlnMeeting *
wg7_2022 (PlnWorkspace *workspace)
{
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, "m-wg-7-2022");

  g_assert_nonnull (meeting);
  return meeting;
}

/* The demo's 2022 meeting, and the long texts to put in its documents. */
typedef struct
{
  PlnWorkspace *workspace;
  PlnMeeting   *meeting;
  char         *characters;  /* words, sizes.long_characters characters of them */
  char         *words;       /* sizes.long_words words */
  char         *word;        /* one word of sizes.word_length letters */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->workspace = pln_demo_new_workspace ();
  fixture->meeting = wg7_2022 (fixture->workspace);
  fixture->characters = make_characters (sizes.long_characters);
  fixture->words = make_words (sizes.long_words);
  fixture->word = make_word (sizes.word_length);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->workspace);
  g_clear_pointer (&fixture->characters, g_free);
  g_clear_pointer (&fixture->words, g_free);
  g_clear_pointer (&fixture->word, g_free);
}

static PlnDocument *
non_paper (const char *long_text,
           const char *word)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  PlnMeeting *meeting = wg7_2022 (workspace);
  GDate day;

  pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 0,
                               "States should cooperate with shipping companies to detect smuggling.", "بعثة مصر");
  pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 0, long_text, "France");
  pln_test_add_recommendation (meeting, "m-wg-7-2022-i3", 0,
                               "States should share <b>national</b> procedures & “good practices”.", "Egypt");
  if (word != NULL)
    pln_test_add_recommendation (meeting, "m-wg-7-2022-i3", 0, word, NULL);

  pln_meeting_get_day (meeting, 0, &day);
  return pln_non_paper_new (meeting, &day, TRUE);
}

/* Of the fixture, only the texts: non_paper () makes a workspace of its
 * own, as test_time_grows_with_length needs several. */
static void
test_non_paper (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PlnDocument) document = non_paper (fixture->words, fixture->word);

  assert_every_format (document, "non-paper");
}

static void
test_agenda (Fixture       *fixture,
             gconstpointer  data)
{
  PlnMeeting *meeting = fixture->meeting;
  g_autoptr(PlnDocument) document = NULL;

  /* Item 3's title is also in two rows of the annex: table rows taller
   * than a page. */
  pln_agenda_item_set_annotation (pln_meeting_find_agenda_item (meeting, "m-wg-7-2022-i2"), fixture->characters);
  pln_agenda_item_set_title (pln_meeting_find_agenda_item (meeting, "m-wg-7-2022-i3"), fixture->words);
  pln_agenda_item_set_annotation (pln_meeting_find_agenda_item (meeting, "m-wg-7-2022-i4"), fixture->word);
  document = pln_agenda_document_new (meeting);

  assert_every_format (document, "agenda");
}

static void
add_participant (PlnMeeting              *meeting,
                 PlnRegistrationCategory  category,
                 const char              *delegation,
                 const char              *name)
{
  g_autoptr(PlnRegistration) registration = pln_registration_new ();

  pln_registration_set_category (registration, category);
  pln_registration_set_delegation (registration, delegation);
  pln_registration_set_name (registration, name);
  pln_registration_set_status (registration, PLN_REGISTRATION_STATUS_CONFIRMED);
  pln_meeting_append_registration (meeting, registration);
}

static void
test_participants (Fixture       *fixture,
                   gconstpointer  data)
{
  PlnMeeting *meeting = fixture->meeting;
  g_autoptr(PlnDocument) document = NULL;

  add_participant (meeting, PLN_REGISTRATION_CATEGORY_STATE_PARTY, "Côte d’Ivoire", "Ms. Aya Koné");
  add_participant (meeting, PLN_REGISTRATION_CATEGORY_STATE_PARTY, "Egypt", "السيد أحمد");
  add_participant (meeting, PLN_REGISTRATION_CATEGORY_STATE_PARTY, fixture->characters, fixture->words);
  add_participant (meeting, PLN_REGISTRATION_CATEGORY_NGO, "Ordinary Society", fixture->word);
  document = pln_participants_document_new (meeting);

  assert_every_format (document, "participants");
}

/* The report: a Chair's summary of 10 000 characters and one of a single
 * long word, an agreed recommendation of many words, Arabic and accented
 * delegations among those who attended and spoke. */
static void
test_report (Fixture       *fixture,
             gconstpointer  data)
{
  PlnMeeting *meeting = fixture->meeting;
  g_autoptr(PlnSitting) sitting = g_list_model_get_item (pln_meeting_get_sittings (meeting), 1);
  g_autoptr(PlnSpeaker) speaker = pln_speaker_new ();
  g_autoptr(PlnDocument) document = NULL;
  PlnFloorStamp now;

  pln_meeting_set_report_symbol (meeting, "CTOC/COP/WG.7/2022/4");
  pln_agenda_item_set_summary (pln_meeting_find_agenda_item (meeting, "m-wg-7-2022-i2"), fixture->characters);
  pln_agenda_item_set_summary (pln_meeting_find_agenda_item (meeting, "m-wg-7-2022-i3"), fixture->word);
  pln_recommendation_set_status (pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 0, fixture->words, NULL),
                                 PLN_RECOMMENDATION_STATUS_AGREED);
  add_participant (meeting, PLN_REGISTRATION_CATEGORY_STATE_PARTY, "Côte d’Ivoire", "Ms. Aya Koné");
  add_participant (meeting, PLN_REGISTRATION_CATEGORY_STATE_PARTY, "مصر", "السيد أحمد");
  add_participant (meeting, PLN_REGISTRATION_CATEGORY_NGO, "Ordinary Society", "A Name");

  pln_floor_stamp_now (&now);
  pln_speaker_set_delegation (speaker, "مصر");
  pln_speaker_set_agenda_item (speaker, pln_meeting_find_agenda_item (meeting, "m-wg-7-2022-i2"));
  pln_speaker_log (speaker, PLN_SPEAKER_EVENT_STARTED, &now);
  pln_sitting_insert_speaker (sitting, 0, speaker);
  document = pln_report_document_new (meeting);

  assert_every_format (document, "report");
}

/* The compendium of the demo with three agreed recommendations (one of
 * them long, one a single long word) under a theme and its child, and a
 * resolution of the Conference. */
static void
test_compendium (Fixture       *fixture,
                 gconstpointer  data)
{
  PlnMeeting *meeting = fixture->meeting;
  g_autoptr(PlnTheme) parent = pln_theme_new ("International cooperation");
  g_autoptr(PlnTheme) child = pln_theme_new ("Mutual legal assistance “MLA”");
  g_autoptr(PlnResolution) resolution = pln_resolution_new (PLN_ENTRY_RESOLUTION);
  g_autoptr(GDate) date = g_date_new_dmy (21, G_DATE_OCTOBER, 2022);
  g_autoptr(PlnCompendium) compendium = NULL;
  g_autoptr(PlnDocument) document = NULL;
  const char *texts[] = { "States should cooperate with shipping companies to detect smuggling.", fixture->words, fixture->word };

  pln_theme_set_parent (child, pln_theme_get_id (parent));
  pln_workspace_insert_theme (fixture->workspace, G_MAXUINT, parent);
  pln_workspace_insert_theme (fixture->workspace, G_MAXUINT, child);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      PlnRecommendation *rec = pln_test_add_recommendation (meeting, "m-wg-7-2022-i2", 0, texts[i], "Côte d’Ivoire");
      PlnTheme *theme = i == 0 ? parent : child;

      pln_recommendation_set_status (rec, PLN_RECOMMENDATION_STATUS_AGREED);
      pln_recommendation_set_themes (rec, (const char * const[]) { pln_theme_get_id (theme), NULL });
    }
  pln_resolution_set_symbol (resolution, "resolution 11/3");
  pln_resolution_set_date (resolution, date);
  pln_resolution_set_text (resolution, "Invites States parties to <b>implement</b> the Protocol & report.");
  pln_resolution_set_themes (resolution, (const char * const[]) { pln_theme_get_id (child), NULL });
  pln_workspace_insert_resolution (fixture->workspace, G_MAXUINT, resolution);

  compendium = pln_compendium_new (fixture->workspace);
  document = pln_compendium_document_new (compendium, NULL, NULL);

  assert_every_format (document, "compendium");
}

static double
pdf_seconds (PlnDocument *document)
{
  double best = G_MAXDOUBLE;

  for (guint run = 0; run < 3; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GBytes) pdf = pln_document_export_to_bytes (document, PLN_DOCUMENT_FORMAT_PDF, NULL);

      g_assert_nonnull (pdf);
      best = MIN (best, (g_get_monotonic_time () - start) / 1e6);
    }

  return best;
}

/* Time grows with the length of the text, not with its square: a word of
 * 100 000 letters takes about as long as 100 000 characters of words, and
 * twenty times the words about twenty times as long. Ratios of times
 * taken on the same machine, so that the test does not depend on its
 * speed (the figures themselves are bench-non-paper's). */
static void
test_time_grows_with_length (void)
{
  g_autofree char *words = make_characters (sizes.word_length);
  g_autofree char *word = make_word (sizes.word_length);
  g_autofree char *few = make_words (sizes.long_words / 5);
  g_autofree char *many = make_words (sizes.long_words * 4);
  g_autoptr(PlnDocument) words_document = non_paper (words, NULL);
  g_autoptr(PlnDocument) word_document = non_paper (word, NULL);
  g_autoptr(PlnDocument) few_document = non_paper (few, NULL);
  g_autoptr(PlnDocument) many_document = non_paper (many, NULL);
  double words_time, word_time, few_time, many_time;

  if (g_getenv ("PLN_UNDER_VALGRIND") != NULL)
    {
      g_test_skip ("times under valgrind say nothing");
      return;
    }

  words_time = pdf_seconds (words_document);
  word_time = pdf_seconds (word_document);
  few_time = pdf_seconds (few_document);
  many_time = pdf_seconds (many_document);
  g_test_message ("%u characters: in words %.3f s, one word %.3f s; %u words %.3f s, %u words %.3f s",
                  sizes.word_length, words_time, word_time, sizes.long_words / 5, few_time,
                  sizes.long_words * 4, many_time);

  /* Quadratic, the word would take some 100 times as long as the words,
   * and twenty times the words 400 times as long as they. */
  g_assert_cmpfloat (word_time, <, 4 * words_time);
  g_assert_cmpfloat (many_time, <, 80 * few_time);
}

int
main (int   argc,
      char *argv[])
{
  pln_test_init_home ();
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("PLN_UNDER_VALGRIND") != NULL)
    sizes = (Sizes) { 300, 2000, 5000 };

  g_test_add ("/document-words/non-paper", Fixture, NULL, fixture_set_up, test_non_paper, fixture_tear_down);
  g_test_add ("/document-words/agenda", Fixture, NULL, fixture_set_up, test_agenda, fixture_tear_down);
  g_test_add ("/document-words/participants", Fixture, NULL, fixture_set_up, test_participants, fixture_tear_down);
  g_test_add ("/document-words/report", Fixture, NULL, fixture_set_up, test_report, fixture_tear_down);
  g_test_add ("/document-words/compendium", Fixture, NULL, fixture_set_up, test_compendium, fixture_tear_down);
  g_test_add_func ("/document-words/time-grows-with-length", test_time_grows_with_length);

  return g_test_run ();
}
