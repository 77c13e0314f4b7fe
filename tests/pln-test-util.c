/* pln-test-util.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sys/prctl.h>

#include <glib/gstdio.h>
#include <gsf/gsf.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pln-synth.h"
#include "pln-test-util.h"

static char *test_home;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }

  g_rmdir (path);
}

static void
remove_test_home (void)
{
  if (test_home != NULL && g_getenv ("PLN_TEST_KEEP_HOME") == NULL)
    remove_tree (test_home);
  g_clear_pointer (&test_home, g_free);
}

/* Every test runs with a home of its own, so the default workspace, the
 * settings and the caches it writes never touch the user's files and never
 * leak from one test into the next. */
void
pln_test_init_home (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("plenary-test-XXXXXX", &error);
  const char *subdirs[] = { "data", "config", "cache" };
  const char *variables[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" };

  g_assert_no_error (error);

  /* Removed at exit, unless PLN_TEST_KEEP_HOME is set to look into it. */
  if (test_home == NULL)
    atexit (remove_test_home);
  g_free (test_home);
  test_home = g_strdup (home);

  for (guint i = 0; i < G_N_ELEMENTS (subdirs); i++)
    {
      g_autofree char *path = g_build_filename (home, subdirs[i], NULL);

      g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
      g_setenv (variables[i], path, TRUE);
    }
}

/**
 * pln_test_create_default_workspace:
 *
 * Writes the default workspace of the test's home, made of the demo data,
 * as for a user who started Plenary before: the application opens it
 * rather than the first start's choice (test-window removes it to test
 * that).
 */
void
pln_test_create_default_workspace (void)
{
  g_autoptr(GFile) file = pln_store_get_default_file ();
  g_autoptr(PlnStore) store = pln_store_new (file);
  g_autoptr(PlnWorkspace) workspace = pln_demo_new_workspace ();
  g_autoptr(GError) error = NULL;

  pln_store_set_autosave_delay (store, 0);
  pln_store_set_workspace (store, workspace);
  g_assert_true (pln_store_save (store, NULL, &error));
}

/**
 * pln_test_seeds_dir:
 *
 * Returns: the folder of the seed documents, or %NULL when this checkout
 *   has none beside it (the caller skips, saying so)
 */
const char *
pln_test_seeds_dir (void)
{
  const char *dir = g_getenv ("PLN_SEEDS_DIR");

  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    return NULL;

  return dir;
}

char *
pln_test_seed_path (const char *name)
{
  const char *dir = pln_test_seeds_dir ();
  g_autofree char *path = NULL;

  if (dir == NULL)
    return NULL;

  path = g_build_filename (dir, name, NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;

  return g_steal_pointer (&path);
}

char *
pln_test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

gboolean
pln_test_has_display (void)
{
  return g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds or @timeout_ms passes: widgets
 * map, draw and take clicks asynchronously, and pages refresh from idles,
 * so a test waits for the state it expects instead of sleeping a fixed
 * time (on a busy machine no fixed time is enough). The timeout only
 * matters when something is broken: make it generous, 10 s or more. A
 * caller that asserts the state right after may leave the result aside:
 * its assertion says better what is wrong. */
gboolean
pln_test_wait_until (PlnTestCondition condition,
                     gpointer         user_data,
                     guint            timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, timeout_cb, &timed_out);
  gboolean done;

  /* The answer that ended the loop is the one returned: a condition may
   * act on what it finds (pln_test_wait_drawn()'s asks for another frame
   * while anything is pending), so asking again could say no to a state
   * that was reached. */
  while (!(done = condition (user_data)) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);

  return done;
}

static gboolean
set_flag_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
flag_set (gpointer user_data)
{
  return *(gboolean *) user_data;
}

/**
 * pln_test_wait_idle:
 * @timeout_ms: how long at most, a guard against a hang
 *
 * Iterates the main context until it is idle: a source of the lowest
 * priority runs only once everything pending before it (the refreshes a
 * widget scheduled at the default idle priority) has run.
 *
 * Returns: whether it became idle within @timeout_ms
 */
gboolean
pln_test_wait_idle (guint timeout_ms)
{
  gboolean idle = FALSE;

  g_idle_add_full (G_PRIORITY_LOW, set_flag_cb, &idle, NULL);
  return pln_test_wait_until (flag_set, &idle, timeout_ms);
}

typedef struct
{
  GListModel *model;
  guint       n_items;
} NItems;

static gboolean
n_items_is (gpointer user_data)
{
  NItems *wanted = user_data;

  return g_list_model_get_n_items (wanted->model) == wanted->n_items;
}

/**
 * pln_test_wait_n_items:
 *
 * Iterates the main context until @model has @n_items (filter and sort
 * models update from idle callbacks).
 *
 * Returns: whether it did within @timeout_ms
 */
gboolean
pln_test_wait_n_items (GListModel *model,
                       guint       n_items,
                       guint       timeout_ms)
{
  NItems wanted = { model, n_items };

  return pln_test_wait_until (n_items_is, &wanted, timeout_ms);
}

/**
 * pln_test_make_folder:
 *
 * Makes a folder of the running test's own in the test home, named after
 * its path (/safe-save/through-link: safe-save/through-link), so that what
 * it leaves there never meets another test's files.
 *
 * Returns: (transfer full): the folder's path
 */
char *
pln_test_make_folder (void)
{
  char *path = g_build_filename (g_get_user_data_dir (), g_test_get_path (), NULL);

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  return path;
}

GBytes *
pln_test_read_bytes (const char *path)
{
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

/**
 * pln_test_fork_piped:
 * @fd: (out): the child's end of a pipe to the parent in the child (to
 *   write to), the parent's end in the parent (to read from)
 *
 * Forks, with a pipe through which the child tells the parent what it did
 * or how far it got: its exit status says nothing once it is killed, and
 * valgrind takes it over.
 *
 * Returns: 0 in the child, the child's process id in the parent
 */
pid_t
pln_test_fork_piped (int *fd)
{
  int fds[2];
  pid_t pid;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);

  close (pid == 0 ? fds[0] : fds[1]);
  *fd = pid == 0 ? fds[1] : fds[0];
  return pid;
}

/**
 * pln_test_zip_member:
 * @zip: a ZIP file (a DOCX, an ODT)
 * @name: the path of a member in it: "word/document.xml"
 *
 * Returns: (transfer full): the member's text
 */
char *
pln_test_zip_member (GBytes     *zip,
                     const char *name)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = g_strsplit (name, "/", -1);
  GsfInput *input = gsf_input_memory_new (g_bytes_get_data (zip, NULL), g_bytes_get_size (zip), FALSE);
  GsfInfile *infile = gsf_infile_zip_new (input, &error);
  GsfInput *member;
  gsf_off_t size;
  char *text;

  g_assert_no_error (error);
  member = gsf_infile_child_by_aname (infile, (const char **) parts);
  g_assert_nonnull (member);
  size = gsf_input_size (member);
  text = g_strndup ((const char *) gsf_input_read (member, size, NULL), size);

  g_object_unref (member);
  g_object_unref (infile);
  g_object_unref (input);
  return text;
}

char *
pln_test_zip_file_member (const char *path,
                          const char *name)
{
  g_autoptr(GBytes) zip = pln_test_read_bytes (path);

  return pln_test_zip_member (zip, name);
}

/* Each of @pieces is in @text, after the one before it. */
void
pln_test_assert_in_order (const char         *text,
                          const char * const *pieces)
{
  for (guint i = 0; pieces[i] != NULL; i++)
    {
      const char *at = strstr (text, pieces[i]);

      if (at == NULL)
        g_error ("“%s” is missing or out of order", pieces[i]);
      text = at + strlen (pieces[i]);
    }
}

/**
 * pln_test_add_recommendation:
 * @item_id: the id of the agenda item it is made under
 * @day_index: the day of the meeting it is made on, from 0
 *
 * Returns: (transfer none): the recommendation, appended to @meeting's
 */
PlnRecommendation *
pln_test_add_recommendation (PlnMeeting *meeting,
                             const char *item_id,
                             guint       day_index,
                             const char *text,
                             const char *source)
{
  g_autoptr(PlnRecommendation) rec = NULL;
  GDate day;

  pln_meeting_get_day (meeting, day_index, &day);
  rec = g_object_new (PLN_TYPE_RECOMMENDATION,
                      "day", &day,
                      "agenda-item", pln_meeting_find_agenda_item (meeting, item_id),
                      "text", text,
                      "source", source,
                      NULL);
  pln_meeting_append_recommendation (meeting, rec);
  return rec;
}

/* How many entries @folder holds; it must exist. */
guint
pln_test_count_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* How many times @what is in @text. */
guint
pln_test_count (const char *text,
                const char *what)
{
  guint n = 0;

  for (const char *p = strstr (text, what); p != NULL; p = strstr (p + 1, what))
    n++;

  return n;
}

/* The text export of @document. */
char *
pln_test_document_text (PlnDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = pln_document_export_to_bytes (document, PLN_DOCUMENT_FORMAT_TEXT, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

void
pln_test_store_set_up (PlnTestStore  *fixture,
                       gconstpointer  data)
{
  fixture->folder = pln_test_make_folder ();
  fixture->path = g_build_filename (fixture->folder, "workspace.json", NULL);
  fixture->backup = g_strconcat (fixture->path, "~", NULL);
  fixture->file = g_file_new_for_path (fixture->path);
  fixture->store = pln_store_new (fixture->file);
}

void
pln_test_store_tear_down (PlnTestStore  *fixture,
                          gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->file);
  g_clear_pointer (&fixture->backup, g_free);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->folder, g_free);
}

/**
 * pln_test_two_stores_set_up:
 *
 * Saves a synthetic year (seed 2022) to a file of its own and opens it
 * in two stores, as two officers on a shared folder; their autosaves are
 * put off, as they would race the saves a test makes.
 */
void
pln_test_two_stores_set_up (PlnTestTwoStores *fixture,
                            gconstpointer     data)
{
  g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (1, 2022);
  g_autoptr(GError) error = NULL;

  pln_test_store_set_up (&fixture->test, data);
  pln_test_store_save_workspace (fixture->test.store, workspace);
  g_assert_true (pln_store_load (fixture->test.store, NULL, &error));
  fixture->other = pln_store_new (fixture->test.file);
  g_assert_true (pln_store_load (fixture->other, NULL, &error));
  g_assert_no_error (error);

  pln_store_set_autosave_delay (fixture->test.store, 1000000);
  pln_store_set_autosave_delay (fixture->other, 1000000);
}

void
pln_test_two_stores_tear_down (PlnTestTwoStores *fixture,
                               gconstpointer     data)
{
  g_assert_finalize_object (fixture->other);
  pln_test_store_tear_down (&fixture->test, data);
}

/* Returns: (transfer none): the meeting at @position of @store's workspace */
PlnMeeting *
pln_test_store_meeting (PlnStore *store,
                        guint     position)
{
  g_autoptr(PlnMeeting) found = g_list_model_get_item (pln_workspace_get_meetings (pln_store_get_workspace (store)),
                                                       position);

  return found;
}

/**
 * pln_test_free_port:
 *
 * Returns: a port of 127.0.0.1 nobody listens on now: the kernel's
 *   choice for port 0, for a server a test starts
 */
guint
pln_test_free_port (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (socket);
  g_assert_true (g_socket_bind (socket, any, FALSE, &error));
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

/**
 * pln_test_die_with_parent:
 *
 * A #GSpawnChildSetupFunc: the server a test starts ends with the test,
 * also after a failed assertion, which runs no cleanup.
 */
void
pln_test_die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

/* Gives @store @workspace and saves it: its file holds it then. */
void
pln_test_store_save_workspace (PlnStore     *store,
                               PlnWorkspace *workspace)
{
  g_autoptr(GError) error = NULL;
  gboolean saved;

  pln_store_set_workspace (store, workspace);
  saved = pln_store_save (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (saved);
}

/* A PlnTestCondition: @store has saved what it had to, and is not saving. */
gboolean
pln_test_store_clean (gpointer store)
{
  return !pln_store_get_busy (store) && !pln_store_get_dirty (store);
}

/* @store refuses to load, with the error @domain and @code, saying @says. */
void
pln_test_assert_load_fails (PlnStore   *store,
                            GQuark      domain,
                            int         code,
                            const char *says)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (pln_store_load (store, NULL, &error));
  g_assert_error (error, domain, code);
  if (strstr (error->message, says) == NULL)
    g_error ("“%s” does not say “%s”", error->message, says);
}

/**
 * pln_test_dup_speaker_order:
 *
 * Returns: (transfer full): the delegations of @sitting's list of
 *   speakers in order, ", "-separated, "*" before those carried over
 */
char *
pln_test_dup_speaker_order (PlnSitting *sitting)
{
  GListModel *speakers = pln_sitting_get_speakers (sitting);
  GString *order = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (speakers); i++)
    {
      g_autoptr(PlnSpeaker) speaker = g_list_model_get_item (speakers, i);

      g_string_append_printf (order, "%s%s%s", order->len ? ", " : "",
                              pln_speaker_get_carried_from (speaker) ? "*" : "",
                              pln_speaker_get_delegation (speaker));
    }

  return g_string_free (order, FALSE);
}

/**
 * pln_test_run:
 * @status: (out): the wait status, or -1 when @argv could not run
 *
 * Returns: (transfer full) (nullable): what @argv wrote on its output
 */
char *
pln_test_run (const char * const *argv,
              int                *status)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, status, &error))
    {
      *status = -1;
      return NULL;
    }

  return out;
}

/**
 * pln_test_export:
 * @name: the file's name in the user data folder
 *
 * Returns: (transfer full): the path of @document exported as @format
 */
char *
pln_test_export (PlnDocument       *document,
                 PlnDocumentFormat  format,
                 const char        *name)
{
  char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (pln_document_export (document, format, file, NULL, &error));
  g_assert_no_error (error);
  return path;
}

/**
 * pln_test_libreoffice_to_pdf:
 * @path: a DOCX or ODT
 *
 * Has LibreOffice, headless, open @path and write it as PDF: it must
 * manage to.
 *
 * Returns: (transfer full) (nullable): the PDF's path, or %NULL when
 *   LibreOffice is not installed
 */
char *
pln_test_libreoffice_to_pdf (const char *path)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "lo-out", NULL);
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile", g_get_user_data_dir ());
  const char *argv[] = { "libreoffice", profile, "--headless", "--convert-to", "pdf", "--outdir", dir, path, NULL };
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *stem = g_strndup (basename, strrchr (basename, '.') - basename);
  g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", dir, stem);
  g_autofree char *libreoffice = g_find_program_in_path ("libreoffice");
  g_autofree char *out = NULL;
  int status;

  if (libreoffice == NULL)
    {
      g_test_message ("LibreOffice is not installed: not opening %s with it", basename);
      return NULL;
    }

  g_remove (pdf);
  out = pln_test_run (argv, &status);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
  return g_steal_pointer (&pdf);
}

static void
save_async_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GError **error = user_data;

  if (!pln_store_save_finish (PLN_STORE (object), result, error) && *error == NULL)
    g_assert_not_reached ();
  g_object_set_data (object, "pln-test-saved", GINT_TO_POINTER (1));
}

static gboolean
store_saved (gpointer store)
{
  return g_object_get_data (store, "pln-test-saved") != NULL;
}

/**
 * pln_test_store_save_async:
 *
 * Saves @store in a worker, as the window does, and waits for the end of
 * the save.
 *
 * Returns: whether it saved; why not in @error
 */
gboolean
pln_test_store_save_async (PlnStore  *store,
                           GError   **error)
{
  g_object_set_data (G_OBJECT (store), "pln-test-saved", NULL);
  pln_store_save_async (store, NULL, save_async_done_cb, error);
  g_assert_true (pln_test_wait_until (store_saved, store, 60000));
  return *error == NULL;
}

/**
 * pln_test_publish:
 * @folder: where the secretariat publishes
 *
 * Publishes the public edition of @workspace (by "UNODC Secretariat") and
 * its documents to @folder, as the secretariat's window does.
 */
void
pln_test_publish (PlnWorkspace *workspace,
                  const char   *folder)
{
  g_autoptr(GBytes) full = pln_json_serialize_workspace (workspace);
  g_autoptr(GFile) out = g_file_new_for_path (folder);
  g_autoptr(GError) error = NULL;
  PlnPublicOptions options = { "UNODC Secretariat", FALSE };

  g_assert_true (pln_public_edition_publish (full, &options, out, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* The chair shares the non-paper of day @index of meeting @meeting_id. */
void
pln_test_share_day (PlnWorkspace *workspace,
                    const char   *meeting_id,
                    guint         index)
{
  PlnMeeting *meeting = pln_workspace_find_meeting (workspace, meeting_id);
  GDate day;

  g_assert_nonnull (meeting);
  g_assert_true (pln_meeting_get_day (meeting, index, &day));
  pln_meeting_mark_shared (meeting, &day);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * pln_test_dump_folder:
 *
 * Appends the names and bytes of every file under @folder to @out, in
 * order: two dumps are equal exactly when nothing under @folder changed.
 */
void
pln_test_dump_folder (const char *folder,
                      GString    *out)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, names->pdata[i], NULL);
      g_autofree char *data = NULL;
      gsize length;

      g_string_append_printf (out, "[%s]", path);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        pln_test_dump_folder (path, out);
      else if (g_file_get_contents (path, &data, &length, NULL))
        g_string_append_len (out, data, length);
    }
}
