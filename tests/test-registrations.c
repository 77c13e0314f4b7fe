/* test-registrations.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plenary-core.h"
#include "pln-test-util.h"

/* CSV as RFC 4180 has it, and the import of registrations from it: columns
 * mapped from their headers, every bad line reported with its number,
 * duplicates by e-mail, nothing added before apply, 30 000 lines. The
 * people in tests/data are invented. */

static void
test_csv (void)
{
  const char *data = "\xEF\xBB\xBF" "a,\"b, with comma\",\"c \"\"quoted\"\"\"\r\n"
                     "1,\"two\nlines\",3\r\n"
                     "\r\n"
                     "x,,z\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnCsv) csv = pln_csv_parse (data, strlen (data), &error);
  char **row;

  g_assert_no_error (error);
  g_assert_cmpint (csv->delimiter, ==, ',');
  g_assert_cmpuint (csv->rows->len, ==, 3);
  row = g_ptr_array_index (csv->rows, 0);
  g_assert_cmpstr (row[0], ==, "a");
  g_assert_cmpstr (row[1], ==, "b, with comma");
  g_assert_cmpstr (row[2], ==, "c \"quoted\"");
  row = g_ptr_array_index (csv->rows, 1);
  g_assert_cmpstr (row[1], ==, "two\nlines");
  row = g_ptr_array_index (csv->rows, 2);
  g_assert_cmpstr (row[1], ==, "");
  g_assert_cmpuint (g_array_index (csv->lines, guint, 2), ==, 5);

  /* Semicolons, found from the first line. */
  {
    g_autoptr(PlnCsv) semi = pln_csv_parse ("a;b,c;d\n1;2,5;3\n", 16, &error);

    g_assert_no_error (error);
    g_assert_cmpint (semi->delimiter, ==, ';');
    g_assert_cmpstr (((char **) g_ptr_array_index (semi->rows, 1))[1], ==, "2,5");
  }

  /* A quote never closed is named by its line. */
  {
    const char *bad = "a,b\n1,\"open\n2,3\n";
    g_autoptr(PlnCsv) none = pln_csv_parse (bad, strlen (bad), &error);

    g_assert_null (none);
    g_assert_error (error, PLN_ERROR, PLN_ERROR_PARSE);
    g_assert_nonnull (strstr (error->message, "Line 2"));
    g_clear_error (&error);
  }

  /* Writing quotes what needs it, and reads back the same. */
  {
    const char *fields[] = { "plain", "with, comma", "with \"quote\"", "two\nlines", NULL };
    g_autoptr(GString) out = g_string_new (NULL);
    g_autoptr(PlnCsv) back = NULL;

    pln_csv_append_row (out, fields, ',');
    back = pln_csv_parse (out->str, out->len, &error);
    g_assert_no_error (error);
    g_assert_cmpstrv (g_ptr_array_index (back->rows, 0), fields);
  }
}

static char *
read_data (const char *name,
           gsize      *length)
{
  g_autofree char *path = pln_test_data_path (name);
  char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, length, NULL));
  return data;
}

static gboolean
has_problem (PlnRegistrationImport *import,
             guint                  line,
             const char            *text)
{
  GArray *problems = pln_registration_import_get_problems (import);

  for (guint i = 0; i < problems->len; i++)
    {
      PlnImportProblem *p = &g_array_index (problems, PlnImportProblem, i);

      if (p->line == line && strstr (p->message, text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_import (void)
{
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  g_autoptr(PlnRegistration) existing = pln_registration_new ();
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autofree char *data = read_data ("registrations.csv", &length);
  g_autoptr(PlnRegistrationImport) import = NULL;
  GPtrArray *valid;
  GListModel *registrations = pln_meeting_get_registrations (meeting);

  pln_registration_set_name (existing, "Li Placeholder");
  pln_registration_set_email (existing, "LI.placeholder@example.org");
  pln_meeting_append_registration (meeting, existing);

  import = pln_registration_import_new (data, length, meeting, &error);
  g_assert_no_error (error);

  /* Mapped from the headers. */
  g_assert_cmpint (pln_registration_import_get_mapping (import, 0), ==, PLN_IMPORT_FIELD_FIRST_NAME);
  g_assert_cmpint (pln_registration_import_get_mapping (import, 2), ==, PLN_IMPORT_FIELD_DELEGATION);
  g_assert_cmpint (pln_registration_import_get_mapping (import, 4), ==, PLN_IMPORT_FIELD_MODE);

  /* Every bad line with its number and reason. */
  g_assert_true (has_problem (import, 4, "no name"));
  g_assert_true (has_problem (import, 5, "not-an-address"));
  g_assert_true (has_problem (import, 9, "earlier line"));
  g_assert_true (has_problem (import, 10, "Visitor"));
  g_assert_cmpuint (pln_registration_import_get_problems (import)->len, ==, 4);

  valid = pln_registration_import_get_valid (import);
  g_assert_cmpuint (valid->len, ==, 4);
  {
    PlnRegistration *jm = g_ptr_array_index (valid, 1);
    PlnRegistration *multi = g_ptr_array_index (valid, 3);

    g_assert_cmpstr (pln_registration_get_name (jm), ==, "Jean-Marc \"JM\" Sample");
    g_assert_cmpstr (pln_registration_get_delegation (jm), ==, "Republic of Sample, The");
    g_assert_cmpint (pln_registration_get_mode (jm), ==, PLN_PARTICIPATION_MODE_ONLINE);
    g_assert_cmpint (pln_registration_get_status (jm), ==, PLN_REGISTRATION_STATUS_REQUESTED);
    g_assert_cmpstr (pln_registration_get_name (multi), ==, "Multi\nLine Name");
    g_assert_cmpint (pln_registration_get_category (multi), ==, PLN_REGISTRATION_CATEGORY_NGO);
  }

  /* Nothing is in the meeting until apply. */
  g_assert_cmpuint (g_list_model_get_n_items (registrations), ==, 1);
  g_assert_cmpuint (pln_registration_import_get_n_duplicates (import), ==, 1);

  g_assert_cmpuint (pln_registration_import_apply (import, PLN_DUPLICATES_REPLACE), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (registrations), ==, 4);
  {
    g_autoptr(PlnRegistration) replaced = g_list_model_get_item (registrations, 0);

    g_assert_cmpint (pln_registration_get_category (replaced), ==, PLN_REGISTRATION_CATEGORY_IGO);
    g_assert_cmpint (pln_registration_get_status (replaced), ==, PLN_REGISTRATION_STATUS_CONFIRMED);
  }
}

static void
test_import_policies_and_french (void)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autofree char *fr = read_data ("registrations-fr.csv", &length);
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  g_autoptr(PlnRegistrationImport) import = pln_registration_import_new (fr, length, meeting, &error);
  g_autoptr(PlnRegistration) anne = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (pln_registration_import_apply (import, PLN_DUPLICATES_SKIP), ==, 1);
  anne = g_list_model_get_item (pln_meeting_get_registrations (meeting), 0);
  g_assert_cmpstr (pln_registration_get_name (anne), ==, "Anne Exemple");
  g_assert_cmpint (pln_registration_get_mode (anne), ==, PLN_PARTICIPATION_MODE_ONLINE);

  /* The same file again: skipped, or kept as a second registration. */
  {
    g_autoptr(PlnRegistrationImport) again = pln_registration_import_new (fr, length, meeting, &error);

    g_assert_cmpuint (pln_registration_import_apply (again, PLN_DUPLICATES_SKIP), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_registrations (meeting)), ==, 1);
    g_assert_cmpuint (pln_registration_import_apply (again, PLN_DUPLICATES_KEEP_BOTH), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_registrations (meeting)), ==, 2);
  }

  /* Without a column of names, the file is refused. */
  {
    const char *nameless = "Country,Email\nX,x@example.org\n";
    g_autoptr(PlnRegistrationImport) none = pln_registration_import_new (nameless, strlen (nameless), meeting, &error);

    g_assert_null (none);
    g_assert_error (error, PLN_ERROR, PLN_ERROR_PARSE);
    g_assert_nonnull (strstr (error->message, "Line 1"));
  }
}

/* Headers as registration systems write them: a title column, "Given
 * name", "Country/Organization", "Role / Function", a column nothing maps
 * to; values that name no choice are reported by line and kept out until
 * the user says what they mean. */
static void
test_import_variants (void)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autofree char *data = read_data ("registrations-variants.csv", &length);
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  g_autoptr(PlnRegistrationImport) import = pln_registration_import_new (data, length, meeting, &error);
  static const PlnImportField expected[] = {
    PLN_IMPORT_FIELD_HONORIFIC, PLN_IMPORT_FIELD_FIRST_NAME, PLN_IMPORT_FIELD_LAST_NAME,
    PLN_IMPORT_FIELD_DELEGATION, PLN_IMPORT_FIELD_ROLE, PLN_IMPORT_FIELD_MODE,
    PLN_IMPORT_FIELD_EMAIL, PLN_IMPORT_FIELD_NONE, PLN_IMPORT_FIELD_STATUS,
  };
  g_auto(GStrv) unmapped = NULL;
  GPtrArray *valid;
  GPtrArray *unknown;
  PlnRegistration *amina;
  PlnRegistration *elif;

  g_assert_no_error (error);
  g_assert_cmpuint (pln_registration_import_get_n_columns (import), ==, G_N_ELEMENTS (expected));
  for (guint c = 0; c < G_N_ELEMENTS (expected); c++)
    g_assert_cmpint (pln_registration_import_get_mapping (import, c), ==, expected[c]);

  unmapped = pln_registration_import_dup_unmapped (import);
  g_assert_cmpstrv (unmapped, ((const char * const[]) { "Badge", NULL }));

  /* Never turned into another value: each reported with its line. */
  g_assert_true (has_problem (import, 3, "unknown role “Observer”"));
  g_assert_true (has_problem (import, 4, "unknown participation “Hybrid?”"));
  g_assert_true (has_problem (import, 5, "unknown status “Registered”"));
  g_assert_cmpuint (pln_registration_import_get_problems (import)->len, ==, 3);

  valid = pln_registration_import_get_valid (import);
  g_assert_cmpuint (valid->len, ==, 2);
  amina = g_ptr_array_index (valid, 0);
  elif = g_ptr_array_index (valid, 1);
  g_assert_cmpstr (pln_registration_get_honorific (amina), ==, "Ms.");
  g_assert_cmpstr (pln_registration_get_name (amina), ==, "Amina Example");
  g_assert_cmpstr (pln_registration_get_delegation (amina), ==, "Republic of Example");
  g_assert_cmpint (pln_registration_get_role (amina), ==, PLN_REGISTRATION_ROLE_HEAD_OF_DELEGATION);
  g_assert_cmpint (pln_registration_get_mode (amina), ==, PLN_PARTICIPATION_MODE_IN_PERSON);
  g_assert_cmpint (pln_registration_get_status (amina), ==, PLN_REGISTRATION_STATUS_CONFIRMED);
  /* An empty value is the default, not a problem. */
  g_assert_cmpstr (pln_registration_get_honorific (elif), ==, "Dr.");
  g_assert_cmpint (pln_registration_get_role (elif), ==, PLN_REGISTRATION_ROLE_DELEGATE);
  g_assert_cmpint (pln_registration_get_status (elif), ==, PLN_REGISTRATION_STATUS_REQUESTED);

  unknown = pln_registration_import_get_unknown_values (import, PLN_IMPORT_FIELD_ROLE);
  g_assert_cmpuint (unknown->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (unknown, 0), ==, "Observer");

  /* An explicit choice brings a line in; taking it back keeps it out. */
  pln_registration_import_choose (import, PLN_IMPORT_FIELD_ROLE, "OBSERVER", PLN_REGISTRATION_ROLE_DELEGATE);
  pln_registration_import_choose (import, PLN_IMPORT_FIELD_STATUS, "registered", PLN_REGISTRATION_STATUS_CONFIRMED);
  g_assert_cmpuint (pln_registration_import_get_problems (import)->len, ==, 1);
  g_assert_true (has_problem (import, 4, "Hybrid?"));
  g_assert_cmpuint (pln_registration_import_get_unknown_values (import, PLN_IMPORT_FIELD_ROLE)->len, ==, 0);
  g_assert_cmpuint (pln_registration_import_get_unknown_values (import, PLN_IMPORT_FIELD_MODE)->len, ==, 1);
  g_assert_cmpuint (valid->len, ==, 4);
  g_assert_cmpint (pln_registration_get_status (g_ptr_array_index (valid, 2)), ==, PLN_REGISTRATION_STATUS_CONFIRMED);

  pln_registration_import_choose (import, PLN_IMPORT_FIELD_STATUS, "Registered", -1);
  g_assert_cmpuint (valid->len, ==, 3);

  /* Nothing reaches the meeting before apply, and only the good lines then. */
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_registrations (meeting)), ==, 0);
  g_assert_cmpuint (pln_registration_import_apply (import, PLN_DUPLICATES_SKIP), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_registrations (meeting)), ==, 3);
}

/* Values that only look like a choice are not taken for it: "Pending
 * confirmation" is not confirmed, a deputy head is not the head, a
 * non-signatory State not a signatory one; one value in two spellings is
 * one value to decide, with all its lines. */
static void
test_import_qualified_values (void)
{
  const char *csv =
    "Name,Status,Role,Category,Participation,Country,Delegation\n"
    "A,Pending confirmation,,,,X,Y\n"
    "B,Unconfirmed,,,hybrid?,X,Y\n"
    "C,Incomplete,Deputy Head of Delegation,,,X,Y\n"
    "D,Confirmed,,Non-signatory State,Hybrid?,X,Y\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  g_autoptr(PlnRegistrationImport) import = pln_registration_import_new (csv, strlen (csv), meeting, &error);
  g_auto(GStrv) unmapped = NULL;
  GPtrArray *valid;
  GPtrArray *modes;
  GArray *lines;

  g_assert_no_error (error);
  valid = pln_registration_import_get_valid (import);
  g_assert_cmpuint (valid->len, ==, 1);
  g_assert_cmpstr (pln_registration_get_name (g_ptr_array_index (valid, 0)), ==, "A");
  g_assert_cmpint (pln_registration_get_status (g_ptr_array_index (valid, 0)), ==, PLN_REGISTRATION_STATUS_REQUESTED);
  g_assert_true (has_problem (import, 4, "unknown role “Deputy Head of Delegation”"));
  g_assert_true (has_problem (import, 5, "unknown category “Non-signatory State”"));

  /* B's status is requested: its line is out for its participation only. */
  modes = pln_registration_import_get_unknown_values (import, PLN_IMPORT_FIELD_MODE);
  g_assert_cmpuint (modes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (modes, 0), ==, "hybrid?");
  lines = pln_registration_import_get_unknown_lines (import, PLN_IMPORT_FIELD_MODE, "HYBRID?");
  g_assert_nonnull (lines);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpuint (g_array_index (lines, guint, 0), ==, 3);
  g_assert_cmpuint (g_array_index (lines, guint, 1), ==, 5);

  pln_registration_import_choose (import, PLN_IMPORT_FIELD_MODE, "Hybrid?", PLN_PARTICIPATION_MODE_ONLINE);
  g_assert_cmpuint (valid->len, ==, 2);
  g_assert_cmpint (pln_registration_get_status (g_ptr_array_index (valid, 1)), ==, PLN_REGISTRATION_STATUS_REQUESTED);

  /* "Delegation" after "Country": the field is given once, the second
   * column is said not to be imported. */
  unmapped = pln_registration_import_dup_unmapped (import);
  g_assert_cmpstrv (unmapped, ((const char * const[]) { "Delegation", NULL }));
}

/* The headers and values of exports in Russian, Chinese and Arabic. */
static void
test_import_languages (void)
{
  static const struct
  {
    const char *file;
    const char *honorific;
    const char *name;
    const char *delegation;
    PlnParticipationMode mode;
  } cases[] = {
    { "registrations-ru.csv", "г-жа", "Анна Пример", "Примерия", PLN_PARTICIPATION_MODE_ONLINE },
    { "registrations-zh.csv", "女士", "王芳", "示例国", PLN_PARTICIPATION_MODE_ONLINE },
    { "registrations-ar.csv", "السيدة", "ليلى مثال", "مثالستان", PLN_PARTICIPATION_MODE_IN_PERSON },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gsize length;
      g_autofree char *data = read_data (cases[i].file, &length);
      g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
      g_autoptr(PlnRegistrationImport) import = pln_registration_import_new (data, length, meeting, &error);
      g_auto(GStrv) unmapped = NULL;
      PlnRegistration *reg;

      g_assert_no_error (error);
      unmapped = pln_registration_import_dup_unmapped (import);
      g_assert_cmpstrv (unmapped, ((const char * const[]) { NULL }));
      g_assert_cmpuint (pln_registration_import_get_problems (import)->len, ==, 0);
      g_assert_cmpuint (pln_registration_import_get_valid (import)->len, ==, 1);
      reg = g_ptr_array_index (pln_registration_import_get_valid (import), 0);
      g_assert_cmpstr (pln_registration_get_honorific (reg), ==, cases[i].honorific);
      g_assert_cmpstr (pln_registration_get_name (reg), ==, cases[i].name);
      g_assert_cmpstr (pln_registration_get_delegation (reg), ==, cases[i].delegation);
      g_assert_nonnull (pln_registration_get_email (reg));
      g_assert_cmpint (pln_registration_get_mode (reg), ==, cases[i].mode);
    }
}

/* @n registrations as the registration system writes them. */
static GString *
registrations_csv (guint n)
{
  GString *csv = g_string_new ("Name,Delegation,Email,Participation,Status\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (csv, "Person %u,\"Delegation %u, with comma\",person%u@example.org,%s,Confirmed\n",
                            i, i % 190, i, i % 3 ? "In person" : "Online");
  return csv;
}

/* One read of @csv, of @n registrations, into a new meeting, checked
 * whole; in seconds. */
static double
time_import (const GString *csv,
             guint          n)
{
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  g_autoptr(PlnRegistrationImport) import = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  import = pln_registration_import_new (csv->str, csv->len, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pln_registration_import_apply (import, PLN_DUPLICATES_SKIP), ==, n);
  seconds = (g_get_monotonic_time () - start) / 1e6;

  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_registrations (meeting)), ==, n);
  return seconds;
}

/* 30 000 registrations are all read. How fast is for the benchmark
 * (bench-registrations); here only how the time grows, measured in the
 * same run so that the machine's speed and load cancel out: one import of
 * 30 000 lines against eight of 3 750, the same work if the time grows
 * with the lines, each timed over about as long a stretch of a busy
 * machine. The bound, three times, still catches the quadratic (8). */
static void
test_import_30000 (void)
{
  g_autoptr(GString) small_csv = registrations_csv (3750);
  g_autoptr(GString) large_csv = registrations_csv (30000);
  guint runs = g_getenv ("PLN_UNDER_VALGRIND") ? 1 : 3;
  double small = G_MAXDOUBLE;
  double large = G_MAXDOUBLE;

  for (guint run = 0; run < runs; run++)
    {
      double eight = 0;

      for (guint i = 0; i < 8; i++)
        eight += time_import (small_csv, 3750);
      small = MIN (small, eight);
      large = MIN (large, time_import (large_csv, 30000));
    }

  g_test_message ("eight imports of 3 750 registrations in %.0f ms, one of 30 000 in %.0f ms: %.1f times as long",
                  small * 1e3, large * 1e3, large / small);
  g_assert_cmpfloat (large / small, <, 3.0);
}

static void
test_participants_document (void)
{
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autofree char *data = read_data ("registrations.csv", &length);
  g_autoptr(PlnRegistrationImport) import = pln_registration_import_new (data, length, meeting, &error);
  g_autoptr(PlnDocument) document = NULL;
  g_autofree char *t = NULL;

  pln_registration_import_apply (import, PLN_DUPLICATES_SKIP);
  document = pln_participants_document_new (meeting);
  t = pln_test_document_text (document);

  /* By category, then delegation; the cancelled one is not listed. */
  g_assert_nonnull (strstr (t, "States parties"));
  g_assert_true (strstr (t, "States parties") < strstr (t, "Intergovernmental organizations"));
  g_assert_true (strstr (t, "Examplestan") < strstr (t, "Republic of Sample, The"));
  g_assert_nonnull (strstr (t, "Ana Example"));
  g_assert_null (strstr (t, "Multi"));
}

/* The honorific goes into the list of participants before the name, and
 * through the CSV export back into an import. */
static void
test_honorific (void)
{
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  g_autoptr(PlnMeeting) other = pln_meeting_new ();
  g_autoptr(PlnRegistration) reg = pln_registration_new ();
  g_autoptr(PlnDocument) document = NULL;
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(PlnRegistrationImport) import = NULL;
  g_autoptr(GError) error = NULL;
  PlnRegistration *back;

  pln_registration_set_honorific (reg, "H.E. Mr.");
  pln_registration_set_name (reg, "Diego Prueba");
  pln_registration_set_role (reg, PLN_REGISTRATION_ROLE_HEAD_OF_DELEGATION);
  pln_registration_set_status (reg, PLN_REGISTRATION_STATUS_CONFIRMED);
  pln_meeting_append_registration (meeting, reg);

  document = pln_participants_document_new (meeting);
  text = pln_document_export_to_bytes (document, PLN_DOCUMENT_FORMAT_TEXT, NULL);
  g_assert_nonnull (strstr (g_bytes_get_data (text, NULL), "H.E. Mr. Diego Prueba, Head of delegation"));

  csv = pln_registrations_to_csv (pln_meeting_get_registrations (meeting));
  import = pln_registration_import_new (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pln_registration_import_get_problems (import)->len, ==, 0);
  back = g_ptr_array_index (pln_registration_import_get_valid (import), 0);
  g_assert_cmpstr (pln_registration_get_honorific (back), ==, "H.E. Mr.");
  g_assert_cmpint (pln_registration_get_role (back), ==, PLN_REGISTRATION_ROLE_HEAD_OF_DELEGATION);
  g_assert_cmpint (pln_registration_get_status (back), ==, PLN_REGISTRATION_STATUS_CONFIRMED);
}

static PlnRegistration *
person (const char              *name,
        const char              *delegation,
        const char              *email,
        PlnRegistrationCategory  category,
        PlnParticipationMode     mode,
        PlnRegistrationStatus    status)
{
  PlnRegistration *reg = pln_registration_new ();

  pln_registration_set_name (reg, name);
  pln_registration_set_delegation (reg, delegation);
  pln_registration_set_email (reg, email);
  pln_registration_set_category (reg, category);
  pln_registration_set_mode (reg, mode);
  pln_registration_set_status (reg, status);
  return reg;
}

static void
fill (PlnMeeting *meeting)
{
  g_autoptr(PlnRegistration) a = person ("Ana Example", "Examplestan", "ana@example.org", PLN_REGISTRATION_CATEGORY_STATE_PARTY,
                                         PLN_PARTICIPATION_MODE_IN_PERSON, PLN_REGISTRATION_STATUS_CONFIRMED);
  g_autoptr(PlnRegistration) b = person ("Bo \"Quoted\", Test", "examplestan ", "ANA@example.org", PLN_REGISTRATION_CATEGORY_STATE_PARTY,
                                         PLN_PARTICIPATION_MODE_ONLINE, PLN_REGISTRATION_STATUS_REQUESTED);
  g_autoptr(PlnRegistration) c = person ("Côme Sample", "Civil Society", NULL, PLN_REGISTRATION_CATEGORY_NGO,
                                         PLN_PARTICIPATION_MODE_ONLINE, PLN_REGISTRATION_STATUS_CONFIRMED);
  g_autoptr(PlnRegistration) d = person ("Dee Gone", "=HYPERLINK(\"http://example.org\")", "dee@example.org", PLN_REGISTRATION_CATEGORY_OBSERVER_STATE,
                                         PLN_PARTICIPATION_MODE_ONLINE, PLN_REGISTRATION_STATUS_CANCELLED);

  pln_meeting_append_registration (meeting, a);
  pln_meeting_append_registration (meeting, b);
  pln_meeting_append_registration (meeting, c);
  pln_meeting_append_registration (meeting, d);
}

static void
test_summary_csv_emails (void)
{
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  g_autoptr(PlnMeeting) other = pln_meeting_new ();
  GListModel *registrations = pln_meeting_get_registrations (meeting);
  PlnRegistrationSummary s;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(PlnRegistrationImport) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *emails = NULL;

  fill (meeting);
  pln_registration_summary_compute (&s, registrations);
  /* The cancelled one is counted apart; "examplestan " is Examplestan. */
  g_assert_cmpuint (s.participants, ==, 3);
  g_assert_cmpuint (s.cancelled, ==, 1);
  g_assert_cmpuint (s.in_person, ==, 1);
  g_assert_cmpuint (s.online, ==, 2);
  g_assert_cmpuint (s.confirmed, ==, 2);
  g_assert_cmpuint (s.requested, ==, 1);
  g_assert_cmpuint (s.delegations, ==, 2);
  g_assert_cmpuint (s.by_category[PLN_REGISTRATION_CATEGORY_STATE_PARTY], ==, 2);
  g_assert_cmpuint (s.by_category[PLN_REGISTRATION_CATEGORY_OBSERVER_STATE], ==, 0);

  /* Each address once, whatever its case; none for who has none. */
  emails = pln_registrations_dup_emails (registrations);
  g_assert_cmpstr (emails, ==, "ana@example.org, dee@example.org");

  /* The CSV reads back the same, quotes and commas included. */
  csv = pln_registrations_to_csv (registrations);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (csv, NULL), "Title,Name,Delegation,Category,Role,Participation,Email,Status,Link sent\r\n"));
  /* A formula is written so that a spreadsheet shows it, not runs it. */
  g_assert_nonnull (strstr (g_bytes_get_data (csv, NULL), ",\"'=HYPERLINK(\"\"http://example.org\"\")\","));
  back = pln_registration_import_new (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), other, &error);
  g_assert_no_error (error);
  /* The second line repeats the first's address: reported, not imported. */
  g_assert_cmpuint (pln_registration_import_get_problems (back)->len, ==, 1);
  g_assert_true (has_problem (back, 3, "earlier line"));
  pln_registration_import_apply (back, PLN_DUPLICATES_SKIP);
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_registrations (other)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PlnRegistration) x = g_list_model_get_item (pln_meeting_get_registrations (other), i);
      g_autoptr(PlnRegistration) y = g_list_model_get_item (registrations, i == 0 ? 0 : i + 1);

      g_assert_cmpstr (pln_registration_get_name (x), ==, pln_registration_get_name (y));
      g_assert_cmpstr (pln_registration_get_delegation (x), ==, pln_registration_get_delegation (y));
      g_assert_cmpint (pln_registration_get_category (x), ==, pln_registration_get_category (y));
      g_assert_cmpint (pln_registration_get_mode (x), ==, pln_registration_get_mode (y));
      g_assert_cmpint (pln_registration_get_status (x), ==, pln_registration_get_status (y));
    }
}

static void
test_search_and_order (void)
{
  g_autoptr(PlnRegistration) come = person ("Côme Sample", "Côte d’Ivoire", "come@example.org", 0, 0, 0);
  g_autoptr(PlnRegistration) ana = person ("ana Example", "Examplestan", NULL, 0, 0, 0);
  g_autofree char *folded = pln_search_fold ("CÔTE");

  g_assert_cmpstr (folded, ==, "cote");
  g_assert_true (pln_registration_matches (come, "cote"));
  g_assert_true (pln_registration_matches (come, "come@"));
  g_assert_false (pln_registration_matches (ana, "cote"));
  g_assert_true (pln_registration_matches (ana, ""));

  /* The kept key follows edits. */
  pln_registration_set_delegation (ana, "Côte Sample");
  g_assert_true (pln_registration_matches (ana, "cote"));

  /* Case and accents aside: "ana" before "Côme", by name and by e-mail
   * (none comes first). */
  g_assert_cmpint (pln_registration_compare_text (ana, come, "name"), <, 0);
  g_assert_cmpint (pln_registration_compare_text (come, ana, "name"), >, 0);
  g_assert_cmpint (pln_registration_compare_text (ana, ana, "name"), ==, 0);
  g_assert_cmpint (pln_registration_compare_text (ana, come, "email"), <, 0);
}

static void
test_edit_undo (void)
{
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  GListModel *registrations = pln_meeting_get_registrations (meeting);
  g_autoptr(PlnRegistration) first = NULL;
  g_autoptr(PlnRegistration) third = NULL;
  g_autoptr(GError) error = NULL;

  fill (meeting);
  first = g_list_model_get_item (registrations, 0);
  third = g_list_model_get_item (registrations, 2);

  /* Two removals and a change, undone as one, back in their places. */
  {
    g_autoptr(PlnRegistrationsEdit) edit = pln_registrations_edit_new (meeting);
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, PLN_TYPE_REGISTRATION_STATUS);
    g_value_set_enum (&value, PLN_REGISTRATION_STATUS_CANCELLED);
    pln_registrations_edit_set (edit, first, "status", &value);
    pln_registrations_edit_remove (edit, third);
    pln_registrations_edit_remove (edit, first);
    g_assert_cmpuint (g_list_model_get_n_items (registrations), ==, 2);
    pln_registrations_edit_undo (edit);
    g_assert_cmpuint (g_list_model_get_n_items (registrations), ==, 4);
    {
      g_autoptr(PlnRegistration) a = g_list_model_get_item (registrations, 0);
      g_autoptr(PlnRegistration) c = g_list_model_get_item (registrations, 2);

      g_assert_true (a == first);
      g_assert_true (c == third);
    }
    g_assert_cmpint (pln_registration_get_status (first), ==, PLN_REGISTRATION_STATUS_CONFIRMED);

    /* Undone once only. */
    pln_registrations_edit_undo (edit);
    g_assert_cmpuint (g_list_model_get_n_items (registrations), ==, 4);
  }

  /* An import that replaces one and adds others, undone. */
  {
    const char *csv = "Name,Email,Status\nAna Again,ana@example.org,Cancelled\nNew One,new@example.org,\nNew Two,,\n";
    g_autoptr(PlnRegistrationImport) import = pln_registration_import_new (csv, strlen (csv), meeting, &error);
    g_autoptr(PlnRegistrationsEdit) edit = pln_registrations_edit_new (meeting);

    g_assert_no_error (error);
    g_assert_cmpuint (pln_registration_import_apply (import, PLN_DUPLICATES_REPLACE), ==, 3);
    pln_registrations_edit_take_import (edit, import);
    g_assert_cmpuint (g_list_model_get_n_items (registrations), ==, 6);
    /* The meeting has the address twice (ana@, ANA@): one of them is
     * replaced in its place. */
    g_assert_cmpuint (pln_registration_import_get_replaced (import)->len, ==, 2);
    {
      PlnRegistration *old = g_ptr_array_index (pln_registration_import_get_replaced (import), 0);
      guint position;

      g_assert_false (g_list_store_find (G_LIST_STORE (registrations), old, &position));
    }
    pln_registrations_edit_undo (edit);
    g_assert_cmpuint (g_list_model_get_n_items (registrations), ==, 4);
    for (guint i = 0; i < 4; i++)
      {
        g_autoptr(PlnRegistration) reg = g_list_model_get_item (registrations, i);

        g_assert_cmpstr (pln_registration_get_name (reg), !=, "Ana Again");
        g_assert_cmpstr (pln_registration_get_name (reg), !=, "New One");
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  pln_test_init_home ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/registrations/csv", test_csv);
  g_test_add_func ("/registrations/import", test_import);
  g_test_add_func ("/registrations/import-policies-and-french", test_import_policies_and_french);
  g_test_add_func ("/registrations/import-variants", test_import_variants);
  g_test_add_func ("/registrations/import-languages", test_import_languages);
  g_test_add_func ("/registrations/import-qualified-values", test_import_qualified_values);
  g_test_add_func ("/registrations/import-30000", test_import_30000);
  g_test_add_func ("/registrations/participants-document", test_participants_document);
  g_test_add_func ("/registrations/honorific", test_honorific);
  g_test_add_func ("/registrations/summary-csv-emails", test_summary_csv_emails);
  g_test_add_func ("/registrations/search-and-order", test_search_and_order);
  g_test_add_func ("/registrations/edit-undo", test_edit_undo);

  return g_test_run ();
}
