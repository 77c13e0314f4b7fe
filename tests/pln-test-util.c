/* pln-test-util.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

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

  while (!condition (user_data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);

  return condition (user_data);
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
