/* pln-demo.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-demo"

#include "config.h"

#include "pln-core-resources.h"
#include "pln-demo.h"
#include "pln-json.h"

/* The workspace of a first start: the five working groups of the
 * Conference of the Parties to the Convention against Transnational
 * Organized Crime with their 2023 and 2024 meetings, and the full agendas
 * of the 2018 and 2022 meetings whose annotated provisional agendas are
 * public. Bodies, dates, symbols, titles and the organization of work are
 * the documents'; the annotations are short summaries of our own, and so
 * are the agreed recommendations of the 2024 meetings of the Working
 * Groups on the Smuggling of Migrants and on Trafficking in Persons and
 * the small thematic index they are filed under, there so that the
 * compendium is not empty. */

/**
 * pln_demo_new_workspace:
 *
 * Returns: (transfer full): a new copy of the demo workspace
 */
PlnWorkspace *
pln_demo_new_workspace (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  PlnWorkspace *workspace;

  bytes = g_resource_lookup_data (pln_core_get_resource (),
                                  "/io/github/plenary/Plenary/core/demo-workspace.json",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);

  workspace = pln_json_parse_workspace (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  /* The demo data ships with the program: a failure here is a bug. */
  g_assert_no_error (error);

  return workspace;
}
