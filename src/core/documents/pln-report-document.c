/* pln-report-document.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-report-document"

#include "config.h"

#include "plenary-core.h"
#include "pln-report.h"
#include "pln-report-document.h"

/* The draft report of a meeting, in the structure of the working groups'
 * reports: I. Recommendations (the agreed ones, by agenda item),
 * II. Summary of deliberations (the Chair's summary of each item and who
 * made statements), III. Organization of the meeting (opening and
 * duration, statements, the agenda as adopted, attendance, documentation)
 * and IV. Adoption of the report. Its paragraphs are numbered through the
 * document, recommendations included, as in official reports; footnotes
 * follow the agenda's convention (small paragraphs after the text they
 * belong to, with their mark).
 *
 * ALWAYS ENGLISH: the report is issued in English whatever the interface
 * language, so nothing here goes through gettext or the locale: dates,
 * counts and lists come from the core's English helpers and names are
 * ordered by pln_english_compare(). */

typedef struct
{
  PlnDocument *document;
  PlnMeeting  *meeting;
  guint        number;   /* of the last numbered paragraph */
  guint        section;  /* the letter of the last lettered heading, from 1 */
} Report;

static void
add_numbered (Report     *report,
              const char *text)
{
  g_autofree char *label = g_strdup_printf ("%u.", ++report->number);

  pln_document_add_item (report->document, 0, label, text);
}

/* "A. Opening and duration of the meeting": lettered anew in each chapter. */
static void
add_lettered_heading (Report     *report,
                      const char *title)
{
  g_autofree char *heading = g_strdup_printf ("%c. %s", 'A' + (char) MIN (report->section, 25), title);

  report->section++;
  pln_document_add_heading (report->document, 2, heading);
}

static void
add_chapter (Report     *report,
             const char *numeral,
             const char *title)
{
  g_autofree char *heading = g_strdup_printf ("%s. %s", numeral, title);

  pln_document_add_heading (report->document, 1, heading);
  report->section = 0;
}

static char *
list_names (GPtrArray *names)
{
  return pln_list_format_en ((const char * const *) names->pdata, names->len);
}

/* "27 June 2022", or "" without a date. */
static char *
date_en (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? pln_date_format_en (date, FALSE) : g_strdup ("");
}

/* ------------------------------------------------------------ header */

static void
add_header (Report *report)
{
  PlnMeeting *meeting = report->meeting;
  PlnWorkingGroup *group = pln_meeting_get_working_group (meeting);
  const char *symbol = pln_meeting_get_report_symbol (meeting);
  g_autofree char *date = date_en (pln_meeting_get_last_day (meeting));
  g_autofree char *distribution = NULL;
  g_autofree char *title = pln_report_dup_title (meeting);

  if (symbol != NULL && *symbol != '\0')
    pln_document_add_paragraph (report->document, symbol, PLN_TEXT_RIGHT | PLN_TEXT_BOLD);
  if (group != NULL && pln_working_group_get_parent_body (group) != NULL)
    pln_document_add_paragraph (report->document, pln_working_group_get_parent_body (group), PLN_TEXT_BOLD);

  distribution = g_strdup_printf ("Distr.: General%s%s\nOriginal: English", *date ? "\n" : "", date);
  pln_document_add_paragraph (report->document, distribution, PLN_TEXT_RIGHT | PLN_TEXT_SMALL);
  pln_document_add_title (report->document, title);
}

/* ------------------------------------------------------------ I. Recommendations */

static void
add_recommendations (Report *report)
{
  g_autoptr(GPtrArray) items = pln_meeting_dup_agenda_items (report->meeting);
  const char *adopted = "At its meeting, the Working Group adopted the following recommendations:";
  gboolean any = FALSE;

  add_chapter (report, "I", "Recommendations");
  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(GPtrArray) agreed = pln_report_dup_agreed (report->meeting, items->pdata[i]);

      if (agreed->len == 0)
        continue;

      if (!any)
        add_numbered (report, adopted);
      any = TRUE;

      add_lettered_heading (report, pln_agenda_item_get_title (items->pdata[i]) ?: "");
      for (guint r = 0; r < agreed->len; r++)
        add_numbered (report, pln_recommendation_get_text (agreed->pdata[r]) ?: "");
    }

  if (!any)
    add_numbered (report, "No recommendations have been agreed.");
}

/* ------------------------------------------------------------ II. Summary of deliberations */

/* How the report says who spoke, by category: by whom, in the plural and
 * the singular; panellists make presentations, the others statements. */
static const struct
{
  const char *plural;
  const char *singular;
} statement_makers[PLN_REPORT_N_CATEGORIES] = {
  [PLN_REGISTRATION_CATEGORY_STATE_PARTY] = {
    "representatives of the following States parties", "a representative of the following State party" },
  [PLN_REGISTRATION_CATEGORY_SIGNATORY_STATE] = {
    "representatives of the following signatory States", "a representative of the following signatory State" },
  [PLN_REGISTRATION_CATEGORY_OBSERVER_STATE] = {
    "observers for the following States", "an observer for the following State" },
  [PLN_REGISTRATION_CATEGORY_IGO] = {
    "observers for the following intergovernmental organizations",
    "an observer for the following intergovernmental organization" },
  [PLN_REGISTRATION_CATEGORY_NGO] = {
    "observers for the following non-governmental organizations",
    "an observer for the following non-governmental organization" },
  [PLN_REGISTRATION_CATEGORY_PANELLIST] = {
    "the following panellists", "the following panellist" },
  [PLN_REGISTRATION_CATEGORY_SECRETARIAT] = {
    "representatives of the Secretariat", "a representative of the Secretariat" },
};

static void
append_statement_sentence (GString                 *text,
                           PlnRegistrationCategory  category,
                           GPtrArray               *names)
{
  gboolean one = names->len == 1;
  gboolean panel = category == PLN_REGISTRATION_CATEGORY_PANELLIST;
  g_autofree char *list = list_names (names);

  g_string_append_printf (text, "%s%s %smade by %s: %s.", text->len > 0 ? " " : "",
                          one ? (panel ? "A presentation was" : "A statement was")
                              : (panel ? "Presentations were" : "Statements were"),
                          text->len > 0 ? "also " : "",
                          one ? statement_makers[category].singular : statement_makers[category].plural, list);
}

/**
 * pln_report_dup_statements_text:
 * @item: (nullable): an agenda item; %NULL for the whole meeting
 *
 * Returns: (transfer full) (nullable): "Statements were made by
 *   representatives of the following States parties: …", a sentence for
 *   each category of those who made statements on @item, or %NULL when
 *   no statement was made; English
 */
char *
pln_report_dup_statements_text (PlnMeeting    *meeting,
                                PlnAgendaItem *item)
{
  g_autoptr(GPtrArray) speakers = pln_report_dup_speakers (meeting, item);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < speakers->len;)
    {
      PlnRegistrationCategory category = ((PlnReportSpeaker *) speakers->pdata[i])->category;
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      for (; i < speakers->len && ((PlnReportSpeaker *) speakers->pdata[i])->category == category; i++)
        g_ptr_array_add (names, ((PlnReportSpeaker *) speakers->pdata[i])->delegation);

      append_statement_sentence (text, category, names);
    }

  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }

  return g_string_free (text, FALSE);
}

/* A footnote is a paragraph that starts with its mark: "¹ See …", "* …". */
static gboolean
is_footnote (const char *paragraph)
{
  static const char * const marks[] = { "*", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", NULL };

  for (guint i = 0; marks[i] != NULL; i++)
    if (g_str_has_prefix (paragraph, marks[i]))
      return TRUE;

  return FALSE;
}

static void
add_summary (Report        *report,
             PlnAgendaItem *item,
             const char    *statements)
{
  g_auto(GStrv) paragraphs = pln_text_dup_paragraphs (pln_agenda_item_get_summary (item));

  add_lettered_heading (report, pln_agenda_item_get_title (item) ?: "");
  for (guint i = 0; paragraphs[i] != NULL; i++)
    if (!is_footnote (paragraphs[i]))
      add_numbered (report, paragraphs[i]);
  if (statements != NULL)
    add_numbered (report, statements);

  /* The item's footnotes after its text, as the agenda sets its notes. */
  for (guint i = 0; paragraphs[i] != NULL; i++)
    if (is_footnote (paragraphs[i]))
      pln_document_add_paragraph (report->document, paragraphs[i], PLN_TEXT_SMALL);
}

static void
add_deliberations (Report *report)
{
  g_autoptr(GPtrArray) items = pln_meeting_dup_agenda_items (report->meeting);
  gboolean any = FALSE;

  add_chapter (report, "II", "Summary of deliberations*");

  /* The items on which something was said or summarized, in agenda order. */
  for (guint i = 0; i < items->len; i++)
    {
      PlnAgendaItem *item = items->pdata[i];
      g_autofree char *statements = pln_report_dup_statements_text (report->meeting, item);
      g_auto(GStrv) summary = pln_text_dup_paragraphs (pln_agenda_item_get_summary (item));

      if (statements == NULL && summary[0] == NULL)
        continue;

      add_summary (report, item, statements);
      any = TRUE;
    }

  if (!any)
    add_numbered (report, "The Chair’s summary of the deliberations has not been written yet.");

  /* The chapter's own note, in the words of the organization of work. */
  pln_document_add_paragraph (report->document,
                              "* In accordance with the organization of work, the summary of deliberations is a "
                              "summary by the Chair, prepared by the Secretariat in close coordination with the Chair.",
                              PLN_TEXT_SMALL);
}

/* ------------------------------------------------------------ III. Organization of the meeting */

static const char *
format_phrase (PlnMeeting *meeting)
{
  switch (pln_meeting_get_format (meeting))
    {
    case PLN_MEETING_FORMAT_HYBRID:
      return "in a hybrid format, with participants in the room and online";
    case PLN_MEETING_FORMAT_ONLINE:
      return "online";
    case PLN_MEETING_FORMAT_IN_PERSON:
    default:
      return "in person";
    }
}

static void
add_opening (Report *report)
{
  PlnMeeting *meeting = report->meeting;
  GListModel *sittings = pln_meeting_get_sittings (meeting);
  guint n_sittings = g_list_model_get_n_items (sittings);
  g_autofree char *title = pln_meeting_dup_title_en (meeting);
  const GDate *first = pln_meeting_get_first_day (meeting);
  g_autofree char *dates = first ? pln_date_range_format_en (first, pln_meeting_get_last_day (meeting)) : NULL;
  const char *city = pln_meeting_get_city (meeting);
  const char *venue = pln_meeting_get_venue (meeting);
  const char *platform = pln_meeting_get_platform (meeting);
  GString *held = g_string_new (NULL);

  add_lettered_heading (report, "Opening and duration of the meeting");

  /* "The Working Group … held its ninth meeting in Vienna, at the Vienna
   * International Centre, on 27 and 28 June 2022, in person." */
  title[0] = g_ascii_tolower (title[0]);
  g_string_append_printf (held, "The Working Group held its %s", pln_meeting_get_ordinal (meeting) > 0 ? title : "meeting");
  if (city != NULL && *city != '\0')
    g_string_append_printf (held, " in %s", city);
  if (venue != NULL && *venue != '\0')
    g_string_append_printf (held, ", at the %s,", venue);
  if (dates != NULL)
    g_string_append_printf (held, " on %s", dates);
  g_string_append_printf (held, ", %s", format_phrase (meeting));
  if (pln_meeting_get_format (meeting) != PLN_MEETING_FORMAT_IN_PERSON && platform != NULL && *platform != '\0')
    g_string_append_printf (held, " (%s)", platform);
  g_string_append_c (held, '.');

  if (n_sittings > 0)
    {
      g_autoptr(PlnSitting) opening = g_list_model_get_item (sittings, 0);
      const GDate *day = pln_sitting_get_date (opening);
      g_autofree char *count = pln_cardinal_word_en (n_sittings);
      g_autofree char *time = pln_time_format_en (pln_sitting_get_start (opening));

      if (day != NULL && g_date_valid (day))
        {
          g_autofree char *date = pln_date_format_en (day, TRUE);

          /* "at 10 a.m." ends the sentence with its own full stop. */
          g_string_append_printf (held, " The meeting was opened on %s, at %s%s", date, time,
                                  g_str_has_suffix (time, ".") ? "" : ".");
        }
      g_string_append_printf (held, " It held %s plenary %s.", count, n_sittings == 1 ? "meeting" : "meetings");
    }

  add_numbered (report, held->str);
  g_string_free (held, TRUE);
}

static void
add_statements (Report *report)
{
  g_autofree char *statements = pln_report_dup_statements_text (report->meeting, NULL);

  /* Only when the lists of speakers say who spoke. */
  if (statements == NULL)
    return;

  add_lettered_heading (report, "Statements");
  add_numbered (report, statements);
}

/* "At its 1st plenary meeting, on 27 June 2022, the Working Group …";
 * without plenary meetings, "On 28 June 2022, …" on @day. */
static char *
dup_at_sitting (Report      *report,
                PlnSitting  *sitting,
                const GDate *day,
                const char  *what)
{
  /* A plenary meeting without a date of its own is on @day. */
  const GDate *on = sitting != NULL && pln_sitting_get_date (sitting) != NULL &&
                    g_date_valid (pln_sitting_get_date (sitting)) ? pln_sitting_get_date (sitting) : day;
  g_autofree char *date = date_en (on);
  g_autofree char *ordinal = NULL;

  if (sitting == NULL)
    return *date ? g_strdup_printf ("On %s, the Working Group %s", date, what)
                 : g_strdup_printf ("The Working Group %s", what);

  ordinal = pln_ordinal_number_en (MAX (pln_meeting_get_sitting_number (report->meeting, sitting), 1));
  return *date ? g_strdup_printf ("At its %s plenary meeting, on %s, the Working Group %s", ordinal, date, what)
               : g_strdup_printf ("At its %s plenary meeting, the Working Group %s", ordinal, what);
}

static void
add_agenda (Report *report)
{
  GListModel *sittings = pln_meeting_get_sittings (report->meeting);
  g_autoptr(PlnSitting) first = g_list_model_get_n_items (sittings) > 0 ? g_list_model_get_item (sittings, 0) : NULL;
  g_autofree char *adopted = dup_at_sitting (report, first, pln_meeting_get_first_day (report->meeting),
                                             "adopted its organization of work and the following agenda:");

  add_lettered_heading (report, "Adoption of the agenda and organization of work");
  add_numbered (report, adopted);
  /* Indented under the paragraph, so that its numbers are not taken for
   * the report's. */
  pln_document_add_agenda_list (report->document, pln_meeting_get_agenda (report->meeting), 1);
}

/* How the report says who was represented, by category: in the plural
 * and the singular, before the names. */
static const char * const attendance_sentences[][2] = {
  [PLN_REGISTRATION_CATEGORY_STATE_PARTY] = {
    "The following States parties were represented at the meeting",
    "The following State party was represented at the meeting" },
  [PLN_REGISTRATION_CATEGORY_SIGNATORY_STATE] = {
    "The following signatory States were represented",
    "The following signatory State was represented" },
  [PLN_REGISTRATION_CATEGORY_OBSERVER_STATE] = {
    "The following States were represented by observers",
    "The following State was represented by an observer" },
  [PLN_REGISTRATION_CATEGORY_IGO] = {
    "The following intergovernmental organizations were represented by observers",
    "The following intergovernmental organization was represented by an observer" },
  [PLN_REGISTRATION_CATEGORY_NGO] = {
    "The following non-governmental organizations were represented by observers",
    "The following non-governmental organization was represented by an observer" },
};

static void
add_attendance (Report *report)
{
  g_autoptr(PlnReportAttendance) attendance = pln_report_attendance_new (report->meeting);
  guint total = attendance->n_in_person + attendance->n_online;

  add_lettered_heading (report, "Attendance");
  for (guint c = 0; c < G_N_ELEMENTS (attendance_sentences); c++)
    {
      GPtrArray *names = attendance->delegations[c];
      g_autofree char *list = NULL;
      g_autofree char *sentence = NULL;

      if (names->len == 0)
        continue;

      list = list_names (names);
      sentence = g_strdup_printf ("%s: %s.", attendance_sentences[c][names->len == 1 ? 1 : 0], list);
      add_numbered (report, sentence);
    }

  if (total == 0)
    add_numbered (report, "No registration for the meeting has been confirmed.");
  else
    {
      /* Not opening the sentence with a figure, as official texts do. */
      g_autofree char *count = g_strdup_printf ("The meeting was attended by %u %s: %u in person and %u online.",
                                                total, total == 1 ? "participant" : "participants",
                                                attendance->n_in_person, attendance->n_online);

      add_numbered (report, count);
    }
}

static void
add_documentation (Report *report)
{
  g_autoptr(GPtrArray) documents = pln_report_dup_documents (report->meeting);
  const char *agenda_symbol = pln_meeting_get_agenda_symbol (report->meeting);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_free);
  const char *before = "The Working Group had before it the following documents:";

  add_lettered_heading (report, "Documentation");
  if (agenda_symbol != NULL && *agenda_symbol != '\0')
    g_ptr_array_add (entries, g_strdup_printf ("Annotated provisional agenda (%s)", agenda_symbol));
  for (guint i = 0; i < documents->len; i++)
    {
      const char *title = pln_document_ref_get_title (documents->pdata[i]);
      const char *symbol = pln_document_ref_get_symbol (documents->pdata[i]);

      if (symbol != NULL && *symbol != '\0')
        g_ptr_array_add (entries, g_strdup_printf ("%s (%s)", title ?: "", symbol));
      else
        g_ptr_array_add (entries, g_strdup (title ?: ""));
    }

  if (entries->len == 0)
    {
      add_numbered (report, "No documents were issued for the meeting.");
      return;
    }

  add_numbered (report, before);
  for (guint i = 0; i < entries->len; i++)
    {
      g_autofree char *label = g_strdup_printf ("(%c)", 'a' + (char) (i % 26));
      g_autofree char *text = g_strdup_printf ("%s%s", (char *) entries->pdata[i],
                                               i + 1 < entries->len ? ";" : ".");

      pln_document_add_item (report->document, 1, label, text);
    }
}

/* ------------------------------------------------------------ IV. Adoption */

static void
add_adoption (Report *report)
{
  PlnSitting *last = pln_report_get_adoption_sitting (report->meeting);
  g_autofree char *adopted = dup_at_sitting (report, last, pln_meeting_get_last_day (report->meeting),
                                             "adopted the report on its meeting.");

  add_chapter (report, "IV", "Adoption of the report");
  add_numbered (report, adopted);
}

/* The text of @document's blocks, without headings and without the
 * numbers of the report's paragraphs (those of a list stay). */
static char *
dup_blocks_text (PlnDocument *document)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < pln_document_get_n_blocks (document); i++)
    {
      const PlnBlock *block = pln_document_get_block (document, i);

      if (block->kind == PLN_BLOCK_HEADING || block->kind == PLN_BLOCK_TITLE)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (block->kind == PLN_BLOCK_ITEM && block->level > 0)
        g_string_append_printf (text, "%s ", block->label);
      g_string_append (text, block->text);
    }

  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }

  return g_string_free (text, FALSE);
}

/**
 * pln_report_dup_part_text:
 * @part: a part of chapters III and IV, derived from the workspace
 *
 * Returns: (transfer full) (nullable): the text the report gives @part,
 *   in English, without its heading and paragraph numbers, a line for
 *   each paragraph or entry; %NULL for a part the report leaves out
 *   (statements, when nobody was heard)
 */
char *
pln_report_dup_part_text (PlnMeeting    *meeting,
                          PlnReportPart  part)
{
  static void (* const adders[]) (Report *report) = {
    [PLN_REPORT_PART_OPENING] = add_opening,
    [PLN_REPORT_PART_STATEMENTS] = add_statements,
    [PLN_REPORT_PART_AGENDA] = add_agenda,
    [PLN_REPORT_PART_ATTENDANCE] = add_attendance,
    [PLN_REPORT_PART_DOCUMENTATION] = add_documentation,
    [PLN_REPORT_PART_ADOPTION] = add_adoption,
  };
  g_autoptr(PlnDocument) document = NULL;
  Report report = { 0 };

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (part < G_N_ELEMENTS (adders), NULL);

  document = pln_document_new (NULL);
  report.document = document;
  report.meeting = meeting;
  adders[part] (&report);

  return dup_blocks_text (document);
}

/**
 * pln_report_document_new:
 *
 * Returns: (transfer full): the draft report of @meeting, in English
 */
PlnDocument *
pln_report_document_new (PlnMeeting *meeting)
{
  g_autofree char *title = NULL;
  Report report = { 0 };

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  /* After the title, the body is "the Working Group", as reports say. */
  title = pln_report_dup_title (meeting);
  report.document = pln_document_new (title);
  report.meeting = meeting;

  add_header (&report);
  add_recommendations (&report);
  add_deliberations (&report);

  add_chapter (&report, "III", "Organization of the meeting");
  add_opening (&report);
  add_statements (&report);
  add_agenda (&report);
  add_attendance (&report);
  add_documentation (&report);

  add_adoption (&report);
  return report.document;
}
