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
 * printing with an indent of one space. */

static void
write_indent (GString *out,
              guint    depth)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (out, ' ');
}

void
pln_json_write_string (GString    *out,
                       const char *text)
{
  const char *run = text;

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      g_string_append_len (out, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default: g_string_append_printf (out, "\\u%04x", c); break;
        }
    }
  g_string_append_len (out, run, strlen (run));
  g_string_append_c (out, '"');
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

  g_string_append_c (out, '[');
  for (guint i = 0; i < klass->n_values; i++)
    {
      if (klass->values[i].value == 0 || (value & klass->values[i].value) != klass->values[i].value)
        continue;
      if (!first)
        g_string_append (out, ", ");
      pln_json_write_string (out, klass->values[i].value_nick);
      first = FALSE;
    }
  g_string_append_c (out, ']');
}


/* Writes the value of @info in @object; FALSE when it is unset and is
 * left out of the file. */
static gboolean
write_field (GString            *out,
             gpointer            object,
             const PlnField *info,
             guint               depth)
{
  switch (info->kind)
    {
    case PLN_FIELD_STRING:
      if (FIELD (object, info, char *) == NULL)
        return FALSE;
      pln_json_write_string (out, FIELD (object, info, char *));
      return TRUE;

    case PLN_FIELD_INT:
      g_string_append_printf (out, "%d", FIELD (object, info, int));
      return TRUE;

    case PLN_FIELD_UINT:
      g_string_append_printf (out, "%u", FIELD (object, info, guint));
      return TRUE;

    case PLN_FIELD_BOOL:
      g_string_append (out, FIELD (object, info, gboolean) ? "true" : "false");
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
        g_string_append_printf (out, "\"%04u-%02u-%02u\"", g_date_get_year (date),
                                g_date_get_month (date), g_date_get_day (date));
        return TRUE;
      }

    case PLN_FIELD_DATE_TIME:
      {
        GDateTime *dt = FIELD (object, info, GDateTime *);
        g_autofree char *iso = NULL;

        if (dt == NULL)
          return FALSE;
        iso = g_date_time_format_iso8601 (dt);
        pln_json_write_string (out, iso);
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
            g_string_append (out, "[]");
            return TRUE;
          }

        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            g_autoptr(GObject) item = g_list_model_get_item (list, i);

            if (i > 0)
              g_string_append_c (out, ',');
            write_indent (out, depth + 1);
            pln_object_write_json (PLN_OBJECT (item), out, depth + 1);
          }
        write_indent (out, depth);
        g_string_append_c (out, ']');
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
}

static void
write_member (GString        *out,
              gpointer        object,
              const char     *member,
              const PlnField *info,
              guint           depth,
              gboolean       *first)
{
  gsize mark = out->len;

  if (!*first)
    g_string_append_c (out, ',');
  write_indent (out, depth + 1);
  pln_json_write_string (out, member);
  g_string_append (out, " : ");

  /* The id is every object's, and first. */
  if (info == NULL)
    pln_json_write_string (out, pln_object_get_id (object));
  else if (!write_field (out, object, info, depth + 1))
    {
      g_string_truncate (out, mark);
      return;
    }
  *first = FALSE;
}

/* Writes the members of @object into an object already opened; @first
 * says whether none was written before. */
void
pln_object_write_json_members (PlnObject *object,
                               GString   *out,
                               guint      depth,
                               gboolean   first)
{
  /* The class's tables directly: this runs for every object of a file. */
  PlnObjectClass *klass = PLN_OBJECT_GET_CLASS (object);

  write_member (out, object, "id", NULL, depth, &first);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      if (!(klass->fields[i].flags & PLN_FIELD_NOT_IN_JSON))
        write_member (out, object, klass->members[i], &klass->fields[i], depth, &first);
    }
}

void
pln_object_write_json (PlnObject *object,
                       GString   *out,
                       guint      depth)
{
  g_string_append_c (out, '{');
  pln_object_write_json_members (object, out, depth, TRUE);
  write_indent (out, depth);
  g_string_append_c (out, '}');
}

