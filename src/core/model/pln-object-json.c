/* pln-object-json.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-object"

#include "config.h"

#include <string.h>

#include "pln-model-private.h"
#include "pln-object.h"

/* How a model object writes itself into the workspace file, from the
 * fields its class declared: the "id" first, then the fields in their
 * order; lists are arrays of objects, references are ids, an unset
 * string, date or reference is left out (docs/file-format.md). The
 * reading is in storage/pln-json.c, which resolves references and
 * reports errors with their place in the file. */

/* A field of an instance struct, by the offset its class declared. */
#define FIELD(object, info, T) (*(T *) G_STRUCT_MEMBER_P (object, (info)->offset))

/* The file is written straight into a string from the instance structs:
 * building a JsonNode tree first and generating text from it costs three
 * times as much for a large workspace. The layout is json-glib's pretty
 * printing with an indent of one space.
 *
 * A ten-year workspace is some 13 MB of text, so the writing avoids what
 * costs per call: runs of plain characters and numbers are copied with
 * one memcpy into room made ahead (append_len), never through printf or
 * GString's insertion, and dates and moments have their own formatter. */

/* Room for @n more bytes after the text of @out; GString doubles. */
static inline char *
reserve (GString *out,
         gsize    n)
{
  gsize len = out->len;

  if (G_UNLIKELY (len + n >= out->allocated_len))
    {
      g_string_set_size (out, len + n);
      out->len = len;
    }

  return out->str + len;
}

static inline void
append_len (GString    *out,
            const char *text,
            gsize       n)
{
  memcpy (reserve (out, n), text, n);
  out->len += n;
  out->str[out->len] = '\0';
}

#define append_literal(out, literal) append_len ((out), "" literal, sizeof (literal) - 1)

static inline void
append_c (GString *out,
          char     c)
{
  *reserve (out, 1) = c;
  out->len++;
  out->str[out->len] = '\0';
}

static void
write_indent (GString *out,
              guint    depth)
{
  char *p = reserve (out, depth + 1);

  *p = '\n';
  memset (p + 1, ' ', depth);
  out->len += depth + 1;
  out->str[out->len] = '\0';
}

/* Writes @value in decimal, with at least @width digits. */
static void
append_uint (GString *out,
             guint64  value,
             guint    width)
{
  char digits[24];
  char *p = digits + sizeof digits;

  do
    {
      *--p = '0' + value % 10;
      value /= 10;
    }
  while (value > 0 || digits + sizeof digits - p < (gssize) width);

  append_len (out, p, digits + sizeof digits - p);
}

static void
append_int (GString *out,
            gint64   value)
{
  if (value < 0)
    {
      append_c (out, '-');
      append_uint (out, -(guint64) value, 1);
    }
  else
    append_uint (out, value, 1);
}

/* Which bytes a JSON string cannot hold as they are: the control
 * characters, the quote and the backslash. */
static const guint8 needs_escape[256] = {
  [0x00 ... 0x1f] = 1,
  ['"'] = 1,
  ['\\'] = 1,
};

void
pln_json_write_string (GString    *out,
                       const char *text)
{
  const guchar *run = (const guchar *) text;
  const guchar *p = run;

  append_c (out, '"');
  for (;;)
    {
      guchar c;

      while (!needs_escape[*p])
        p++;

      append_len (out, (const char *) run, p - run);
      c = *p;
      if (c == '\0')
        break;

      run = ++p;
      switch (c)
        {
        case '"': append_literal (out, "\\\""); break;
        case '\\': append_literal (out, "\\\\"); break;
        case '\n': append_literal (out, "\\n"); break;
        case '\r': append_literal (out, "\\r"); break;
        case '\t': append_literal (out, "\\t"); break;
        case '\b': append_literal (out, "\\b"); break;
        case '\f': append_literal (out, "\\f"); break;
        default:
          {
            static const char hex[] = "0123456789abcdef";
            char escape[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf] };

            append_len (out, escape, sizeof escape);
          }
          break;
        }
    }
  append_c (out, '"');
}

static void
append_date (GString *out,
             guint    year,
             guint    month,
             guint    day)
{
  append_uint (out, year, 4);
  append_c (out, '-');
  append_uint (out, month, 2);
  append_c (out, '-');
  append_uint (out, day, 2);
}

/* A moment as g_date_time_format_iso8601() writes it, "2023-10-05T10:00:00Z"
 * or "2023-10-05T12:00:00.250000+02", a quarter of its cost; the rare
 * offset of a whole number of seconds that is not one of minutes is left
 * to it. */
void
pln_json_write_date_time (GString   *out,
                          GDateTime *dt)
{
  GTimeSpan offset = g_date_time_get_utc_offset (dt) / G_USEC_PER_SEC;
  guint64 magnitude = ABS (offset);
  int year, month, day;
  int usec;

  if (magnitude % 60 != 0 || g_date_time_get_year (dt) > 9999)
    {
      g_autofree char *iso = g_date_time_format_iso8601 (dt);

      pln_json_write_string (out, iso);
      return;
    }

  g_date_time_get_ymd (dt, &year, &month, &day);
  append_c (out, '"');
  append_date (out, year, month, day);
  append_c (out, 'T');
  append_uint (out, g_date_time_get_hour (dt), 2);
  append_c (out, ':');
  append_uint (out, g_date_time_get_minute (dt), 2);
  append_c (out, ':');
  append_uint (out, g_date_time_get_second (dt), 2);

  usec = g_date_time_get_microsecond (dt);
  if (usec != 0)
    {
      append_c (out, '.');
      append_uint (out, usec, 6);
    }

  if (offset == 0)
    append_c (out, 'Z');
  else
    {
      /* %:::z: the hours, and the minutes only when there are some. */
      append_c (out, offset < 0 ? '-' : '+');
      append_uint (out, magnitude / 3600, 2);
      if (magnitude % 3600 != 0)
        {
          append_c (out, ':');
          append_uint (out, magnitude / 60 % 60, 2);
        }
    }
  append_c (out, '"');
}

static const char *
enum_nick (GType type,
           int   value)
{
  GEnumClass *klass = g_type_class_peek (type);
  GEnumValue *ev;

  if (klass == NULL)
    return pln_enum_to_nick (type, value);

  ev = g_enum_get_value (klass, value);
  return ev != NULL ? ev->value_nick : "";
}

static void
write_flags (GString *out,
             GType    type,
             guint    value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
  gboolean first = TRUE;

  append_c (out, '[');
  for (guint i = 0; i < klass->n_values; i++)
    {
      if (klass->values[i].value == 0 || (value & klass->values[i].value) != klass->values[i].value)
        continue;
      if (!first)
        append_literal (out, ", ");
      pln_json_write_string (out, klass->values[i].value_nick);
      first = FALSE;
    }
  append_c (out, ']');
}


static gboolean
is_omitted_default (gpointer        object,
                    const PlnField *info)
{
  if (!(info->flags & PLN_FIELD_OMIT_DEFAULT))
    return FALSE;
  if (info->kind == PLN_FIELD_ENUM)
    return FIELD (object, info, int) == info->default_value;
  if (info->kind == PLN_FIELD_LIST)
    return g_list_model_get_n_items (FIELD (object, info, GListModel *)) == 0;
  if (info->kind == PLN_FIELD_BOOL)
    return !FIELD (object, info, gboolean) == !info->default_value;
  return FALSE;
}

/* Writes the value of @info in @object; FALSE when it is unset and is
 * left out of the file. */
static gboolean
write_field (GString             *out,
             gpointer             object,
             const PlnField      *info,
             guint                depth,
             PlnJsonWriteItemFunc write_item,
             gpointer             user_data)
{
  if (is_omitted_default (object, info))
    return FALSE;

  switch (info->kind)
    {
    case PLN_FIELD_STRING:
      if (FIELD (object, info, char *) == NULL)
        return FALSE;
      pln_json_write_string (out, FIELD (object, info, char *));
      return TRUE;

    case PLN_FIELD_INT:
      append_int (out, FIELD (object, info, int));
      return TRUE;

    case PLN_FIELD_UINT:
      append_uint (out, FIELD (object, info, guint), 1);
      return TRUE;

    case PLN_FIELD_BOOL:
      if (FIELD (object, info, gboolean))
        append_literal (out, "true");
      else
        append_literal (out, "false");
      return TRUE;

    case PLN_FIELD_ENUM:
      pln_json_write_string (out, enum_nick (info->type_func (), FIELD (object, info, int)));
      return TRUE;

    case PLN_FIELD_FLAGS:
      write_flags (out, info->type_func (), FIELD (object, info, guint));
      return TRUE;

    case PLN_FIELD_DATE:
      {
        GDate *date = &FIELD (object, info, GDate);

        if (!g_date_valid (date))
          return FALSE;
        append_c (out, '"');
        append_date (out, g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
        append_c (out, '"');
        return TRUE;
      }

    case PLN_FIELD_DATE_TIME:
      {
        GDateTime *dt = FIELD (object, info, GDateTime *);

        if (dt == NULL)
          return FALSE;
        pln_json_write_date_time (out, dt);
        return TRUE;
      }

    case PLN_FIELD_OBJECT:
      if (FIELD (object, info, gpointer) == NULL)
        return FALSE;
      pln_json_write_string (out, pln_object_get_id (FIELD (object, info, gpointer)));
      return TRUE;

    case PLN_FIELD_STRV:
      {
        char **strv = FIELD (object, info, char **);

        if (strv == NULL)
          return FALSE;
        g_string_append_c (out, '[');
        for (guint i = 0; strv[i] != NULL; i++)
          {
            if (i > 0)
              g_string_append (out, ", ");
            pln_json_write_string (out, strv[i]);
          }
        g_string_append_c (out, ']');
        return TRUE;
      }

    case PLN_FIELD_LIST:
      {
        GListModel *list = FIELD (object, info, GListModel *);
        guint n = g_list_model_get_n_items (list);

        if (n == 0)
          {
            append_literal (out, "[]");
            return TRUE;
          }

        append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            g_autoptr(GObject) item = g_list_model_get_item (list, i);

            if (i > 0)
              append_c (out, ',');
            write_indent (out, depth + 1);
            if (write_item == NULL || !write_item (PLN_OBJECT (item), out, depth + 1, user_data))
              pln_object_write_json (PLN_OBJECT (item), out, depth + 1);
          }
        write_indent (out, depth);
        append_c (out, ']');
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
}

static void
write_member (GString             *out,
              gpointer             object,
              const char          *member,
              const PlnField      *info,
              guint                depth,
              gboolean            *first,
              PlnJsonWriteItemFunc write_item,
              gpointer             user_data)
{
  gsize mark = out->len;

  if (!*first)
    append_c (out, ',');
  write_indent (out, depth + 1);
  pln_json_write_string (out, member);
  append_literal (out, " : ");

  /* The id is every object's, and first. */
  if (info == NULL)
    pln_json_write_string (out, pln_object_get_id (object));
  else if (!write_field (out, object, info, depth + 1, write_item, user_data))
    {
      g_string_truncate (out, mark);
      return;
    }
  *first = FALSE;
}

/* Who saved the last change of @object and when, after its id: every
 * object's, not a field of its class. */
static void
write_changed (GString   *out,
               PlnObject *object,
               guint      depth)
{
  const char *by = pln_object_get_changed_by (object);
  GDateTime *at = pln_object_get_changed_at (object);

  if (by != NULL)
    {
      append_c (out, ',');
      write_indent (out, depth + 1);
      append_literal (out, "\"changed_by\" : ");
      pln_json_write_string (out, by);
    }
  if (at != NULL)
    {
      append_c (out, ',');
      write_indent (out, depth + 1);
      append_literal (out, "\"changed_at\" : ");
      pln_json_write_date_time (out, at);
    }
}

/* Writes the members of @object into an object already opened; @first
 * says whether none was written before. @write_item, when given, may
 * write the items of @object's own lists instead (returning TRUE), with
 * their text kept from an earlier save; the items of their lists are
 * always written here. */
void
pln_object_write_json_members_full (PlnObject           *object,
                                    GString             *out,
                                    guint                depth,
                                    gboolean             first,
                                    PlnJsonWriteItemFunc write_item,
                                    gpointer             user_data)
{
  /* The class's tables directly: this runs for every object of a file. */
  PlnObjectClass *klass = PLN_OBJECT_GET_CLASS (object);

  write_member (out, object, "id", NULL, depth, &first, NULL, NULL);
  write_changed (out, object, depth);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      if (!(klass->fields[i].flags & PLN_FIELD_NOT_IN_JSON))
        write_member (out, object, klass->members[i], &klass->fields[i], depth, &first, write_item, user_data);
    }
}

void
pln_object_write_json_members (PlnObject *object,
                               GString   *out,
                               guint      depth,
                               gboolean   first)
{
  pln_object_write_json_members_full (object, out, depth, first, NULL, NULL);
}

void
pln_object_write_json (PlnObject *object,
                       GString   *out,
                       guint      depth)
{
  append_c (out, '{');
  pln_object_write_json_members (object, out, depth, TRUE);
  write_indent (out, depth);
  append_c (out, '}');
}

