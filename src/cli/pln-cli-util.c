/* pln-cli-util.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "pln-cli.h"

/* What the verbs share: workspaces read, numbers read strictly, and
 * output that cannot act on the terminal. The verbs print text that came
 * from files (the names of delegates, the lines of an agenda); an ESC or
 * a C1 control in it would be obeyed by the terminal as a command
 * (colours, a title, a cursor moved over earlier lines), so all they
 * print goes through pln_text_printable() first. */

/**
 * pln_cli_print:
 * @stream: stdout or stderr
 *
 * Prints like fprintf(), without the control characters of the text.
 * g_print() and g_printerr() keep converting to the locale's character
 * set; only the text changes.
 */
void
pln_cli_print (FILE       *stream,
               const char *format,
               ...)
{
  g_autofree char *text = NULL;
  g_autofree char *printable = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  printable = pln_text_printable (text);
  if (stream == stderr)
    g_printerr ("%s", printable);
  else
    g_print ("%s", printable);
}

/* What an import did not understand, on stderr: "FILE:LINE: what". */
void
pln_cli_print_problems (const char *path,
                        GArray     *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      PlnImportProblem *problem = &g_array_index (problems, PlnImportProblem, i);

      /* Translators: a file name, a line number and what is wrong on that line */
      pln_cli_print (stderr, _("%s:%u: %s\n"), path, problem->line, problem->message);
    }
}

/**
 * pln_cli_print_json:
 *
 * Prints JSON made by json-glib, which escapes C0 controls and DEL but
 * writes C1 controls as they are: those are escaped here too, so the data
 * stay whole and the terminal sees no control. Outside strings JSON is
 * ASCII, so every C1 is inside a string, where "\u009b" is valid.
 */
void
pln_cli_print_json (const char *json)
{
  g_autoptr(GString) out = g_string_sized_new (strlen (json) + 1);

  for (const char *p = json; *p != '\0'; p++)
    {
      /* U+0080 to U+009F are 0xC2 0x80 to 0xC2 0x9F in UTF-8. */
      if ((guchar) p[0] == 0xc2 && (guchar) p[1] >= 0x80 && (guchar) p[1] <= 0x9f)
        {
          g_string_append_printf (out, "\\u%04x", (guchar) p[1]);
          p++;
        }
      else
        g_string_append_c (out, *p);
    }

  g_print ("%s\n", out->str);
}

void
pln_cli_print_error (const char   *command,
                     const GError *error)
{
  pln_cli_print (stderr, "plenary-cli %s: %s\n", command, error->message);
}

/**
 * pln_cli_fail:
 *
 * Prints @error for @command.
 *
 * Returns: the exit status for it: 2 for an argument given wrong (see
 *   pln_cli_parse_number()), 1 for anything else
 */
int
pln_cli_fail (const char   *command,
              const GError *error)
{
  pln_cli_print_error (command, error);

  return g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE) ? 2 : 1;
}

/**
 * pln_cli_parse_number:
 * @name: the argument as the usage calls it ("DAY")
 * @text: what was given
 *
 * Reads the whole of @text as a decimal number from @min to @max. What
 * strtoul() would read in part or wrap around ("1abc", "-1", " 1",
 * "4294967297") is refused rather than taken for another number.
 *
 * Returns: whether @value was set; otherwise @error says what is expected,
 *   as %G_OPTION_ERROR_BAD_VALUE (exit status 2)
 */
gboolean
pln_cli_parse_number (const char  *name,
                      const char  *text,
                      guint        min,
                      guint        max,
                      guint       *value,
                      GError     **error)
{
  guint64 number;

  g_return_val_if_fail (min <= max, FALSE);

  if (g_ascii_string_to_unsigned (text, 10, min, max, &number, NULL))
    {
      *value = number;
      return TRUE;
    }

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               /* Translators: an argument as the usage names it (DAY), the
                * smallest and the largest number it can be, then what was
                * given */
               _("%s must be a whole number from %u to %u, not “%s”"), name, min, max, text);
  return FALSE;
}

/**
 * pln_cli_load:
 * @path: a workspace file as given on the command line
 *
 * Returns: (transfer full) (nullable): the store of @path, with its
 *   workspace read, or %NULL with @error
 */
PlnStore *
pln_cli_load (const char  *path,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(PlnStore) store = pln_store_new (file);

  if (!pln_store_load (store, NULL, error))
    return NULL;

  return g_steal_pointer (&store);
}

/**
 * pln_cli_load_meeting:
 * @spec: the meeting, as pln_cli_find_meeting() reads it
 * @meeting: (out) (transfer none): the meeting, which the store keeps
 *
 * Returns: (transfer full) (nullable): the store of @path, or %NULL with
 *   @error when it cannot be read or has no such meeting
 */
PlnStore *
pln_cli_load_meeting (const char   *path,
                      const char   *spec,
                      PlnMeeting  **meeting,
                      GError      **error)
{
  g_autoptr(PlnStore) store = pln_cli_load (path, error);

  if (store == NULL)
    return NULL;

  *meeting = pln_cli_find_meeting (pln_store_get_workspace (store), spec, error);
  if (*meeting == NULL)
    return NULL;

  return g_steal_pointer (&store);
}

/**
 * pln_cli_parse_format:
 * @command: the verb, for the message
 * @name: the FORMAT argument
 *
 * Reads the format of a document to export, saying on stderr what to
 * give instead when it is none of them.
 *
 * Returns: whether @name is pdf, docx, odt or txt
 */
gboolean
pln_cli_parse_format (const char        *command,
                      const char        *name,
                      PlnDocumentFormat *format)
{
  if (pln_document_format_from_string (name, format))
    return TRUE;

  /* Translators: the command, then the format given; the names after it are not translated */
  pln_cli_print (stderr, _("plenary-cli %s: unknown format “%s”; use pdf, docx, odt or txt\n"), command, name);
  return FALSE;
}

/**
 * pln_cli_export_document:
 * @path: the file to write, as given on the command line
 *
 * Returns: the exit status of @command once @document is written
 */
int
pln_cli_export_document (const char        *command,
                         PlnDocument       *document,
                         PlnDocumentFormat  format,
                         const char        *path)
{
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;

  if (!pln_document_export (document, format, out, NULL, &error))
    return pln_cli_fail (command, error);

  return 0;
}
