/* pln-test-http.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include "pln-test-http.h"
#include "pln-test-util.h"

#define APACHE "/usr/sbin/apache2"
#define MODULES "/usr/lib/apache2/modules"

struct _PlnTestHttp
{
  char  *root;      /* the folder served */
  char  *scratch;   /* its configuration, pid file and logs */
  char  *conf;
  char  *pid_file;
  char  *access_log;
  char  *url;
  guint  port;
  GPid   pid;
  gboolean running;
};

static const char * const modules[] = { "mpm_event", "authz_core", "dir", "mime", NULL };

/**
 * pln_test_http_available:
 * @missing: (out): what is missing, for g_test_skip()
 */
gboolean
pln_test_http_available (char **missing)
{
  if (!g_file_test (APACHE, G_FILE_TEST_IS_EXECUTABLE))
    {
      *missing = g_strdup ("apache2 is not installed (" APACHE ")");
      return FALSE;
    }
  for (guint i = 0; modules[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf (MODULES "/mod_%s.so", modules[i]);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          *missing = g_strdup_printf ("apache2's module %s is missing", path);
          return FALSE;
        }
    }
  return TRUE;
}

PlnTestHttp *
pln_test_http_new (const char *root)
{
  PlnTestHttp *self = g_new0 (PlnTestHttp, 1);
  g_autoptr(GString) conf = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  self->root = g_strdup (root);
  self->scratch = g_build_filename (g_get_user_cache_dir (), "apache", g_test_get_path (), NULL);
  g_assert_cmpint (g_mkdir_with_parents (self->scratch, 0700), ==, 0);
  self->conf = g_build_filename (self->scratch, "apache2.conf", NULL);
  self->pid_file = g_build_filename (self->scratch, "apache2.pid", NULL);
  self->access_log = g_build_filename (self->scratch, "access.log", NULL);
  self->port = pln_test_free_port ();
  self->url = g_strdup_printf ("http://127.0.0.1:%u", self->port);

  g_string_append_printf (conf, "ServerRoot \"%s\"\n", self->scratch);
  g_string_append_printf (conf, "Listen 127.0.0.1:%u\n", self->port);
  g_string_append_printf (conf, "PidFile \"%s\"\n", self->pid_file);
  g_string_append_printf (conf, "Mutex file:%s default\n", self->scratch);
  g_string_append_printf (conf, "ErrorLog \"%s/error.log\"\n", self->scratch);
  for (guint i = 0; modules[i] != NULL; i++)
    g_string_append_printf (conf, "LoadModule %s_module " MODULES "/mod_%s.so\n", modules[i], modules[i]);
  g_string_append (conf, "ServerName 127.0.0.1\nTypesConfig /etc/mime.types\nStartServers 1\n");
  /* The request line and status of each request, counted by the test,
   * and the validators of a conditional request. */
  g_string_append (conf, "LogFormat \"%r %>s if-none-match=%{If-None-Match}i if-modified-since=%{If-Modified-Since}i\" plain\n");
  g_string_append_printf (conf, "CustomLog \"%s\" plain\n", self->access_log);
  g_string_append_printf (conf, "DocumentRoot \"%s\"\n<Directory \"%s\">\n  Require all granted\n</Directory>\n",
                          root, root);
  g_assert_true (g_file_set_contents (self->conf, conf->str, conf->len, &error));
  g_assert_no_error (error);
  return self;
}

static gboolean
tick_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/**
 * pln_test_http_poll_until:
 *
 * Waits for a condition that no event of the main context announces (a
 * file, a port, a line of a log): it is checked every 20 ms.
 */
gboolean
pln_test_http_poll_until (PlnTestCondition condition,
                          gpointer         user_data,
                          guint            timeout_ms)
{
  guint tick = g_timeout_add (20, tick_cb, NULL);
  gboolean met = pln_test_wait_until (condition, user_data, timeout_ms);

  g_source_remove (tick);
  return met;
}

static gboolean
pid_file_is (gpointer user_data)
{
  PlnTestHttp *self = user_data;

  return g_file_test (self->pid_file, G_FILE_TEST_EXISTS) == self->running;
}

/* Whether the server answers a connection. */
static gboolean
answers (gpointer user_data)
{
  PlnTestHttp *self = user_data;
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection =
    g_socket_client_connect_to_host (client, "127.0.0.1", self->port, NULL, NULL);

  return connection != NULL;
}

static gboolean
refuses (gpointer user_data)
{
  return !answers (user_data);
}

/* Apache in the foreground, a child of the test that is ended with it
 * even when the test aborts (PR_SET_PDEATHSIG): no server is left behind. */
void
pln_test_http_start (PlnTestHttp *self)
{
  const char *argv[] = { APACHE, "-f", self->conf, "-DFOREGROUND", NULL };
  g_autoptr(GError) error = NULL;

  g_assert_false (self->running);
  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, pln_test_die_with_parent, NULL, &self->pid, &error);
  g_assert_no_error (error);
  self->running = TRUE;
  g_assert_true (pln_test_http_poll_until (pid_file_is, self, 20000));
  g_assert_true (pln_test_http_poll_until (answers, self, 20000));
}

void
pln_test_http_stop (PlnTestHttp *self)
{
  int status;

  if (!self->running)
    return;
  kill (self->pid, SIGTERM);
  g_assert_cmpint (waitpid (self->pid, &status, 0), ==, self->pid);
  g_spawn_close_pid (self->pid);
  self->running = FALSE;
  /* Its children may outlive it by a moment: nothing answers once the
   * port is closed. */
  g_unlink (self->pid_file);
  g_assert_true (pln_test_http_poll_until (refuses, self, 20000));
}

const char *
pln_test_http_get_url (PlnTestHttp *self)
{
  return self->url;
}

/**
 * pln_test_http_count_with:
 * @request: the start of a log line: "GET /workspace.json HTTP/1.1 304"
 *   matches the conditional requests of workspace.json answered 304
 * @containing: (nullable): what the line holds besides
 *
 * Returns: how many requests of the access log start with @request (and
 *   hold @containing)
 */
guint
pln_test_http_count_with (PlnTestHttp *self,
                          const char  *request,
                          const char  *containing)
{
  g_autofree char *log = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  if (!g_file_get_contents (self->access_log, &log, NULL, NULL))
    return 0;
  lines = g_strsplit (log, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], request) && (containing == NULL || strstr (lines[i], containing) != NULL))
      n++;
  return n;
}

guint
pln_test_http_count (PlnTestHttp *self,
                     const char  *request)
{
  return pln_test_http_count_with (self, request, NULL);
}

void
pln_test_http_free (PlnTestHttp *self)
{
  pln_test_http_stop (self);
  g_free (self->root);
  g_free (self->scratch);
  g_free (self->conf);
  g_free (self->pid_file);
  g_free (self->access_log);
  g_free (self->url);
  g_free (self);
}
