/* pln-i18n.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The interface's language, for the application and plenary-cli alike:
 * the system's locale, and the catalogues of the prefix, or of the build
 * tree when the program runs from there (./build/src/plenary), so that
 * LANGUAGE=fr works before anything is installed. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "pln-i18n.h"

/**
 * pln_running_from_build_tree:
 *
 * Returns: whether the running program is one of the build tree's
 */
gboolean
pln_running_from_build_tree (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  return exe != NULL && g_str_has_prefix (exe, PLN_BUILD_ROOT "/");
}

/**
 * pln_i18n_init:
 *
 * Sets the locale from the environment and binds Plenary's catalogues.
 */
void
pln_i18n_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, pln_running_from_build_tree () ? PLN_BUILD_ROOT "/po" : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
