/* pln-json-slices.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pln-json-private.h"

/* Where the meetings of a workspace file are, so that json-glib parses
 * them one at a time and the tree of the whole file never exists beside
 * the model (a 10-year workspace: 55 MB of tree at once). This is not a
 * JSON parser: it follows strings, escapes and brackets to find where the
 * top-level object's "meetings" list and each of its objects begin and
 * end, and gives up (FALSE) on anything it does not expect, and on what
 * json-glib reads beyond JSON (single quotes, comments) and keys written
 * with escapes; json-glib then parses the file whole, reads it as it
 * always did and says what is wrong and where. */

static gsize
skip_space (const char *data,
            gsize       length,
            gsize       i)
{
  while (i < length && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r'))
    i++;
  return i;
}

/* @i at an opening quote: the index after the closing one, or 0. Most
 * of a workspace file is in strings, so they are crossed a quote at a
 * time with memchr(); a quote ends the string unless an odd number of
 * backslashes stands before it. */
static gsize
skip_string (const char *data,
             gsize       length,
             gsize       i)
{
  gsize start = ++i;

  while (i < length)
    {
      const char *quote = memchr (data + i, '"', length - i);
      gsize escapes = 0;

      if (quote == NULL)
        return 0;

      i = quote - data;
      while (i - escapes > start && data[i - escapes - 1] == '\\')
        escapes++;
      if (escapes % 2 == 0)
        return i + 1;
      i++;
    }
  return 0;
}

/* @i at a value: the index after it, or 0. */
static gsize
skip_value (const char *data,
            gsize       length,
            gsize       i)
{
  guint depth = 0;

  if (i >= length)
    return 0;

  if (data[i] == '"')
    return skip_string (data, length, i);

  if (data[i] != '{' && data[i] != '[')
    {
      /* A number, true, false or null: up to what ends it. */
      while (i < length && strchr (",}] \t\r\n", data[i]) == NULL)
        {
          if (data[i] == '\'' || data[i] == '/')
            return 0;
          i++;
        }
      return i;
    }

  for (; i < length; i++)
    {
      switch (data[i])
        {
        case '"':
          i = skip_string (data, length, i);
          if (i == 0)
            return 0;
          i--;
          break;
        case '{':
        case '[':
          depth++;
          break;
        case '}':
        case ']':
          if (--depth == 0)
            return i + 1;
          break;
        case '\'':
        case '/':
          /* json-glib's single-quoted strings and comments: it parses
           * the file whole. */
          return 0;
        default:
          break;
        }
    }

  return 0;
}

/**
 * _pln_json_find_meetings:
 * @list: (out): where the value of the top-level "meetings" member begins
 *   and ends (the brackets included)
 * @slices: (element-type PlnJsonSlice): each meeting's object
 *
 * Returns: whether the file is a top-level object with one "meetings" list
 *   of objects, found
 */
gboolean
_pln_json_find_meetings (const char   *data,
                         gsize         length,
                         PlnJsonSlice *list,
                         GArray       *slices)
{
  static const char key[] = "\"meetings\"";
  gboolean found = FALSE;
  gsize i = skip_space (data, length, 0);

  g_array_set_size (slices, 0);
  if (i >= length || data[i] != '{')
    return FALSE;

  i = skip_space (data, length, i + 1);
  while (i < length && data[i] != '}')
    {
      gsize key_start = i, key_end, value_start;

      if (data[i] != '"' || (key_end = skip_string (data, length, i)) == 0)
        return FALSE;
      /* A key written with escapes ("meeting\u0073") could be "meetings". */
      if (memchr (data + key_start, '\\', key_end - key_start) != NULL)
        return FALSE;
      i = skip_space (data, length, key_end);
      if (i >= length || data[i] != ':')
        return FALSE;
      value_start = i = skip_space (data, length, i + 1);

      if (key_end - key_start == sizeof key - 1 && memcmp (data + key_start, key, sizeof key - 1) == 0)
        {
          /* Twice: json-glib's rule (the last wins) is not followed here. */
          if (found || i >= length || data[i] != '[')
            return FALSE;
          found = TRUE;
          i = skip_space (data, length, i + 1);
          while (i < length && data[i] != ']')
            {
              PlnJsonSlice slice = { i, 0 };

              if (data[i] != '{' || (slice.end = skip_value (data, length, i)) == 0)
                return FALSE;
              g_array_append_val (slices, slice);
              i = skip_space (data, length, slice.end);
              if (i < length && data[i] == ',')
                {
                  i = skip_space (data, length, i + 1);
                  if (i < length && data[i] == ']')
                    return FALSE;   /* a trailing comma, which json-glib refuses */
                }
              else if (i >= length || data[i] != ']')
                return FALSE;
            }
          if (i >= length)
            return FALSE;
          list->start = value_start;
          list->end = ++i;
        }
      else if ((i = skip_value (data, length, i)) == 0)
        return FALSE;

      i = skip_space (data, length, i);
      if (i < length && data[i] == ',')
        {
          i = skip_space (data, length, i + 1);
          if (i < length && data[i] == '}')
            return FALSE;
        }
      else if (i >= length || data[i] != '}')
        return FALSE;
    }

  return found && i < length;
}
