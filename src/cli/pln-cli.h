/* pln-cli.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plenary-core.h"

G_BEGIN_DECLS

/* A subcommand gets its own name as argv[0] and returns the exit status:
 * 0 on success, 1 when the input has problems, 2 on a usage error. */
typedef int (*PlnCliCommandFunc) (int    argc,
                                  char **argv);

typedef struct
{
  const char        *name;
  const char        *arguments;
  const char        *description;
  PlnCliCommandFunc  func;
} PlnCliCommand;

int  pln_cli_validate    (int           argc,
                          char        **argv);
int  pln_cli_dump        (int           argc,
                          char        **argv);

int  pln_cli_export_ics  (int           argc,
                          char        **argv);

int  pln_cli_export_non_paper (int       argc,
                               char    **argv);
int  pln_cli_import_registrations (int       argc,
                                   char    **argv);
int  pln_cli_import_agenda (int         argc,
                            char      **argv);
int  pln_cli_export_agenda (int         argc,
                            char      **argv);

PlnMeeting *pln_cli_find_meeting (PlnWorkspace  *workspace,
                                  const char    *spec,
                                  GError       **error);

/* pln-cli-util.c: what the verbs share. Everything they print goes
 * through pln_cli_print() or pln_cli_printerr(), which leave out control
 * characters (see pln_text_printable()). */
void      pln_cli_print        (const char    *format,
                                ...) G_GNUC_PRINTF (1, 2);
void      pln_cli_printerr     (const char    *format,
                                ...) G_GNUC_PRINTF (1, 2);
void      pln_cli_print_json   (const char    *json);
void      pln_cli_print_error  (const char    *command,
                                const GError  *error);
int       pln_cli_fail         (const char    *command,
                                const GError  *error);
gboolean  pln_cli_parse_number (const char    *name,
                                const char    *text,
                                guint          min,
                                guint          max,
                                guint         *value,
                                GError       **error);

G_END_DECLS
