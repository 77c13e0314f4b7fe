/* test-cli-publish.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plenary-core.h"
#include "pln-test-util.h"

/* plenary-cli publish FILE OUT-DIR and validate of what it wrote: the
 * edition is accepted; one with a registration added by hand is not. */

static char *
run_cli (const char * const *args,
         int                *status)
{
  g_autofree char *cli = g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "plenary-cli", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  return pln_test_run ((const char * const *) argv->pdata, status);
}

static void
test_publish_validate (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autoptr(PlnRegistration) registration = pln_registration_new ();
  g_autofree char *folder = pln_test_make_folder ();
  g_autofree char *source = g_build_filename (folder, "secretariat.json", NULL);
  g_autofree char *out = g_build_filename (folder, "public", NULL);
  g_autofree char *edition = g_build_filename (out, PLN_PUBLIC_EDITION_FILE, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GBytes) full = NULL;
  g_autoptr(GString) edited = NULL;
  char *registrations;
  int status;

  pln_registration_set_name (registration, "Amina Diallo");
  pln_registration_set_email (registration, "amina.diallo@example.org");
  pln_meeting_append_registration (pln_workspace_find_meeting (workspace, "m-wg-7-2022"), registration);
  full = pln_json_serialize_workspace (workspace);
  g_assert_true (g_file_set_contents (source, g_bytes_get_data (full, NULL), g_bytes_get_size (full), NULL));

  output = run_cli ((const char *[]) { "publish", source, out, "--publisher", "UNODC Secretariat", NULL }, &status);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (output, "2 documents written"));
  g_assert_true (g_file_get_contents (edition, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "amina.diallo@example.org"));
  g_assert_nonnull (strstr (contents, "\"edition\" : \"public\""));
  g_clear_pointer (&output, g_free);

  output = run_cli ((const char *[]) { "validate", edition, NULL }, &status);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (output, "Public edition published by UNODC Secretariat"));
  g_clear_pointer (&output, g_free);

  edited = g_string_new (contents);
  registrations = strstr (edited->str, "\"registrations\" : []");
  g_assert_nonnull (registrations);
  g_string_insert (edited, registrations - edited->str + strlen ("\"registrations\" : ["),
                   "{ \"id\" : \"r-by-hand\", \"name\" : \"Amina Diallo\" }");
  g_assert_true (g_file_set_contents (edition, edited->str, edited->len, NULL));
  output = run_cli ((const char *[]) { "validate", edition, NULL }, &status);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
}

int
main (int    argc,
      char **argv)
{
  pln_test_init_home ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/publish", test_publish_validate);

  return g_test_run ();
}
