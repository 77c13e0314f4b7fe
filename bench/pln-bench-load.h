/* pln-bench-load.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

double pln_bench_time_json_glib_parse (GBytes *bytes);
double pln_bench_time_load            (GBytes *bytes,
                                       double *cpu);
double pln_bench_load_ratio           (GBytes *bytes,
                                       guint   rounds,
                                       double *parse,
                                       double *load,
                                       double *load_cpu);

G_END_DECLS
