/* test-store-crash.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "plenary-core.h"
#include "pln-test-util.h"

/* A process saving in a loop is killed with SIGKILL at random moments:
 * whatever moment it dies at, the workspace file must load, whole. */

#define ROUNDS 30

static G_GNUC_NORETURN void
save_forever (GFile *file)
{
  g_autoptr(PlnStore) store = pln_store_new (file);
  g_autoptr(GError) error = NULL;
  PlnWorkspace *workspace;
  guint counter = 0;

  if (!pln_store_load (store, NULL, &error))
    g_error ("%s", error->message);
  workspace = pln_store_get_workspace (store);
  pln_store_set_autosave_delay (store, 0);

  for (;;)
    {
      g_autofree char *title = g_strdup_printf ("Version %u", ++counter);

      pln_workspace_set_title (workspace, title);
      if (!pln_store_save (store, NULL, &error))
        g_error ("%s", error->message);
    }
}

static void
test_kill_during_saves (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "crash.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GRand) rand = g_rand_new ();
  guint saw_new_version = 0;

  /* A workspace large enough for a save to take a few milliseconds. */
  {
    g_autoptr(PlnStore) store = pln_store_new (file);
    g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (1, 7);
    g_autoptr(GError) error = NULL;

    pln_store_set_workspace (store, workspace);
    g_assert_true (pln_store_save (store, NULL, &error));
  }

  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autoptr(PlnStore) reader = pln_store_new (file);
      g_autoptr(GError) error = NULL;
      int status;
      pid_t pid = fork ();

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        save_forever (file);

      g_usleep (g_rand_int_range (rand, 20000, 300000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

      if (!pln_store_load (reader, NULL, &error))
        g_error ("Round %u: the file does not load after a crash: %s", round, error->message);
      if (pln_workspace_get_title (pln_store_get_workspace (reader)) != NULL)
        saw_new_version++;
    }

  /* The child did save between kills, so the test exercised real saves. */
  g_assert_cmpuint (saw_new_version, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  pln_test_init_home ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/crash/kill-during-saves", test_kill_during_saves);

  return g_test_run ();
}
