/* test-probe.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plenary-core.h"
#include "pln-synth.h"
#include "pln-test-util.h"

/* The run bench-scale times (pln-probe.c, pln-application-probe.c): the
 * real program, on a workspace of a synthetic year, with PLN_PROBE set,
 * says when its window is mapped and goes through its phases in order
 * (each line said as its phase ends) —
 * the workspace read once the window is mapped, applied, settled, one edit
 * autosaved — then quits by itself, the edit in the file. Without it the
 * benchmark's figures could silently stop meaning what they say. */

static const char *plenary_path;

static void
test_probe_run (void)
{
  static const char * const phases[] = { "phase start", "mapped", "phase load", "phase apply", "phase settle", "phase autosave" };
  static const char * const xdg[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };
  g_autofree char *folder = pln_test_make_folder ();
  g_autofree char *path = g_build_filename (folder, "workspace.json", NULL);
  g_autoptr(PlnWorkspace) workspace = pln_synth_workspace (1, 17);
  g_autoptr(GBytes) bytes = pln_json_serialize_workspace (workspace);
  g_autoptr(PlnWorkspace) after = NULL;
  g_autoptr(PlnMeeting) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *data = NULL;
  const char *argv[] = { plenary_path, path, NULL };
  char **envp = g_get_environ ();
  const char *at;
  gsize length;
  int status;

  if (!pln_test_has_display ())
    {
      g_test_skip ("No display (run under Xvfb)");
      g_strfreev (envp);
      return;
    }

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  for (guint i = 0; i < G_N_ELEMENTS (xdg); i++)
    {
      g_autofree char *dir = g_build_filename (folder, xdg[i], NULL);

      g_mkdir_with_parents (dir, 0700);
      envp = g_environ_setenv (envp, xdg[i], dir, TRUE);
    }
  envp = g_environ_setenv (envp, "PLN_PROBE", "1", TRUE);

  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_strfreev (envp);
  g_assert_no_error (error);
  g_test_message ("%s", out);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("plenary under the probe: %s; stderr: %s", error->message, err);

  at = out;
  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      g_autofree char *line = g_strdup_printf ("pln-probe: %s ", phases[i]);
      const char *found = strstr (at, line);

      if (found == NULL)
        g_error ("“%s” is not said after what came before it in:\n%s", phases[i], out);
      at = found + strlen (line);
    }

  /* The edit the probe made, autosaved: the first meeting's venue. */
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  after = pln_json_parse_workspace (data, length, &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (pln_workspace_get_meetings (after), 0);
  g_assert_true (g_str_has_prefix (pln_meeting_get_venue (first), "Vienna, "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    g_error ("Usage: test-probe PLENARY");
  plenary_path = argv[1];

  g_test_add_func ("/probe/run", test_probe_run);

  return g_test_run ();
}
