/* pln-bench-load.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plenary-core.h"
#include "pln-bench-load.h"

/* A workspace's load against json-glib's parse of the same bytes, which
 * every load of a JSON file needs at least: what Plenary adds is its
 * model. Times in seconds. */

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* json-glib's parse of @bytes into a tree, and the tree freed: a load
 * frees what it parsed too. */
double
pln_bench_time_json_glib_parse (GBytes *bytes)
{
  JsonParser *parser = json_parser_new_immutable ();
  double start = now ();

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
    g_error ("The benchmark's own file does not parse");
  g_object_unref (parser);

  return now () - start;
}

/* The workspace read from @bytes; freeing the model is not part of
 * opening it. */
double
pln_bench_time_load (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  PlnWorkspace *workspace;
  double start = now ();
  double elapsed;

  workspace = pln_json_parse_workspace (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  elapsed = now () - start;
  g_assert_no_error (error);

  g_object_unref (workspace);
  return elapsed;
}

/* The best load ÷ the best parse over @rounds rounds. Each round parses
 * before and after the load, so a burst of other work weighs on both;
 * and the parse keeps the better of its two, as what ran before shapes
 * the heap and the baseline should have the more favourable. */
double
pln_bench_load_ratio (GBytes *bytes,
                      guint   rounds,
                      double *parse,
                      double *load)
{
  *parse = *load = G_MAXDOUBLE;
  for (guint i = 0; i < MAX (rounds, 1); i++)
    {
      *parse = MIN (*parse, pln_bench_time_json_glib_parse (bytes));
      *load = MIN (*load, pln_bench_time_load (bytes));
      *parse = MIN (*parse, pln_bench_time_json_glib_parse (bytes));
    }

  return *load / *parse;
}
