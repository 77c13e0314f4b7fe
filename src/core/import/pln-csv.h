/* pln-csv.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PlnCsv:
 * @rows: the records, each a %NULL-terminated array of fields
 * @lines: the line each record starts on, from 1 (a field may hold newlines)
 * @delimiter: ',' or ';', as found in the first line
 */
typedef struct
{
  GPtrArray *rows;
  GArray    *lines;
  char       delimiter;
} PlnCsv;

PlnCsv *pln_csv_parse      (const char  *data,
                            gsize        length,
                            GError     **error);
void    pln_csv_free       (PlnCsv      *csv);
void    pln_csv_append_row (GString            *out,
                            const char * const *fields,
                            char                delimiter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlnCsv, pln_csv_free)

G_END_DECLS
