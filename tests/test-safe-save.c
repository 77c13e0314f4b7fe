/* test-safe-save.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "plenary-core.h"
#include "pln-test-util.h"

/* Saving never loses what was saved before: a full disk leaves the file
 * and its backup byte for byte as they were, with nothing left beside
 * them; what an interrupted save left behind is cleaned up on the next
 * open; a damaged file can be replaced by its backup; reading refuses
 * what is not a workspace-sized regular file before reading it. */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @folder, sorted, joined by spaces. */
static char *
list_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* Makes writes past @limit bytes fail with EFBIG, as a full disk does,
 * in this process; only the soft limit, so that it can be lifted again. */
static void
limit_file_size (rlim_t limit)
{
  struct rlimit rl;

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &rl), ==, 0);
  rl.rlim_cur = limit;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &rl), ==, 0);
}

static void
unlimit_file_size (void)
{
  struct rlimit rl;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &rl), ==, 0);
  rl.rlim_cur = rl.rlim_max;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &rl), ==, 0);
}

typedef int (*ChildFunc) (gpointer data);

/* Runs @func in a child process (where a limit on the file size does not
 * reach the test itself) and returns what it returned. The result comes
 * back through a pipe, not the exit status, which valgrind takes over. */
static int
run_in_child (ChildFunc func,
              gpointer  data)
{
  guchar result = 255;
  int fd;
  int status;
  pid_t pid = pln_test_fork_piped (&fd);

  if (pid == 0)
    {
      result = func (data);
      if (write (fd, &result, 1) != 1)
        _exit (1);
      _exit (0);
    }

  g_assert_cmpint (read (fd, &result, 1), ==, 1);
  close (fd);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return result;
}

/* The store's workspace saved twice, so that its file has a backup. */
static void
saved_twice_set_up (PlnTestStore  *fixture,
                    gconstpointer  data)
{
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autoptr(GError) error = NULL;

  pln_test_store_set_up (fixture, data);
  pln_store_set_autosave_delay (fixture->store, 0);
  pln_workspace_set_title (workspace, "First version");
  pln_test_store_save_workspace (fixture->store, workspace);
  pln_workspace_set_title (workspace, "Second version");
  g_assert_true (pln_store_save (fixture->store, NULL, &error));
  g_assert_no_error (error);
}

/* What a store of its own reads from @path has @title. */
static void
assert_title_on_disk (const char *path,
                      const char *title)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PlnStore) reader = pln_store_new (file);
  g_autoptr(GError) error = NULL;

  g_assert_true (pln_store_load (reader, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pln_workspace_get_title (pln_store_get_workspace (reader)), ==, title);
}

/* In the child: a save larger than the room left must fail, say so, and
 * keep the edits. */
static int
save_on_full_disk (gpointer data)
{
  PlnStore *store = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (pln_store_get_file (store));
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  limit_file_size (st.st_size + 4096);
  if (pln_store_save (store, NULL, &error))
    return 10;
  /* The message says what happened and that nothing was lost. */
  if (strstr (error->message, "The disk is full") == NULL ||
      strstr (error->message, "workspace.json") == NULL ||
      strstr (error->message, "unchanged") == NULL)
    return 12;
  if (pln_store_get_error (store) == NULL || !pln_store_get_dirty (store))
    return 13;
  return 0;
}

static void
test_disk_full_workspace (PlnTestStore  *fixture,
                          gconstpointer  data)
{
  const char *path = fixture->path;
  const char *backup = fixture->backup;
  PlnStore *store = fixture->store;
  g_autoptr(GBytes) file_before = pln_test_read_bytes (path);
  g_autoptr(GBytes) backup_before = pln_test_read_bytes (backup);
  g_autofree char *listing = NULL;

  /* A larger workspace, and a disk with room for less than that. */
  {
    g_autoptr(PlnWorkspace) larger = pln_synth_workspace (1, 3);

    pln_store_set_workspace (store, larger);
    pln_workspace_set_title (larger, "Third version, larger");
  }

  g_assert_cmpint (run_in_child (save_on_full_disk, store), ==, 0);

  /* Byte for byte as before, and nothing else in the folder. */
  {
    g_autoptr(GBytes) file_after = pln_test_read_bytes (path);
    g_autoptr(GBytes) backup_after = pln_test_read_bytes (backup);

    g_assert_true (g_bytes_equal (file_before, file_after));
    g_assert_true (g_bytes_equal (backup_before, backup_after));
  }
  listing = list_folder (fixture->folder);
  g_assert_cmpstr (listing, ==, "workspace.json workspace.json~");
}

typedef struct
{
  PlnDocument *document;
  GFile       *file;
} ExportJob;

static int
export_on_full_disk (gpointer data)
{
  ExportJob *job = data;
  g_autoptr(GError) error = NULL;

  limit_file_size (16 * 1024);
  if (pln_document_export (job->document, PLN_DOCUMENT_FORMAT_TEXT, job->file, NULL, &error))
    return 10;
  return strstr (error->message, "The disk is full") != NULL ? 0 : 11;
}

static void
test_disk_full_export (void)
{
  g_autofree char *folder = pln_test_make_folder ();
  g_autofree char *path = g_build_filename (folder, "non-paper.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PlnDocument) document = pln_document_new ("Non-paper");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *listing = NULL;
  ExportJob job = { document, file };

  g_assert_true (g_file_set_contents (path, "The non-paper exported before.\n", -1, NULL));
  before = pln_test_read_bytes (path);

  for (guint i = 0; i < 2000; i++)
    g_string_append (long_text, "States parties should strengthen cooperation. ");
  pln_document_add_title (document, "Non-paper");
  pln_document_add_paragraph (document, long_text->str, PLN_TEXT_PLAIN);

  g_assert_cmpint (run_in_child (export_on_full_disk, &job), ==, 0);

  {
    g_autoptr(GBytes) after = pln_test_read_bytes (path);

    g_assert_true (g_bytes_equal (before, after));
  }
  listing = list_folder (folder);
  g_assert_cmpstr (listing, ==, "non-paper.txt");

  /* With room, the export replaces the file. */
  g_assert_true (pln_document_export (document, PLN_DOCUMENT_FORMAT_TEXT, file, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GBytes) after = pln_test_read_bytes (path);

    g_assert_cmpuint (g_bytes_get_size (after), >, 16 * 1024);
  }
}

static gboolean
store_saved_or_failed (gpointer user_data)
{
  PlnStore *store = user_data;

  return !pln_store_get_busy (store) && (pln_store_get_error (store) != NULL || !pln_store_get_dirty (store));
}

/* A failed autosave keeps the edits and says why; the next edit tries
 * again, and succeeds once there is room. */
static void
test_autosave_failure (PlnTestStore  *fixture,
                       gconstpointer  data)
{
  PlnStore *store = fixture->store;
  g_autoptr(GString) long_title = g_string_new (NULL);
  PlnWorkspace *workspace = pln_store_get_workspace (store);

  for (guint i = 0; i < 20000; i++)
    g_string_append (long_title, "An edit that does not fit. ");

  pln_store_set_autosave_delay (store, 1);
  limit_file_size (64 * 1024);
  pln_workspace_set_title (workspace, long_title->str);
  g_assert_true (pln_test_wait_until (store_saved_or_failed, store, 60000));
  g_assert_nonnull (pln_store_get_error (store));
  g_assert_true (pln_store_get_dirty (store));
  g_assert_nonnull (strstr (pln_store_get_error (store)->message, "The disk is full"));

  /* Room again: the next edit saves everything. */
  unlimit_file_size ();
  pln_workspace_set_title (workspace, "Saved after the disk had room again");
  g_assert_true (pln_test_wait_until (pln_test_store_clean, store, 60000));
  g_assert_null (pln_store_get_error (store));
  g_assert_false (pln_store_get_dirty (store));

  assert_title_on_disk (fixture->path, "Saved after the disk had room again");
}

/* What a save killed half-way leaves beside the file is removed when the
 * file is next opened, but not while another process is still writing. */
static void
test_stale_temporaries (PlnTestStore  *fixture,
                        gconstpointer  data)
{
  const char *folder = fixture->folder;
  g_autofree char *stale = g_build_filename (folder, ".workspace.json.plenary-tmp-AbC123", NULL);
  g_autofree char *stale_backup = g_build_filename (folder, ".workspace.json~.plenary-tmp-XyZ789", NULL);
  g_autofree char *other = g_build_filename (folder, ".workspace.json.old.plenary-tmp-AbC123", NULL);
  g_autofree char *listing = NULL;

  g_assert_true (g_file_set_contents (stale, "{\"half\": \"a workspace", -1, NULL));
  g_assert_true (g_file_set_contents (stale_backup, "an old version", -1, NULL));
  g_assert_true (g_file_set_contents (other, "another file's, kept", -1, NULL));

  /* Locked, as a save in progress in another process holds it; the child
   * says through a pipe when it holds the lock. */
  {
    int fd;
    char byte;
    pid_t pid = pln_test_fork_piped (&fd);
    int status;

    if (pid == 0)
      {
        int locked = g_open (stale, O_RDONLY, 0);

        if (locked < 0 || flock (locked, LOCK_EX) != 0 || write (fd, "L", 1) != 1)
          _exit (1);
        for (;;)
          pause ();
      }
    g_assert_cmpint (read (fd, &byte, 1), ==, 1);
    close (fd);

    g_assert_cmpuint (pln_file_remove_stale_temporaries (fixture->file), ==, 0);
    g_assert_true (g_file_test (stale, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (stale_backup, G_FILE_TEST_EXISTS));

    /* The writer is killed: its files are leftovers now. */
    kill (pid, SIGKILL);
    g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  }

  /* Opening the workspace removes them; another file's stays. */
  assert_title_on_disk (fixture->path, "Second version");
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (stale_backup, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  listing = list_folder (folder);
  g_assert_cmpstr (listing, ==, ".workspace.json.old.plenary-tmp-AbC123 workspace.json workspace.json~");
}

/* A damaged file whose backup is whole: the backup is offered, and taking
 * it keeps the damaged file aside. */
static void
test_recover_from_backup (PlnTestStore  *fixture,
                          gconstpointer  data)
{
  const char *path = fixture->path;
  g_autoptr(PlnStore) store = pln_store_new (fixture->file);
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GBytes) damaged = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *aside_path = NULL;

  g_assert_true (g_file_set_contents (path, "{\"format\": 1, \"id\": \"w\", \"working_gr", -1, NULL));
  damaged = pln_test_read_bytes (path);

  g_assert_false (pln_store_load (store, NULL, &error));
  g_assert_error (error, PLN_ERROR, PLN_ERROR_PARSE);
  g_assert_true (pln_store_get_recoverable (store));
  g_assert_nonnull (pln_store_get_recovery_time (store));
  g_assert_null (pln_store_get_workspace (store));
  g_clear_error (&error);

  g_assert_true (pln_store_recover (store, &aside, &error));
  g_assert_no_error (error);
  g_assert_false (pln_store_get_recoverable (store));
  /* The backup held the first version. */
  g_assert_cmpstr (pln_workspace_get_title (pln_store_get_workspace (store)), ==, "First version");

  aside_path = g_file_get_path (aside);
  g_assert_true (g_str_has_prefix (aside_path, path));
  g_assert_nonnull (strstr (aside_path, ".damaged-"));
  {
    g_autoptr(GBytes) kept = pln_test_read_bytes (aside_path);

    g_assert_true (g_bytes_equal (damaged, kept));
  }

  /* Saved under the file's name; the backup is still the good version. */
  g_assert_true (pln_store_get_dirty (store));
  g_assert_true (pln_store_flush (store, &error));
  assert_title_on_disk (path, "First version");
}

/* A file that cannot be read as a workspace, whose backup cannot either:
 * nothing to offer. */
static void
test_no_recovery_without_backup (PlnTestStore  *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (fixture->path, "not a workspace", -1, NULL));
  g_assert_true (g_file_set_contents (fixture->backup, "not one either", -1, NULL));
  g_assert_false (pln_store_load (fixture->store, NULL, &error));
  g_assert_false (pln_store_get_recoverable (fixture->store));
}

/* What is not a regular file of a workspace's size is refused before it
 * is read: a folder, a pipe without a writer (opening it would never
 * return), a device that never ends, a sparse file of a gigabyte. */
static void
test_bounded_reading (void)
{
  g_autofree char *folder = pln_test_make_folder ();
  g_autofree char *fifo = g_build_filename (folder, "pipe.json", NULL);
  g_autofree char *sparse = g_build_filename (folder, "sparse.json", NULL);
  struct {
    const char *path;
    GQuark      domain;
    int         code;
    const char *says;
  } cases[] = {
    { folder, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "is a folder" },
    { fifo, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, "not a regular file" },
    { "/dev/zero", G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, "not a regular file" },
    { sparse, PLN_ERROR, PLN_ERROR_TOO_LARGE, "too large" },
  };
  int fd;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  fd = g_open (sparse, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 1024 * 1024 * 1024), ==, 0);
  close (fd);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (cases[i].path);
      g_autoptr(PlnStore) store = pln_store_new (file);

      pln_test_assert_load_fails (store, cases[i].domain, cases[i].code, cases[i].says);
    }
}

/* A workspace reached through a symbolic link is saved where the link
 * points; the link stays a link. */
static void
test_save_through_link (PlnTestStore  *fixture,
                        gconstpointer  data)
{
  g_autofree char *link_path = g_build_filename (fixture->folder, "link.json", NULL);
  g_autoptr(GFile) link_file = g_file_new_for_path (link_path);
  g_autoptr(PlnStore) through_link = pln_store_new (link_file);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (symlink ("workspace.json", link_path), ==, 0);
  g_assert_true (pln_store_load (through_link, NULL, &error));
  pln_workspace_set_title (pln_store_get_workspace (through_link), "Saved through the link");
  g_assert_true (pln_store_save (through_link, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
  assert_title_on_disk (fixture->path, "Saved through the link");
}

/* A stream read up to a limit: whole when it is within, stopped with more
 * than the limit (for the caller to refuse) when it is not, even when the
 * stream has no end. */
static void
test_stream_read_up_to (void)
{
  g_autoptr(GInputStream) small = g_memory_input_stream_new_from_data ("0123456789", 10, NULL);
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autoptr(GFileInputStream) endless = g_file_read (zero, NULL, NULL);
  g_autoptr(GByteArray) whole = g_byte_array_new ();
  g_autoptr(GByteArray) stopped = g_byte_array_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (pln_stream_read_up_to (small, 100, whole, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (whole->data, whole->len, "0123456789", 10);

  g_assert_nonnull (endless);
  g_assert_true (pln_stream_read_up_to (G_INPUT_STREAM (endless), 1000 * 1000, stopped, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stopped->len, >, 1000 * 1000);
}

int
main (int   argc,
      char *argv[])
{
  pln_test_init_home ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/safe-save/disk-full/workspace", PlnTestStore, NULL, saved_twice_set_up, test_disk_full_workspace,
              pln_test_store_tear_down);
  g_test_add_func ("/safe-save/disk-full/export", test_disk_full_export);
  g_test_add_func ("/safe-save/stream-read-up-to", test_stream_read_up_to);
  g_test_add ("/safe-save/autosave-failure", PlnTestStore, NULL, saved_twice_set_up, test_autosave_failure,
              pln_test_store_tear_down);
  g_test_add ("/safe-save/stale-temporaries", PlnTestStore, NULL, saved_twice_set_up, test_stale_temporaries,
              pln_test_store_tear_down);
  g_test_add ("/safe-save/recover-from-backup", PlnTestStore, NULL, saved_twice_set_up, test_recover_from_backup,
              pln_test_store_tear_down);
  g_test_add ("/safe-save/no-recovery-without-backup", PlnTestStore, NULL, pln_test_store_set_up,
              test_no_recovery_without_backup, pln_test_store_tear_down);
  g_test_add_func ("/safe-save/bounded-reading", test_bounded_reading);
  g_test_add ("/safe-save/through-link", PlnTestStore, NULL, saved_twice_set_up, test_save_through_link,
              pln_test_store_tear_down);

  return g_test_run ();
}
