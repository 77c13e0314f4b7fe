/* pln-csv.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pln-csv.h"
#include "pln-error.h"

/* CSV as RFC 4180 has it and as registration systems export it: UTF-8 with
 * or without a byte-order mark, comma or semicolon (found in the first
 * line), fields in double quotes that may hold delimiters, doubled quotes
 * and line breaks, CRLF or LF line ends. */

static char
guess_delimiter (const char *data,
                 gsize       length)
{
  guint commas = 0, semicolons = 0;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < length && (quoted || (data[i] != '\n' && data[i] != '\r')); i++)
    {
      if (data[i] == '"')
        quoted = !quoted;
      else if (!quoted && data[i] == ',')
        commas++;
      else if (!quoted && data[i] == ';')
        semicolons++;
    }

  return semicolons > commas ? ';' : ',';
}

/**
 * pln_csv_parse:
 *
 * Returns: (transfer full): the records, or %NULL with @error naming the
 *   line of a quote that is never closed, or text that is not UTF-8
 */
PlnCsv *
pln_csv_parse (const char  *data,
               gsize        length,
               GError     **error)
{
  g_autoptr(PlnCsv) csv = g_new0 (PlnCsv, 1);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *invalid;
  gboolean quoted = FALSE, field_started = FALSE;
  guint line = 1, row_line = 1, quote_line = 0;
  gsize i = 0;

  csv->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  csv->lines = g_array_new (FALSE, FALSE, sizeof (guint));

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;

  if (!g_utf8_validate_len (data + i, length - i, &invalid))
    {
      guint bad_line = 1;

      for (const char *p = data; p < invalid; p++)
        bad_line += *p == '\n';
      /* Translators: %u is a line number */
      g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE, _("Line %u is not UTF-8 text; save the file as UTF-8"), bad_line);
      return NULL;
    }

  csv->delimiter = guess_delimiter (data + i, length - i);

  for (; i <= length; i++)
    {
      char c = i < length ? data[i] : '\n';
      gboolean end = i == length;

      if (quoted)
        {
          if (end)
            {
              /* Translators: %u is the line where a quoted field starts */
              g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE,
                           _("Line %u: a quoted field is never closed"), quote_line);
              return NULL;
            }
          if (c == '"' && i + 1 < length && data[i + 1] == '"')
            {
              g_string_append_c (field, '"');
              i++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            {
              if (c == '\n')
                line++;
              if (c != '\r')
                g_string_append_c (field, c);
            }
          continue;
        }

      if (c == '"' && !field_started)
        {
          quoted = TRUE;
          field_started = TRUE;
          quote_line = line;
        }
      else if (c == csv->delimiter)
        {
          g_ptr_array_add (row, g_string_free (g_steal_pointer (&field), FALSE));
          field = g_string_new (NULL);
          field_started = FALSE;
        }
      else if (c == '\n' || c == '\r')
        {
          if (c == '\r' && i + 1 < length && data[i + 1] == '\n')
            i++;

          /* An empty line ends nothing: it is skipped. */
          if (row->len > 0 || field->len > 0 || field_started)
            {
              g_ptr_array_add (row, g_string_free (g_steal_pointer (&field), FALSE));
              field = g_string_new (NULL);
              g_ptr_array_add (row, NULL);
              g_ptr_array_add (csv->rows, g_ptr_array_steal (row, NULL));
              g_array_append_val (csv->lines, row_line);
            }
          field_started = FALSE;
          line++;
          row_line = line;
        }
      else
        {
          g_string_append_c (field, c);
          field_started = TRUE;
        }
    }

  return g_steal_pointer (&csv);
}

void
pln_csv_free (PlnCsv *csv)
{
  if (csv == NULL)
    return;

  g_clear_pointer (&csv->rows, g_ptr_array_unref);
  g_clear_pointer (&csv->lines, g_array_unref);
  g_free (csv);
}

/**
 * pln_csv_append_row:
 *
 * Writes a record, quoting the fields that need it, ending with CRLF.
 */
void
pln_csv_append_row (GString            *out,
                    const char * const *fields,
                    char                delimiter)
{
  for (guint i = 0; fields[i] != NULL; i++)
    {
      const char *f = fields[i];

      if (i > 0)
        g_string_append_c (out, delimiter);

      if (strchr (f, delimiter) || strchr (f, '"') || strchr (f, '\n') || strchr (f, '\r'))
        {
          g_string_append_c (out, '"');
          for (const char *p = f; *p != '\0'; p++)
            {
              if (*p == '"')
                g_string_append_c (out, '"');
              g_string_append_c (out, *p);
            }
          g_string_append_c (out, '"');
        }
      else
        g_string_append (out, f);
    }

  g_string_append (out, "\r\n");
}
