/* pln-cli.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdio.h>

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

int  pln_cli_merge       (int           argc,
                          char        **argv);
int  pln_cli_export_ics  (int           argc,
                          char        **argv);

int  pln_cli_export_non_paper (int       argc,
                               char    **argv);
int  pln_cli_export_report (int         argc,
                            char      **argv);
int  pln_cli_import_registrations (int       argc,
                                   char    **argv);
int  pln_cli_import_agenda (int         argc,
                            char      **argv);
int  pln_cli_export_agenda (int         argc,
                            char      **argv);
int  pln_cli_add_speaker   (int         argc,
                            char      **argv);
int  pln_cli_export_speakers (int       argc,
                              char    **argv);
int  pln_cli_export_statements (int     argc,
                                char  **argv);
int  pln_cli_publish       (int         argc,
                            char      **argv);
int  pln_cli_sample_workspace (int      argc,
                               char   **argv);

int  pln_cli_export_compendium (int     argc,
                                char  **argv);
int  pln_cli_search        (int         argc,
                            char      **argv);

PlnWorkingGroup *pln_cli_find_working_group (PlnWorkspace  *workspace,
                                             const char    *spec,
                                             GError       **error);
PlnMeeting *pln_cli_find_meeting (PlnWorkspace  *workspace,
                                  const char    *spec,
                                  GError       **error);

/* Prints how a command is used (from the table of plenary-cli.c) and
 * returns 2, the exit status of a usage error. */
int         pln_cli_usage        (const char    *command);

/* pln-cli-util.c: what the verbs share. Everything they print goes
 * through pln_cli_print(), which leaves out control characters (see
 * pln_text_printable()). */
void      pln_cli_print        (FILE          *stream,
                                const char    *format,
                                ...) G_GNUC_PRINTF (2, 3);
void      pln_cli_print_problems (const char  *path,
                                  GArray      *problems);
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
PlnStore *pln_cli_load         (const char    *path,
                                GError       **error);
PlnStore *pln_cli_load_meeting (const char    *path,
                                const char    *spec,
                                PlnMeeting   **meeting,
                                GError       **error);
gboolean  pln_cli_parse_format (const char        *command,
                                const char        *name,
                                PlnDocumentFormat *format);
int       pln_cli_export_document (const char        *command,
                                   PlnDocument       *document,
                                   PlnDocumentFormat  format,
                                   const char        *path);

G_END_DECLS
