/* pln-export-flow.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-context.h"

G_BEGIN_DECLS

/**
 * PlnWriteFunc:
 * @owner: the object the export is for (a page), still alive
 * @file: where the user chose to write
 *
 * Writes the export to @file, through the storage layer's safe path, and
 * records it where the export is logged.
 *
 * Returns: whether @file was written
 */
typedef gboolean (*PlnWriteFunc) (GObject  *owner,
                                  GFile    *file,
                                  GError  **error);

/**
 * PlnExportFlow:
 * @chooser_title: the file chooser's title ("Export Agenda")
 * @suggested_name: the file name offered
 * @error_heading: the heading of the alert when writing fails
 * @done_message: the toast when it is written ("Agenda exported")
 *
 * What an export says at each step.
 */
typedef struct
{
  const char *chooser_title;
  const char *suggested_name;
  const char *error_heading;
  const char *done_message;
} PlnExportFlow;

void      pln_export_flow_run          (const PlnExportFlow *flow,
                                        GtkWidget           *parent,
                                        PlnContext          *context,
                                        GObject             *owner,
                                        PlnWriteFunc         write);
gboolean  pln_export_flow_write        (const PlnExportFlow *flow,
                                        GtkWidget           *parent,
                                        PlnContext          *context,
                                        GObject             *owner,
                                        PlnWriteFunc         write,
                                        GFile               *file);
void      pln_show_in_folder           (GtkWidget           *parent,
                                        GFile               *file);

G_END_DECLS
