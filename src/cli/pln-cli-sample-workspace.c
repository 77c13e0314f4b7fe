/* pln-cli-sample-workspace.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-core.h"
#include "pln-cli.h"

/* plenary-cli sample-workspace --years N OUT: the synthetic archive of
 * pln-synth.c (five working groups meeting twice a year, 300
 * registrations and 50 recommendations a meeting), for trying Plenary at
 * scale and for the benchmarks. The same N always gives the same file,
 * ids included. */

/* The benchmarks' seed, so their archives and this command's agree. */
#define SAMPLE_SEED 42

/* 300 years is about 400 MB, under what Plenary opens (PLN_FILE_LIMIT_WORKSPACE). */
#define SAMPLE_MAX_YEARS 300

int
pln_cli_sample_workspace (int    argc,
                          char **argv)
{
  g_autoptr(PlnWorkspace) workspace = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) out = NULL;
  guint years;

  if (argc != 4 || !g_str_equal (argv[1], "--years"))
    return pln_cli_usage (argv[0]);

  /* Translators: the argument of sample-workspace as its usage names it, in capitals */
  if (!pln_cli_parse_number (_("N"), argv[2], 0, SAMPLE_MAX_YEARS, &years, &error))
    return pln_cli_fail (argv[0], error);

  workspace = pln_synth_workspace (years, SAMPLE_SEED);
  bytes = pln_json_serialize_workspace (workspace);

  /* Through the safe path: a file already there is replaced only once the
   * new one is whole, and kept as OUT~. */
  out = g_file_new_for_commandline_arg (argv[3]);
  if (!pln_file_write_bytes_safely (out, bytes, PLN_WRITE_PRIVATE | PLN_WRITE_BACKUP, &error))
    return pln_cli_fail (argv[0], error);

  return 0;
}
