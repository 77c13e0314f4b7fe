/* pln-statements-export.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pln-statement.h"
#include "pln-types.h"

G_BEGIN_DECLS

char     *pln_statement_entry_dup_file_name (PlnMeeting              *meeting,
                                             const PlnStatementEntry *entry);
gboolean  pln_statements_export             (PlnMeeting              *meeting,
                                             GFile                   *folder,
                                             guint                   *n_written,
                                             GError                 **error);

G_END_DECLS
