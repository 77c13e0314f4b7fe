/* test-store-crash.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <gio/gunixinputstream.h>
#include <string.h>

#include "plenary-core.h"
#include "pln-test-util.h"

/* A process saving in a loop is killed with SIGKILL at random moments:
 * whatever moment it dies at, the workspace file must load, whole, and be
 * one of the versions the process said it saved (or the one it was
 * saving); the backup is always there; nothing is left beside them once
 * the file is opened again.
 *
 * The child tells the parent through a pipe when it has loaded and after
 * each save, so the kills land between and inside real saves however busy
 * the machine is: the parent waits for announcements, never for a time. */

#define DEFAULT_ROUNDS 30

static guint
title_version (PlnWorkspace *workspace)
{
  const char *title = pln_workspace_get_title (workspace);

  if (title == NULL || !g_str_has_prefix (title, "Version "))
    return 0;
  return (guint) g_ascii_strtoull (title + strlen ("Version "), NULL, 10);
}

static G_GNUC_NORETURN void
save_forever (GFile *file,
              int    announce)
{
  g_autoptr(PlnStore) store = pln_store_new (file);
  g_autoptr(GError) error = NULL;
  PlnWorkspace *workspace;
  guint version;

  if (!pln_store_load (store, NULL, &error))
    g_error ("%s", error->message);
  workspace = pln_store_get_workspace (store);
  pln_store_set_autosave_delay (store, 0);
  version = title_version (workspace);

  for (;;)
    {
      g_autofree char *title = g_strdup_printf ("Version %u", ++version);
      g_autofree char *line = g_strdup_printf ("%u\n", version);

      pln_workspace_set_title (workspace, title);
      if (!pln_store_save (store, NULL, &error))
        g_error ("%s", error->message);
      if (write (announce, line, strlen (line)) != (gssize) strlen (line))
        _exit (1);
    }
}

/* Reads the next announcement: a version saved; 0 at the end. */
static guint
read_announcement (GDataInputStream *input)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *line = g_data_input_stream_read_line (input, NULL, NULL, &error);

  g_assert_no_error (error);
  return line != NULL ? (guint) g_ascii_strtoull (line, NULL, 10) : 0;
}

static guint
count_leftovers (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (strstr (name, ".plenary-tmp-") != NULL || strstr (name, ".goutputstream") != NULL)
      n++;
  return n;
}

static void
test_kill_during_saves (PlnTestStore  *fixture,
                        gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new ();
  const char *rounds_env = g_getenv ("PLN_CRASH_ROUNDS");
  guint rounds = rounds_env ? (guint) g_ascii_strtoull (rounds_env, NULL, 10) : DEFAULT_ROUNDS;
  guint announced = 0;
  guint mid_write = 0;
  guint newer = 0;

  /* A workspace large enough for a save to take a few milliseconds, saved
   * once so that there is a file and no backup yet. */
  {
    g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (1, 7);

    pln_test_store_save_workspace (fixture->store, workspace);
  }

  for (guint round = 0; round < rounds; round++)
    {
      g_autoptr(PlnStore) reader = pln_store_new (fixture->file);
      g_autoptr(GError) error = NULL;
      g_autoptr(GInputStream) pipe_input = NULL;
      g_autoptr(GDataInputStream) input = NULL;
      gint64 before = 0, interval = 0;
      guint wait_for, version;
      int fd;
      int status;
      pid_t pid = pln_test_fork_piped (&fd);

      if (pid == 0)
        save_forever (fixture->file, fd);
      pipe_input = g_unix_input_stream_new (fd, TRUE);
      input = g_data_input_stream_new (pipe_input);

      /* One to four saves announced, then a kill somewhere within the time
       * a save takes on this machine now. */
      wait_for = g_rand_int_range (rand, 1, 5);
      for (guint i = 0; i < wait_for; i++)
        {
          gint64 now;

          announced = read_announcement (input);
          now = g_get_monotonic_time ();
          if (before != 0)
            interval = now - before;
          before = now;
        }
      if (interval > 0)
        g_usleep (g_rand_int_range (rand, 0, (gint32) MIN (interval, G_MAXINT32)));

      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

      /* The child may have saved more than was read so far. */
      for (guint more; (more = read_announcement (input)) != 0; )
        announced = more;

      /* The backup exists from the first save over a file on, and is a
       * file of its own: never a second name of the workspace file, which
       * a later save would then rewrite in place. */
      if (!g_file_test (fixture->backup, G_FILE_TEST_IS_REGULAR))
        {
          g_autoptr(GDir) dir = g_dir_open (fixture->folder, 0, NULL);
          const char *name;

          while ((name = g_dir_read_name (dir)) != NULL)
            g_printerr ("round %u: %s\n", round, name);
        }
      g_assert_true (g_file_test (fixture->backup, G_FILE_TEST_IS_REGULAR));
      {
        struct stat file_st, backup_st;

        g_assert_cmpint (g_stat (fixture->path, &file_st), ==, 0);
        g_assert_cmpint (g_stat (fixture->backup, &backup_st), ==, 0);
        g_assert_cmpuint (file_st.st_ino, !=, backup_st.st_ino);
        g_assert_cmpint (file_st.st_mode & 0777, ==, 0600);
        g_assert_cmpint (backup_st.st_mode & 0777, ==, 0600);
      }
      mid_write += count_leftovers (fixture->folder) > 0;

      if (!pln_store_load (reader, NULL, &error))
        g_error ("Round %u: the file does not load after a crash: %s", round, error->message);

      /* The version announced last, or the one being saved when killed. */
      version = title_version (pln_store_get_workspace (reader));
      if (version != announced && version != announced + 1)
        g_error ("Round %u: the file holds version %u, the last saved was %u", round, version, announced);
      newer += version == announced + 1;

      /* Opening the file removed what the killed save left. */
      g_assert_cmpuint (count_leftovers (fixture->folder), ==, 0);
    }

  g_test_message ("%u kills, %u during a write (leftovers cleaned), %u after the rename of a save not yet announced",
                  rounds, mid_write, newer);
}

int
main (int   argc,
      char *argv[])
{
  pln_test_init_home ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/crash/kill-during-saves", PlnTestStore, NULL, pln_test_store_set_up, test_kill_during_saves,
              pln_test_store_tear_down);

  return g_test_run ();
}
