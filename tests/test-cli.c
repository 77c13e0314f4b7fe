/* test-cli.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "plenary-core.h"
#include "pln-test-util.h"

/* plenary-cli against what it must refuse: inputs without end (/dev/zero,
 * /dev/urandom, a pipe nobody writes to), a folder, a file far too large
 * (1 GB, sparse: it takes no disk), numbers given wrong; and what it
 * prints of the files it reads, which must not reach the terminal as
 * control characters. And the lists of speakers it writes: the online cap
 * of a plenary meeting applied as delegations are inscribed.
 *
 * A refusal says why on stderr, with a non-zero status, at once. The
 * program runs under a guard set in the child: an alarm, and a memory
 * limit, both kept across exec. A regression (an open() of a pipe that
 * blocks, a read of /dev/zero that never ends) then fails here within
 * GUARD_SECONDS instead of hanging the suite or filling the machine's
 * memory. The guard is a deadline for a hang, never a measure of speed:
 * a refusal takes as long as starting the program. */

#define GUARD_SECONDS 30
#define MEMORY_LIMIT  ((rlim_t) 2 << 30)

typedef struct
{
  int     status;   /* the exit status, or -1 when killed */
  int     signal;   /* the signal that killed it, or 0 */
  char   *out;
  char   *err;
  double  seconds;
} Run;

static char *tmp_dir;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
guard_child (gpointer user_data)
{
  struct rlimit memory = { MEMORY_LIMIT, MEMORY_LIMIT };

  alarm (GUARD_SECONDS);
  setrlimit (RLIMIT_AS, &memory);
}

/* Runs plenary-cli with @args (NULL-terminated, without the program) in
 * @locale, speaking @language. */
static void
run_cli_in (Run                *run,
            const char * const *args,
            const char         *locale,
            const char         *language)
{
  g_autofree char *cli = g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "plenary-cli", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int wait_status;

  g_ptr_array_add (argv, cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  env = g_environ_setenv (env, "LC_ALL", locale, TRUE);
  env = g_environ_setenv (env, "LANGUAGE", language, TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, guard_child, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);

  run->seconds = (g_get_monotonic_time () - start) / 1e6;
  run->signal = WIFSIGNALED (wait_status) ? WTERMSIG (wait_status) : 0;
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

/* Runs plenary-cli in English whatever the test's locale: the messages
 * are compared. */
static void
run_cli (Run                *run,
         const char * const *args)
{
  run_cli_in (run, args, "C.UTF-8", "en");
}

/* That @run ended by itself with @status (or any failure, for -1) and
 * said @reason on stderr; a failure of the test otherwise, saying what
 * happened instead, and the next case is still tried. */
static void
check_run (const Run  *run,
           const char *what,
           int         status,
           const char *reason)
{
  if (run->signal == SIGALRM)
    g_test_fail_printf ("%s was still running after %d s and was stopped: it waits for input that never comes",
                        what, GUARD_SECONDS);
  else if (run->signal != 0)
    g_test_fail_printf ("%s was killed by signal %d (%s) after %.1f s; stderr: %s",
                        what, run->signal, g_strsignal (run->signal), run->seconds, run->err);
  else if (status == -1 && run->status == 0)
    g_test_fail_printf ("%s succeeded, but should have been refused; stderr: %s", what, run->err);
  else if (status != -1 && run->status != status)
    g_test_fail_printf ("%s exited with %d, not %d; stderr: %s", what, run->status, status, run->err);
  else if (reason != NULL && strstr (run->err, reason) == NULL)
    g_test_fail_printf ("%s said “%s” on stderr, without “%s”", what, g_strchomp (run->err), reason);
  else
    g_test_message ("%s: status %d in %.0f ms", what, run->status, run->seconds * 1e3);
}

static void
assert_refused (const char * const *args,
                const char         *reason)
{
  g_auto(Run) run = { 0 };
  g_autofree char *what = NULL;

  run_cli (&run, args);
  what = g_strjoinv (" ", (char **) args);
  check_run (&run, what, -1, reason);
}

/* ------------------------------------------------------------ the files */

static char *
make_fifo (const char *name)
{
  char *path = g_build_filename (tmp_dir, name, NULL);

  g_unlink (path);
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  return path;
}

/* 1 GiB of nothing: more than any limit, and no disk used. */
static char *
make_sparse (const char *name)
{
  char *path = g_build_filename (tmp_dir, name, NULL);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 1 << 30), ==, 0);
  close (fd);
  return path;
}

/* The demo workspace, with @group_name as its first working group's name
 * when not %NULL. */
static char *
make_workspace (const char *group_name)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autoptr(GBytes) bytes = NULL;
  char *path = g_build_filename (tmp_dir, "workspace.json", NULL);

  if (group_name != NULL)
    {
      g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (pln_workspace_get_working_groups (workspace), 0);

      pln_working_group_set_name (group, group_name);
    }

  bytes = pln_json_serialize_workspace (workspace);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  return path;
}

/* ------------------------------------------------------------ validate */

static void
test_validate_dev_zero (void)
{
  assert_refused ((const char *[]) { "validate", "/dev/zero", NULL }, "not a regular file");
}

static void
test_validate_dev_urandom (void)
{
  assert_refused ((const char *[]) { "validate", "/dev/urandom", NULL }, "not a regular file");
}

static void
test_validate_fifo (void)
{
  g_autofree char *fifo = make_fifo ("workspace-fifo.json");

  assert_refused ((const char *[]) { "validate", fifo, NULL }, "not a regular file");
}

static void
test_validate_folder (void)
{
  assert_refused ((const char *[]) { "validate", tmp_dir, NULL }, "is a folder");
}

static void
test_validate_sparse (void)
{
  g_autofree char *big = make_sparse ("huge.json");

  assert_refused ((const char *[]) { "validate", big, NULL }, "too large");
  g_unlink (big);
}

/* ------------------------------------------------------------ imports */

static void
test_import_agenda_fifo (void)
{
  g_autofree char *text = make_fifo ("agenda.txt");
  g_autofree char *pdf = make_fifo ("agenda.pdf");

  assert_refused ((const char *[]) { "import-agenda", text, NULL }, "not a regular file");
  /* Refused before poppler would open it. */
  assert_refused ((const char *[]) { "import-agenda", pdf, NULL }, "not a regular file");
}

static void
test_import_agenda_dev_zero (void)
{
  assert_refused ((const char *[]) { "import-agenda", "/dev/zero", NULL }, "not a regular file");
}

static void
test_import_agenda_sparse (void)
{
  g_autofree char *text = make_sparse ("huge-agenda.txt");
  g_autofree char *pdf = make_sparse ("huge-agenda.pdf");

  assert_refused ((const char *[]) { "import-agenda", text, NULL }, "too large");
  assert_refused ((const char *[]) { "import-agenda", pdf, NULL }, "too large");
  g_unlink (text);
  g_unlink (pdf);
}

/* The CSV is refused and the workspace is left as it was. */
static void
test_import_registrations (void)
{
  g_autofree char *workspace = make_workspace (NULL);
  g_autofree char *fifo = make_fifo ("registrations.csv");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_get_contents (workspace, &before, NULL, NULL));

  assert_refused ((const char *[]) { "import-registrations", workspace, "SOM/2022", fifo, NULL },
                  "not a regular file");
  assert_refused ((const char *[]) { "import-registrations", workspace, "SOM/2022", "/dev/zero", NULL },
                  "not a regular file");
  assert_refused ((const char *[]) { "import-registrations", workspace, "SOM/2022", tmp_dir, NULL },
                  "is a folder");

  g_assert_true (g_file_get_contents (workspace, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
}

/* What is not imported is said: the columns no field was found for, and
 * each value that names no choice, with its line. */
static void
test_import_registrations_report (void)
{
  g_autofree char *workspace = make_workspace (NULL);
  g_autofree char *csv = pln_test_data_path ("registrations-variants.csv");
  g_autofree char *line = g_strdup_printf ("%s:4: unknown participation “Hybrid?”", csv);
  g_auto(Run) run = { 0 };

  run_cli (&run, (const char *[]) { "import-registrations", workspace, "SOM/2022", csv, NULL });
  check_run (&run, "import-registrations", 0, "column “Badge” not imported");
  check_run (&run, "import-registrations", 0, line);
  check_run (&run, "import-registrations", 0, ":3: unknown role “Observer”");
  g_assert_nonnull (strstr (run.out, "2 registrations imported"));
}

/* -------------------------------------------------------------- merge */

static char *
write_workspace (PlnWorkspace *workspace,
                 const char   *name)
{
  g_autoptr(GBytes) bytes = pln_json_serialize_workspace (workspace);
  char *path = g_build_filename (tmp_dir, name, NULL);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  return path;
}

static PlnStore *
load_store (const char  *path,
                       GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PlnStore) store = pln_store_new (file);

  if (!pln_store_load (store, NULL, error))
    return NULL;
  return g_steal_pointer (&store);
}

static PlnRecommendation *
first_recommendation (PlnWorkspace *workspace,
                      guint         position)
{
  g_autoptr(PlnMeeting) meeting = g_list_model_get_item (pln_workspace_get_meetings (workspace), 0);
  g_autoptr(PlnRecommendation) rec = g_list_model_get_item (pln_meeting_get_recommendations (meeting), position);

  return rec;
}

/* plenary-cli merge: edits of both sides in OUT; a conflict listed on
 * stdout with both values, OUT holding mine's, exit status 1. */
static void
test_merge (void)
{
  g_autoptr(PlnWorkspace) base = pln_synth_workspace (1, 22);
  g_autoptr(PlnWorkspace) mine = pln_workspace_copy (base);
  g_autoptr(PlnWorkspace) theirs = pln_workspace_copy (base);
  g_autoptr(PlnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base_path = write_workspace (base, "merge-base.json");
  g_autofree char *mine_path = NULL;
  g_autofree char *theirs_path = NULL;
  g_autofree char *out = g_build_filename (tmp_dir, "merge-out.json", NULL);
  g_autofree char *missing = g_build_filename (tmp_dir, "merge-missing.json", NULL);
  g_autofree char *line = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) clean = { 0 };
  g_auto(Run) refused = { 0 };

  pln_recommendation_set_text (first_recommendation (mine, 0), "Mine only.");
  pln_recommendation_set_text (first_recommendation (mine, 1), "Mine,\twith a tab.");
  pln_recommendation_set_text (first_recommendation (theirs, 1), "Theirs.");
  pln_recommendation_set_status (first_recommendation (theirs, 2), PLN_RECOMMENDATION_STATUS_WITHDRAWN);
  mine_path = write_workspace (mine, "merge-mine.json");
  theirs_path = write_workspace (theirs, "merge-theirs.json");

  run_cli (&run, (const char *[]) { "merge", base_path, mine_path, theirs_path, out, NULL });
  check_run (&run, "merge", 1, "1 conflict; the merged workspace has mine’s side of it");
  /* One line, the tab of a value a space: the only tabs are between columns. */
  g_assert_cmpstr (run.out, ==, "meetings[0].recommendations[1]\ttext\tMine, with a tab.\tTheirs.\n");

  store = load_store (out, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pln_recommendation_get_text (first_recommendation (pln_store_get_workspace (store), 0)), ==, "Mine only.");
  g_assert_cmpstr (pln_recommendation_get_text (first_recommendation (pln_store_get_workspace (store), 1)), ==, "Mine,\twith a tab.");
  g_assert_cmpint (pln_recommendation_get_status (first_recommendation (pln_store_get_workspace (store), 2)), ==,
                   PLN_RECOMMENDATION_STATUS_WITHDRAWN);

  /* Without conflicts: nothing on stdout, exit status 0. */
  run_cli (&clean, (const char *[]) { "merge", base_path, base_path, theirs_path, out, NULL });
  check_run (&clean, "merge", 0, NULL);
  g_assert_cmpstr (clean.out, ==, "");

  /* A side that cannot be read: refused, OUT left as it was. */
  g_assert_true (g_file_get_contents (out, &line, NULL, NULL));
  run_cli (&refused, (const char *[]) { "merge", base_path, missing, theirs_path, out, NULL });
  check_run (&refused, "merge", 1, "merge-missing.json");
  g_assert_cmpstr (refused.out, ==, "");
  {
    g_autofree char *after = NULL;
    g_assert_true (g_file_get_contents (out, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, line);
  }
}

/* An object moved by both to different places, and an item theirs
 * deleted that mine refers to: a line each, "(moved)" and "-" for the
 * field, exit status 1, and OUT readable. */
static void
test_merge_moves_and_references (void)
{
  g_autoptr(PlnWorkspace) base = pln_demo_new_workspace ();
  g_autoptr(PlnWorkspace) mine = pln_workspace_copy (base);
  g_autoptr(PlnWorkspace) theirs = pln_workspace_copy (base);
  PlnMeeting *mine_meeting = pln_workspace_find_meeting (mine, "m-wg-7-2022");
  PlnMeeting *theirs_meeting = pln_workspace_find_meeting (theirs, "m-wg-7-2022");
  g_autofree char *base_path = write_workspace (base, "moves-base.json");
  g_autofree char *mine_path = NULL;
  g_autofree char *theirs_path = NULL;
  g_autofree char *out = g_build_filename (tmp_dir, "moves-out.json", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(PlnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  PlnMeeting *meetings[] = { mine_meeting, theirs_meeting };
  const char *to[] = { "m-wg-7-2022-i2", "m-wg-7-2022-i3" };

  for (guint side = 0; side < 2; side++)
    {
      PlnAgendaItem *sub_item = g_object_ref (pln_meeting_find_agenda_item (meetings[side], "m-wg-7-2022-i1a"));

      pln_agenda_item_remove_sub_item (pln_agenda_item_get_parent (sub_item), sub_item);
      pln_agenda_item_append_sub_item (pln_meeting_find_agenda_item (meetings[side], to[side]), sub_item);
      g_object_unref (sub_item);
    }
  /* Theirs deletes item 5 with its placements' references to it. */
  for (guint i = 0; i < g_list_model_get_n_items (pln_meeting_get_sittings (theirs_meeting)); i++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (pln_meeting_get_sittings (theirs_meeting), i);
      GListModel *placements = pln_sitting_get_placements (sitting);

      for (guint j = 0; j < g_list_model_get_n_items (placements); j++)
        {
          g_autoptr(PlnPlacement) placement = g_list_model_get_item (placements, j);
          PlnAgendaItem *item = pln_placement_get_agenda_item (placement);

          if (item != NULL && g_strcmp0 (pln_agenda_item_get_id (item), "m-wg-7-2022-i5") == 0)
            pln_placement_set_agenda_item (placement, NULL);
        }
    }
  pln_meeting_remove_agenda_item (theirs_meeting, pln_meeting_find_agenda_item (theirs_meeting, "m-wg-7-2022-i5"));
  pln_test_add_recommendation (mine_meeting, "m-wg-7-2022-i5", 1, "States parties should report.", "Chair");
  mine_path = write_workspace (mine, "moves-mine.json");
  theirs_path = write_workspace (theirs, "moves-theirs.json");

  run_cli (&run, (const char *[]) { "merge", base_path, mine_path, theirs_path, out, NULL });
  check_run (&run, "merge", 1, "2 conflicts; the merged workspace has mine’s side of each");
  expected = g_strdup_printf ("meetings[1].agenda[1].sub_items[0]\t(moved)\t%s\t%s\n"
                              "meetings[1].agenda[4]\t-\t%s\t(deleted)\n",
                              pln_agenda_item_get_title (pln_meeting_find_agenda_item (mine_meeting, to[0])),
                              pln_agenda_item_get_title (pln_meeting_find_agenda_item (mine_meeting, to[1])),
                              pln_agenda_item_get_title (pln_meeting_find_agenda_item (mine_meeting, "m-wg-7-2022-i5")));
  g_assert_cmpstr (run.out, ==, expected);

  store = load_store (out, &error);
  g_assert_no_error (error);
}

/* ------------------------------------------------------------ numbers */

static void
test_numbers_day (void)
{
  static const char * const wrong[] = { "1abc", "4294967297", "0", "3", "-1", "+1", " 1", "1 ", "", "1.5", "0x1" };
  g_autofree char *workspace = make_workspace (NULL);
  g_autofree char *out = g_build_filename (tmp_dir, "non-paper.txt", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *reason = g_strdup_printf ("DAY must be a whole number from 1 to 2, not “%s”", wrong[i]);

      g_unlink (out);
      run_cli (&run, (const char *[]) { "export-non-paper", workspace, "SOM/2022", wrong[i], "txt", out, NULL });
      check_run (&run, wrong[i], 2, reason);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  /* A date outside the meeting is not a day of it either. */
  {
    g_auto(Run) run = { 0 };

    run_cli (&run, (const char *[]) { "export-non-paper", workspace, "SOM/2022", "2022-07-01", "txt", out, NULL });
    check_run (&run, "2022-07-01", 2, "not a day of the meeting");
  }

  /* What is right still works: Day 2, by number and by date. */
  for (guint i = 0; i < 2; i++)
    {
      g_auto(Run) run = { 0 };
      const char *day = i == 0 ? "2" : "2022-06-28";
      g_autofree char *text = NULL;

      g_unlink (out);
      run_cli (&run, (const char *[]) { "export-non-paper", workspace, "SOM/2022", day, "txt", out, NULL });
      check_run (&run, day, 0, NULL);
      g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
      g_assert_nonnull (strstr (text, "Day 2"));
    }
}

static void
test_numbers_year (void)
{
  static const char * const wrong[] = { "2022abc", "4294969318", "", "-2022", "0" };
  g_autofree char *workspace = make_workspace (NULL);
  g_autofree char *out = g_build_filename (tmp_dir, "agenda.txt", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *meeting = g_strconcat ("SOM/", wrong[i], NULL);
      g_autofree char *reason = g_strdup_printf ("YEAR must be a whole number from 1 to 9999, not “%s”",
                                                 wrong[i]);

      run_cli (&run, (const char *[]) { "export-agenda", workspace, meeting, "txt", out, NULL });
      check_run (&run, meeting, 2, reason);
    }

  {
    g_auto(Run) run = { 0 };

    run_cli (&run, (const char *[]) { "export-agenda", workspace, "SOM/2022", "txt", out, NULL });
    check_run (&run, "SOM/2022", 0, NULL);
  }
}

/* ------------------------------------------------------------ speakers */

/* The number of plenary meetings of the demo's 2022 WG.7 meeting. */
static guint
demo_n_sittings (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, "m-wg-7-2022");

  g_assert_nonnull (meeting);
  return g_list_model_get_n_items (pln_meeting_get_sittings (meeting));
}

/* Inscribes "Delegation 01" to "Delegation 12" online on the 1st plenary
 * meeting, one add-speaker each: ten fit in its 30 minutes, the 11th and
 * 12th are carried over to the 2nd. */
static void
inscribe_twelve (const char *workspace)
{
  for (guint i = 1; i <= 12; i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *delegation = g_strdup_printf ("Delegation %02u", i);
      g_autofree char *place = pln_ordinal_number_en (i);
      g_autofree char *landed = i <= 10
        ? g_strdup_printf ("%s: %s in the 1st plenary meeting\n", delegation, place)
        : g_strdup_printf ("%s: carried over to the 2nd plenary meeting (online time of the 1st is used)\n", delegation);

      run_cli (&run, (const char *[]) { "add-speaker", workspace, "SOM/2022", "1", delegation, "--online", NULL });
      check_run (&run, delegation, 0, NULL);
      g_assert_cmpstr (run.out, ==, landed);
    }
}

static char *
export_speakers (const char *workspace,
                 const char *sitting,
                 const char *format)
{
  g_auto(Run) run = { 0 };
  g_autofree char *out = g_build_filename (tmp_dir, "speakers.out", NULL);
  char *text = NULL;

  g_unlink (out);
  run_cli (&run, (const char *[]) { "export-speakers", workspace, "SOM/2022", sitting, format, out, NULL });
  check_run (&run, "export-speakers", 0, NULL);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  return text;
}

/* The 1st plenary meeting's list has the ten who fit, the 2nd the other
 * two, marked as carried over. */
static void
test_speakers_online_cap (void)
{
  g_autofree char *workspace = make_workspace (NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  inscribe_twelve (workspace);

  first = export_speakers (workspace, "1", "txt");
  g_assert_cmpuint (pln_test_count (first, " | Online | "), ==, 10);
  g_assert_nonnull (strstr (first, "\n10 | Delegation 10 | — | Online | — | 3 | —\n"));
  g_assert_null (strstr (first, "Delegation 11"));
  g_assert_nonnull (strstr (first, "Online statements: 00:00 used and 30:00 planned of the 30:00 allowed."));

  second = export_speakers (workspace, "2", "txt");
  g_assert_cmpuint (pln_test_count (second, " | Online | "), ==, 2);
  g_assert_nonnull (strstr (second, "\n1 | Delegation 11 | — | Online | carried over from the 1st"));
  g_assert_nonnull (strstr (second, "\n2 | Delegation 12 | — | Online | carried over from the 1st"));
}

/* The written statements for the web page: the one that may be posted and
 * the index, the other left out; a statement whose file is gone is named
 * in the error, exit status 1, and no folder is made. */
static void
test_statements_export (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, "m-wg-7-2022");
  g_autoptr(PlnSitting) sitting = g_list_model_get_item (pln_meeting_get_sittings (meeting), 0);
  g_autoptr(PlnSpeaker) speaker = pln_speaker_new ();
  g_autoptr(PlnStatement) posted = NULL;
  g_autoptr(PlnStatement) withheld = NULL;
  g_autofree char *source = g_build_filename (tmp_dir, "Estonia statement.pdf", NULL);
  g_autofree char *other = g_build_filename (tmp_dir, "private.pdf", NULL);
  g_autofree char *path = g_build_filename (tmp_dir, "statements.json", NULL);
  g_autofree char *web = g_build_filename (tmp_dir, "web", NULL);
  g_autofree char *copy = g_build_filename (web, "pm1_estonia.pdf", NULL);
  g_autofree char *index = g_build_filename (web, "index.html", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) again = { 0 };

  g_assert_true (g_file_set_contents (source, "%PDF statement", -1, NULL));
  g_assert_true (g_file_set_contents (other, "%PDF private", -1, NULL));
  pln_speaker_set_delegation (speaker, "Estonia");
  pln_sitting_insert_speaker (sitting, 0, speaker);
  posted = pln_statement_new (source);
  pln_speaker_add_statement (speaker, posted);
  withheld = pln_statement_new (other);
  pln_statement_set_delegation (withheld, "Brazil");
  pln_statement_set_may_post (withheld, FALSE);
  pln_meeting_add_statement (meeting, withheld);
  bytes = pln_json_serialize_workspace (workspace);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));

  run_cli (&run, (const char *[]) { "export-statements", path, "SOM/2022", web, NULL });
  check_run (&run, "export-statements", 0, NULL);
  expected = g_strdup_printf ("1 statement written to “%s”, with its index page\n", web);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (index, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (pln_test_count_files (web), ==, 2);

  g_assert_cmpint (g_unlink (source), ==, 0);
  g_free (web);
  web = g_build_filename (tmp_dir, "web-2", NULL);
  run_cli (&again, (const char *[]) { "export-statements", path, "SOM/2022", web, NULL });
  check_run (&again, "export-statements without the file", 1, "The file of the statement of Estonia could not be read");
  g_assert_false (g_file_test (web, G_FILE_TEST_EXISTS));
}

/* A workspace file with a theme, its child, and agreed, withdrawn and
 * proposed recommendations in two meetings of two working groups. */
static char *
make_compendium_workspace (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  PlnMeeting *som = pln_workspace_find_meeting (workspace, "m-wg-7-2023");
  PlnMeeting *tip = pln_workspace_find_meeting (workspace, "m-wg-4-2018");
  g_autoptr(PlnTheme) parent = pln_theme_new ("International cooperation");
  g_autoptr(PlnTheme) child = pln_theme_new ("Extradition");
  g_autofree char *path = g_build_filename (tmp_dir, "compendium.json", NULL);
  g_autoptr(GBytes) bytes = NULL;
  struct { PlnMeeting *meeting; const char *text; PlnRecommendationStatus status; PlnTheme *theme; } recs[] = {
    { som, "States should speed up extradition in smuggling cases.", PLN_RECOMMENDATION_STATUS_AGREED, child },
    { som, "States should withdraw this one about extradition.", PLN_RECOMMENDATION_STATUS_WITHDRAWN, child },
    { tip, "States should cooperate across borders on trafficking cases.", PLN_RECOMMENDATION_STATUS_AGREED, parent },
  };

  /* The sample's own compendium aside: the tests count this one's. */
  g_list_store_remove_all (G_LIST_STORE (pln_meeting_get_recommendations (pln_workspace_find_meeting (workspace, "m-wg-7-2024"))));
  g_list_store_remove_all (G_LIST_STORE (pln_meeting_get_recommendations (pln_workspace_find_meeting (workspace, "m-wg-4-2024"))));
  g_list_store_remove_all (G_LIST_STORE (pln_workspace_get_themes (workspace)));
  pln_theme_set_parent (child, pln_theme_get_id (parent));
  pln_workspace_insert_theme (workspace, G_MAXUINT, parent);
  pln_workspace_insert_theme (workspace, G_MAXUINT, child);
  for (guint i = 0; i < G_N_ELEMENTS (recs); i++)
    {
      g_autoptr(PlnRecommendation) rec = pln_recommendation_new ();

      pln_recommendation_set_text (rec, recs[i].text);
      pln_recommendation_set_status (rec, recs[i].status);
      pln_recommendation_set_day (rec, pln_meeting_get_first_day (recs[i].meeting));
      pln_recommendation_set_themes (rec, (const char * const[]) { pln_theme_get_id (recs[i].theme), NULL });
      pln_meeting_append_recommendation (recs[i].meeting, rec);
    }

  bytes = pln_json_serialize_workspace (workspace);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  return g_steal_pointer (&path);
}

/* search: one line per hit, of every status, across working groups;
 * nothing found is status 1. */
static void
test_search (void)
{
  g_autofree char *workspace = make_compendium_workspace ();
  g_auto(Run) run = { 0 };
  g_auto(Run) phrase = { 0 };
  g_auto(Run) none = { 0 };
  g_auto(GStrv) lines = NULL;

  run_cli (&run, (const char *[]) { "search", workspace, "EXTRADITIÓN", NULL });
  check_run (&run, "search", 0, NULL);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_true (g_str_has_prefix (lines[0], "SOM\tTenth meeting\t2023-10-05\t-\tAgreed\tStates should speed up extradition"));
  g_assert_nonnull (strstr (lines[1], "\tWithdrawn\tStates should withdraw"));

  run_cli (&phrase, (const char *[]) { "search", workspace, "\"across borders\" trafficking", NULL });
  check_run (&phrase, "search with a phrase", 0, NULL);
  g_assert_true (g_str_has_prefix (phrase.out, "TIP\t"));
  g_assert_nonnull (strstr (phrase.out, "\tAgreed\tStates should cooperate across borders"));

  run_cli (&none, (const char *[]) { "search", workspace, "\"borders across\"", NULL });
  check_run (&none, "search that finds nothing", 1, NULL);
  g_assert_cmpstr (none.out, ==, "");
}

/* export-compendium: the document, by group and theme; --group, --theme
 * (a parent takes in its children) and years narrow it; a theme or group
 * that does not exist is refused. */
static void
test_export_compendium (void)
{
  g_autofree char *workspace = make_compendium_workspace ();
  g_autofree char *out = g_build_filename (tmp_dir, "compendium.txt", NULL);
  g_autofree char *text = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) narrowed = { 0 };
  g_auto(Run) pdf = { 0 };

  run_cli (&run, (const char *[]) { "export-compendium", workspace, "txt", out, NULL });
  check_run (&run, "export-compendium", 0, NULL);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  pln_test_assert_in_order (text, (const char * const []) {
    "Compendium and Thematic Index", "Working Group on Trafficking in Persons", "International cooperation",
    "1.", "cooperate across borders", "Working Group on the Smuggling of Migrants",
    "International cooperation › Extradition", "2.", "speed up extradition", "Index of themes",
    "International cooperation: 1", "International cooperation › Extradition: 2", NULL });
  g_assert_null (strstr (text, "withdraw this one"));
  g_clear_pointer (&text, g_free);

  run_cli (&narrowed, (const char *[]) { "export-compendium", workspace, "txt", out, "--theme", "international cooperation",
                                         "--group", "SOM", "--from", "2020", "--to", "2024", NULL });
  check_run (&narrowed, "export-compendium --theme --group --from --to", 0, NULL);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "speed up extradition"));
  g_assert_null (strstr (text, "across borders"));

  g_free (out);
  out = g_build_filename (tmp_dir, "compendium.pdf", NULL);
  run_cli (&pdf, (const char *[]) { "export-compendium", workspace, "pdf", out, "--to", "2019", NULL });
  check_run (&pdf, "export-compendium pdf", 0, NULL);
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));

  assert_refused ((const char *[]) { "export-compendium", workspace, "txt", out, "--theme", "Piracy", NULL }, "No theme “Piracy”");
  assert_refused ((const char *[]) { "export-compendium", workspace, "txt", out, "--group", "XYZ", NULL }, "No working group “XYZ”");
  assert_refused ((const char *[]) { "export-compendium", workspace, "txt", out, "--from", "soon", NULL }, "YEAR");
  assert_refused ((const char *[]) { "export-compendium", workspace, "rtf", out, NULL }, "unknown format “rtf”");
  assert_refused ((const char *[]) { "export-compendium", workspace, "txt", out, "--group", NULL }, "Usage:");
}

/* The CSV: its header, then a line for each of the ten. */
static void
test_speakers_csv (void)
{
  g_autofree char *workspace = make_workspace (NULL);
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;

  inscribe_twelve (workspace);
  csv = export_speakers (workspace, "1", "csv");
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 12);
  g_assert_cmpstr (lines[0], ==, "No.,Delegation,Item,Floor,Note,Minutes,Spoken");
  g_assert_cmpstr (lines[1], ==, "1,Delegation 01,,Online,,3,");
  g_assert_cmpstr (lines[10], ==, "10,Delegation 10,,Online,,3,");
  g_assert_cmpstr (lines[11], ==, "");
}

/* A plenary meeting, an item or minutes given wrong are refused with
 * exit 2, and the workspace is left as it was. */
static void
test_numbers_plenary_meeting (void)
{
  static const char * const wrong[] = { "0", "1abc", "-1", "", "99", "4294967297" };
  g_autofree char *workspace = make_workspace (NULL);
  g_autofree char *out = g_build_filename (tmp_dir, "speakers.txt", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n = demo_n_sittings ();

  g_assert_true (g_file_get_contents (workspace, &before, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_auto(Run) add = { 0 };
      g_auto(Run) export = { 0 };
      g_autofree char *reason = g_strdup_printf ("PLENARY-MEETING must be a whole number from 1 to %u, not “%s”",
                                                 n, wrong[i]);

      run_cli (&add, (const char *[]) { "add-speaker", workspace, "SOM/2022", wrong[i], "Estonia", NULL });
      check_run (&add, wrong[i], 2, reason);
      run_cli (&export, (const char *[]) { "export-speakers", workspace, "SOM/2022", wrong[i], "txt", out, NULL });
      check_run (&export, wrong[i], 2, reason);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  {
    g_auto(Run) run = { 0 };

    run_cli (&run, (const char *[]) { "add-speaker", workspace, "SOM/2022", "1", "Estonia", "--item", "99", NULL });
    check_run (&run, "--item 99", 2, "No agenda item “99”");
  }
  {
    g_auto(Run) run = { 0 };

    run_cli (&run, (const char *[]) { "add-speaker", workspace, "SOM/2022", "1", "Estonia", "--panellist", "0", NULL });
    check_run (&run, "--panellist 0", 2, "MINUTES must be a whole number from 1 to 180, not “0”");
  }

  g_assert_true (g_file_get_contents (workspace, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
}

/* ------------------------------------------------------------ report */

/* export-report writes the report in each format, says on stderr what
 * keeps it from being complete (the demo's 2022 meeting has no report
 * symbol), and writes the same English in every interface language. */
static void
test_report_formats (void)
{
  static const char * const formats[][2] = { { "pdf", "%PDF" }, { "docx", "PK" }, { "odt", "PK" }, { "txt", "" } };
  g_autofree char *workspace = make_workspace (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *out = g_strdup_printf ("%s/report.%s", tmp_dir, formats[i][0]);
      g_autofree char *contents = NULL;

      g_unlink (out);
      run_cli (&run, (const char *[]) { "export-report", workspace, "SOM/2022", formats[i][0], out, NULL });
      check_run (&run, formats[i][0], 0, "warning: The meeting has no report symbol");
      g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
      g_assert_true (g_str_has_prefix (contents, formats[i][1]));
      if (g_str_equal (formats[i][0], "txt"))
        {
          g_assert_true (g_str_has_prefix (contents, "Conference of the Parties"));
          g_assert_nonnull (strstr (contents, "Report on the meeting of the Working Group"));
          g_assert_nonnull (strstr (contents, "IV. Adoption of the report"));
        }
    }
}

static char *
export_report_in (const char *workspace,
                  const char *locale,
                  const char *language)
{
  g_auto(Run) run = { 0 };
  g_autofree char *out = g_build_filename (tmp_dir, "report-language.txt", NULL);
  char *text = NULL;

  g_unlink (out);
  run_cli_in (&run, (const char *[]) { "export-report", workspace, "WG.7/2022", "txt", out, NULL }, locale, language);
  check_run (&run, locale, 0, NULL);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  return text;
}

static void
test_report_languages (void)
{
  g_autofree char *workspace = make_workspace (NULL);
  g_autofree char *english = export_report_in (workspace, "C.UTF-8", "en");
  g_autofree char *french = export_report_in (workspace, "fr_FR.UTF-8", "fr");
  g_autofree char *arabic = export_report_in (workspace, "ar_EG.UTF-8", "ar");

  g_assert_cmpstr (french, ==, english);
  g_assert_cmpstr (arabic, ==, english);
}

/* A format, a meeting or arguments given wrong are refused, and nothing
 * is written. */
static void
test_report_refused (void)
{
  g_autofree char *workspace = make_workspace (NULL);
  g_autofree char *out = g_build_filename (tmp_dir, "refused-report.txt", NULL);
  g_auto(Run) format = { 0 };
  g_auto(Run) meeting = { 0 };
  g_auto(Run) missing = { 0 };

  g_unlink (out);
  run_cli (&format, (const char *[]) { "export-report", workspace, "SOM/2022", "rtf", out, NULL });
  check_run (&format, "rtf", 2, "unknown format “rtf”");
  run_cli (&meeting, (const char *[]) { "export-report", workspace, "SOM/1999", "txt", out, NULL });
  check_run (&meeting, "SOM/1999", -1, "No meeting “SOM/1999”");
  run_cli (&missing, (const char *[]) { "export-report", workspace, "SOM/2022", "txt", NULL });
  check_run (&missing, "three arguments", 2, "Usage: plenary-cli export-report FILE MEETING FORMAT OUT");
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* ------------------------------------------------------------ sample */

/* sample-workspace writes the synthetic archive of pln-synth.c, the
 * benchmarks' (seed 42), as a private file that opens and validates; a second run
 * keeps the first file as the backup, as every safe write does. */
static void
test_sample_workspace (void)
{
  g_autofree char *out = g_build_filename (tmp_dir, "sample.json", NULL);
  g_autofree char *backup = g_strconcat (out, "~", NULL);
  g_autoptr(PlnWorkspace) expected = pln_synth_workspace (1, 42);
  g_autoptr(GBytes) expected_bytes = pln_json_serialize_workspace (expected);
  g_autoptr(PlnWorkspace) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_auto(Run) first = { 0 };
  g_auto(Run) second = { 0 };
  GStatBuf st;
  gsize length;

  g_unlink (out);
  g_unlink (backup);
  run_cli (&first, (const char *[]) { "sample-workspace", "--years", "1", out, NULL });
  check_run (&first, "--years 1", 0, NULL);

  g_assert_true (g_file_get_contents (out, &data, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (data, length, g_bytes_get_data (expected_bytes, NULL), g_bytes_get_size (expected_bytes));
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  read = pln_json_parse_workspace (data, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pln_workspace_get_meetings (read)), ==, 10);
  g_assert_cmpuint (g_list_model_get_n_items (pln_workspace_get_working_groups (read)), ==, 5);

  /* It is a workspace without problems: its documents' symbols are of
   * their working groups' series. */
  {
    g_auto(Run) validate = { 0 };

    run_cli (&validate, (const char *[]) { "validate", out, NULL });
    check_run (&validate, "validate the sample", 0, NULL);
  }

  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  run_cli (&second, (const char *[]) { "sample-workspace", "--years", "0", out, NULL });
  check_run (&second, "--years 0", 0, NULL);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
}

/* Years given wrong and missing arguments are refused, writing nothing. */
static void
test_sample_workspace_refused (void)
{
  static const char * const wrong[] = { "ten", "-1", "301", "" };
  g_autofree char *out = g_build_filename (tmp_dir, "refused-sample.json", NULL);

  g_unlink (out);
  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *reason = g_strdup_printf ("N must be a whole number from 0 to 300, not “%s”", wrong[i]);

      run_cli (&run, (const char *[]) { "sample-workspace", "--years", wrong[i], out, NULL });
      check_run (&run, wrong[i], 2, reason);
    }

  {
    g_auto(Run) missing = { 0 };
    g_auto(Run) unnamed = { 0 };

    run_cli (&missing, (const char *[]) { "sample-workspace", "--years", "1", NULL });
    check_run (&missing, "no OUT", 2, "Usage: plenary-cli sample-workspace --years N OUT");
    run_cli (&unnamed, (const char *[]) { "sample-workspace", "1", out, NULL });
    check_run (&unnamed, "no --years", 2, "Usage: plenary-cli sample-workspace --years N OUT");
  }
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* ------------------------------------------------------------ output */

static void
assert_no_controls (const char *what,
                    const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f))
        g_test_fail_printf ("%s holds U+%04X at byte %zu", what, c, (gsize) (p - text));
    }
}

/* What plenary-cli prints of its input, on stdout and on stderr. */
static void
test_output_controls (void)
{
  g_autofree char *workspace = make_workspace ("Working \033[31mGroup\a of\x7f the \xc2\x9b" "Example");
  g_autofree char *agenda = NULL;
  g_autofree char *example = NULL;
  g_autofree char *path = pln_test_data_path ("agenda-example.txt");
  g_autoptr(GString) text = NULL;

  {
    g_auto(Run) run = { 0 };

    run_cli (&run, (const char *[]) { "dump", workspace, NULL });
    check_run (&run, "dump", 0, NULL);
    assert_no_controls ("the output of dump", run.out);
    g_assert_nonnull (strstr (run.out, "Working [31mGroup of the Example"));
  }

  /* A line the import does not understand is quoted on stderr; the city
   * goes into the JSON on stdout, with its controls escaped. */
  g_assert_true (g_file_get_contents (path, &example, NULL, NULL));
  text = g_string_new (example);
  g_string_replace (text, "Original: English", "Original: English\n\nStray \033]0;title\a line\x7f \xc2\x9bX", 1);
  g_string_replace (text, "Geneva,", "Gen\033[2Jeva\xc2\x9b,", 1);
  agenda = g_build_filename (tmp_dir, "agenda-with-controls.txt", NULL);
  g_assert_true (g_file_set_contents (agenda, text->str, text->len, NULL));

  {
    g_auto(Run) run = { 0 };

    run_cli (&run, (const char *[]) { "import-agenda", agenda, NULL });
    check_run (&run, "import-agenda", 0, "Stray ]0;title line X");
    assert_no_controls ("the problems of import-agenda", run.err);
    assert_no_controls ("the JSON of import-agenda", run.out);
    g_assert_nonnull (strstr (run.out, "\"Gen\\u001b[2Jeva\\u009b\""));
  }
}

int
main (int   argc,
      char *argv[])
{
  pln_test_init_home ();
  g_test_init (&argc, &argv, NULL);

  /* Inside the test's own home, which is removed at exit. */
  tmp_dir = g_build_filename (g_get_user_data_dir (), "cli", NULL);
  g_assert_cmpint (g_mkdir_with_parents (tmp_dir, 0700), ==, 0);

  g_test_add_func ("/cli/validate/dev-zero", test_validate_dev_zero);
  g_test_add_func ("/cli/validate/dev-urandom", test_validate_dev_urandom);
  g_test_add_func ("/cli/validate/fifo", test_validate_fifo);
  g_test_add_func ("/cli/validate/folder", test_validate_folder);
  g_test_add_func ("/cli/validate/sparse-1gb", test_validate_sparse);
  g_test_add_func ("/cli/import/agenda-fifo", test_import_agenda_fifo);
  g_test_add_func ("/cli/import/agenda-dev-zero", test_import_agenda_dev_zero);
  g_test_add_func ("/cli/import/agenda-sparse-1gb", test_import_agenda_sparse);
  g_test_add_func ("/cli/import/registrations", test_import_registrations);
  g_test_add_func ("/cli/import/registrations-report", test_import_registrations_report);
  g_test_add_func ("/cli/merge/conflicts", test_merge);
  g_test_add_func ("/cli/merge/moves-and-references", test_merge_moves_and_references);
  g_test_add_func ("/cli/numbers/day", test_numbers_day);
  g_test_add_func ("/cli/numbers/year", test_numbers_year);
  g_test_add_func ("/cli/numbers/plenary-meeting", test_numbers_plenary_meeting);
  g_test_add_func ("/cli/speakers/online-cap", test_speakers_online_cap);
  g_test_add_func ("/cli/speakers/csv", test_speakers_csv);
  g_test_add_func ("/cli/statements/export", test_statements_export);
  g_test_add_func ("/cli/output/control-characters", test_output_controls);
  g_test_add_func ("/cli/report/formats", test_report_formats);
  g_test_add_func ("/cli/report/languages", test_report_languages);
  g_test_add_func ("/cli/report/refused", test_report_refused);
  g_test_add_func ("/cli/compendium/search", test_search);
  g_test_add_func ("/cli/compendium/export", test_export_compendium);
  g_test_add_func ("/cli/sample-workspace/write", test_sample_workspace);
  g_test_add_func ("/cli/sample-workspace/refused", test_sample_workspace_refused);

  return g_test_run ();
}
