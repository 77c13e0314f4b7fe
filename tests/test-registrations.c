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

static void
test_import_30000 (void)
{
  g_autoptr(GString) csv = g_string_new ("Name,Delegation,Email,Participation,Status\n");
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  g_autoptr(PlnRegistrationImport) import = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  double seconds;

  for (guint i = 0; i < 30000; i++)
    g_string_append_printf (csv, "Person %u,\"Delegation %u, with comma\",person%u@example.org,%s,Confirmed\n",
                            i, i % 190, i, i % 3 ? "In person" : "Online");

  start = g_get_monotonic_time ();
  import = pln_registration_import_new (csv->str, csv->len, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pln_registration_import_apply (import, PLN_DUPLICATES_SKIP), ==, 30000);
  seconds = (g_get_monotonic_time () - start) / 1e6;

  g_test_message ("30 000 registrations read and added in %.0f ms", seconds * 1e3);
  g_assert_cmpuint (g_list_model_get_n_items (pln_meeting_get_registrations (meeting)), ==, 30000);
  /* Generous: the benchmark measures it; this only catches the quadratic. */
  g_assert_cmpfloat (seconds, <, 10.0);
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
  g_test_add_func ("/registrations/import-30000", test_import_30000);

  return g_test_run ();
}
