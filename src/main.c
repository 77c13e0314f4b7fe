/* main.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pln-application.h"
#include "pln-probe.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlnApplication) app = NULL;

  pln_application_init_i18n ();
  pln_probe_init ();

  app = pln_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
