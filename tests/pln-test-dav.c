/* pln-test-dav.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>

#include "pln-test-dav.h"
#include "pln-test-util.h"

/* apache2 runs unprivileged with a configuration of the test's own: its
 * port, its pid file, its logs and its lock database are in the test's
 * folder, so that several tests (and several runs) never meet. It runs
 * as the test's child, and ends with it; the test waits for the port to
 * answer, or to stop answering, by polling it. GVfs is the gvfsd of the
 * session bus, started by D-Bus activation. */

#define APACHE "/usr/sbin/apache2"
#define GVFSD "/usr/libexec/gvfsd"
#define MODULES "/usr/lib/apache2/modules"
#define WAIT_MS 30000
#define POLL_MS 20

struct _PlnTestDav
{
  char  *folder;
  char  *root;     /* the document root */
  char      *config;
  guint      port;
  GPid       pid;     /* apache2's main process, in the foreground */
  GPtrArray *files;   /* handed out: their shares are unmounted at the end */
};

/**
 * pln_test_dav_init:
 *
 * To call before anything of GIO runs, and before pln_test_init_home():
 * the volume monitors of GVfs (udisks, MTP…) are of no use to a test and
 * warn when they are not supported; and GVfs finds gvfsd's socket in the
 * user's runtime folder, which without XDG_RUNTIME_DIR is the cache folder
 * that the test home replaces.
 */
void
pln_test_dav_init (void)
{
  g_setenv ("GIO_USE_VOLUME_MONITOR", "unix", TRUE);
  g_setenv ("XDG_RUNTIME_DIR", g_get_user_runtime_dir (), FALSE);
}

static void
write_config (PlnTestDav *dav)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = g_strdup_printf ("ServerRoot %1$s\n"
                          "Listen 127.0.0.1:%2$u\n"
                          "ServerName 127.0.0.1\n"
                          "PidFile %1$s/httpd.pid\n"
                          "ErrorLog %1$s/error.log\n"
                          "LoadModule mpm_event_module " MODULES "/mod_mpm_event.so\n"
                          "LoadModule authz_core_module " MODULES "/mod_authz_core.so\n"
                          "LoadModule dav_module " MODULES "/mod_dav.so\n"
                          "LoadModule dav_fs_module " MODULES "/mod_dav_fs.so\n"
                          "LoadModule dir_module " MODULES "/mod_dir.so\n"
                          "LoadModule mime_module " MODULES "/mod_mime.so\n"
                          "TypesConfig /etc/mime.types\n"
                          "DAVLockDB %1$s/DAVLock\n"
                          "DocumentRoot %3$s\n"
                          "<Directory %3$s>\n"
                          "  Dav On\n"
                          "  Require all granted\n"
                          "</Directory>\n",
                          dav->folder, dav->port, dav->root);
  g_file_set_contents (dav->config, text, -1, &error);
  g_assert_no_error (error);
}

static void
exited_cb (GPid     pid,
           int      status,
           gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

static gboolean
flag_set (gpointer user_data)
{
  return *(gboolean *) user_data;
}

/**
 * pln_test_dav_is_running:
 *
 * Returns: whether the server accepts a connection now
 */
gboolean
pln_test_dav_is_running (PlnTestDav *dav)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;

  connection = g_socket_client_connect_to_host (client, "127.0.0.1", dav->port, NULL, NULL);
  return connection != NULL;
}

typedef struct
{
  PlnTestDav *dav;
  gboolean    running;   /* what is waited for */
  gboolean    reached;
} PortWait;

static gboolean
poll_port_cb (gpointer user_data)
{
  PortWait *wait = user_data;

  wait->reached = pln_test_dav_is_running (wait->dav) == wait->running;
  return wait->reached ? G_SOURCE_REMOVE : G_SOURCE_CONTINUE;
}

static gboolean
port_reached (gpointer user_data)
{
  return ((PortWait *) user_data)->reached;
}

static void
wait_for_port (PlnTestDav *dav,
               gboolean    running)
{
  PortWait wait = { dav, running, FALSE };
  guint id = g_timeout_add (POLL_MS, poll_port_cb, &wait);

  if (!pln_test_wait_until (port_reached, &wait, WAIT_MS))
    {
      g_source_remove (id);
      g_error ("The WebDAV server on port %u did not %s", dav->port, running ? "start" : "stop");
    }
}

/* Why a test of a WebDAV share cannot run here, or NULL. */
static char *
find_missing (void)
{
  const char * const *schemes;

  if (!g_file_test (APACHE, G_FILE_TEST_IS_EXECUTABLE))
    return g_strdup ("apache2 is not installed (" APACHE ")");
  if (!g_file_test (MODULES "/mod_dav_fs.so", G_FILE_TEST_EXISTS))
    return g_strdup ("apache2's mod_dav_fs is not installed");
  if (!g_file_test (GVFSD, G_FILE_TEST_IS_EXECUTABLE))
    return g_strdup ("GVfs is not installed (" GVFSD ", gvfs-daemons)");
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    return g_strdup ("no session bus for GVfs (run the tests under dbus-run-session)");

  schemes = g_vfs_get_supported_uri_schemes (g_vfs_get_default ());
  if (!g_strv_contains (schemes, "dav"))
    return g_strdup ("GIO does not reach dav:// locations (gvfs-backends)");
  return NULL;
}

/**
 * pln_test_dav_new:
 * @folder: the test's own folder, for the server's files
 * @why_not: (out): why no server can run here, when %NULL is returned
 *
 * Starts a WebDAV server. Nothing is mounted: Plenary mounts what it
 * opens or publishes to, as it must for a user.
 *
 * Returns: (transfer full) (nullable): the server, running
 */
PlnTestDav *
pln_test_dav_new (const char  *folder,
                  char       **why_not)
{
  g_autoptr(PlnTestDav) dav = NULL;

  if ((*why_not = find_missing ()) != NULL)
    return NULL;

  dav = g_new0 (PlnTestDav, 1);
  dav->folder = g_build_filename (folder, "dav-server", NULL);
  dav->root = g_build_filename (dav->folder, "root", NULL);
  dav->config = g_build_filename (dav->folder, "httpd.conf", NULL);
  dav->files = g_ptr_array_new_with_free_func (g_object_unref);
  g_assert_cmpint (g_mkdir_with_parents (dav->root, 0700), ==, 0);
  dav->port = pln_test_free_port ();
  write_config (dav);

  pln_test_dav_start (dav);
  return g_steal_pointer (&dav);
}

const char *
pln_test_dav_get_root (PlnTestDav *dav)
{
  return dav->root;
}

/**
 * pln_test_dav_get_path:
 *
 * Returns: (transfer full): where the server keeps @name on disk (its
 *   folder made)
 */
char *
pln_test_dav_get_path (PlnTestDav *dav,
                       const char *name)
{
  char *path = g_build_filename (dav->root, name, NULL);
  g_autofree char *folder = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  return path;
}

/**
 * pln_test_dav_get_file:
 * @name: (nullable): a file of the share, or %NULL for the share itself
 *
 * Returns: (transfer full): `dav://127.0.0.1:PORT/NAME`
 */
GFile *
pln_test_dav_get_file (PlnTestDav *dav,
                       const char *name)
{
  g_autofree char *uri = g_strdup_printf ("dav://127.0.0.1:%u/%s", dav->port, name != NULL ? name : "");
  GFile *file = g_file_new_for_uri (uri);

  g_ptr_array_add (dav->files, g_object_ref (file));
  return file;
}

/* Stops the server (a share mounted stays mounted, unreachable) and waits
 * until it has ended and no longer answers. */
void
pln_test_dav_stop (PlnTestDav *dav)
{
  gboolean exited = FALSE;

  g_assert_cmpint (dav->pid, !=, 0);
  g_child_watch_add (dav->pid, exited_cb, &exited);
  kill (dav->pid, SIGTERM);
  g_assert_true (pln_test_wait_until (flag_set, &exited, WAIT_MS));
  g_spawn_close_pid (dav->pid);
  dav->pid = 0;
  wait_for_port (dav, FALSE);
}

/* Starts the server (again, on the same port), and waits until it
 * answers. It runs in the foreground ("-DFOREGROUND", rather than "-k
 * start", which detaches) as the test's child, so that it ends with it. */
void
pln_test_dav_start (PlnTestDav *dav)
{
  const char *argv[] = { APACHE, "-f", dav->config, "-DFOREGROUND", NULL };
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (dav->pid, ==, 0);
  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                 pln_test_die_with_parent, NULL, &dav->pid, &error);
  g_assert_no_error (error);
  wait_for_port (dav, TRUE);
}

static void
unmount_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_mount_unmount_with_operation_finish (G_MOUNT (object), result, NULL);
  *(gboolean *) user_data = TRUE;
}

void
pln_test_dav_free (PlnTestDav *dav)
{
  if (dav == NULL)
    return;

  for (guint i = 0; dav->files != NULL && i < dav->files->len; i++)
    {
      g_autoptr(GMount) mount = g_file_find_enclosing_mount (g_ptr_array_index (dav->files, i), NULL, NULL);
      gboolean unmounted = FALSE;

      if (mount == NULL)
        continue;
      g_mount_unmount_with_operation (mount, G_MOUNT_UNMOUNT_FORCE, NULL, NULL, unmount_done_cb, &unmounted);
      pln_test_wait_until (flag_set, &unmounted, WAIT_MS);
    }

  if (dav->pid != 0)
    pln_test_dav_stop (dav);

  g_clear_pointer (&dav->files, g_ptr_array_unref);
  g_free (dav->folder);
  g_free (dav->root);
  g_free (dav->config);
  g_free (dav);
}
