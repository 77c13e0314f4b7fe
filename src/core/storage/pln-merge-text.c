/* pln-merge-text.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-merge"

#include "config.h"

#include "plenary-core.h"
#include "pln-merge-private.h"

/* What a conflict says of where an object is and what each side has, as
 * text: the interface names them for people (pln-merge-labels.c), the
 * command line prints them. */

char *
_pln_merge_path_text (const Path *path)
{
  g_autoptr(GPtrArray) frames = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  for (const Path *p = path; p != NULL; p = p->parent)
    g_ptr_array_add (frames, (gpointer) p);

  for (guint i = frames->len; i > 0; i--)
    {
      const Path *p = frames->pdata[i - 1];

      if (p->member != NULL)
        g_string_append_printf (text, "%s%s", text->len > 0 ? "." : "", p->member);
      if (p->index >= 0)
        g_string_append_printf (text, "[%d]", p->index);
    }

  return g_string_free (text, FALSE);
}

static char *
object_id_text (PlnObject *object)
{
  return g_strdup (object != NULL ? pln_object_get_id (object) : "");
}

/* A field's value as the conflict shows it. */
char *
_pln_merge_value_text (PlnObject *object,
                       guint      index)
{
  const PlnField *field = &pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (object), NULL)[index];
  gpointer p = pln_object_get_field_pointer (object, index);

  switch (field->kind)
    {
    case PLN_FIELD_STRING:
      return g_strdup (*(char **) p != NULL ? *(char **) p : "");
    case PLN_FIELD_INT:
      return g_strdup_printf ("%d", *(int *) p);
    case PLN_FIELD_UINT:
      return g_strdup_printf ("%u", *(guint *) p);
    case PLN_FIELD_BOOL:
      return g_strdup (*(gboolean *) p ? "true" : "false");
    case PLN_FIELD_ENUM:
      return g_strdup (pln_enum_to_nick (field->type_func (), *(int *) p));
    case PLN_FIELD_FLAGS:
      {
        g_autoptr(GFlagsClass) klass = g_type_class_ref (field->type_func ());
        g_autoptr(GString) text = g_string_new (NULL);

        for (guint i = 0; i < klass->n_values; i++)
          if (klass->values[i].value != 0 && (*(guint *) p & klass->values[i].value) == klass->values[i].value)
            g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", klass->values[i].value_nick);
        return g_strdup (text->str);
      }
    case PLN_FIELD_DATE:
      return g_date_valid (p) ? pln_date_to_iso (p) : g_strdup ("");
    case PLN_FIELD_DATE_TIME:
      return *(GDateTime **) p != NULL ? g_date_time_format_iso8601 (*(GDateTime **) p) : g_strdup ("");
    case PLN_FIELD_STRV:
      return *(char ***) p != NULL ? g_strjoinv (", ", *(char ***) p) : g_strdup ("");
    case PLN_FIELD_OBJECT:
      return object_id_text (*(PlnObject **) p);
    case PLN_FIELD_LIST:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* What tells a person which object it is: its title, name or text if it
 * has one, else its first text, else its id. */
char *
_pln_merge_object_summary (PlnObject *object)
{
  static const char * const telling[] = { "title", "name", "text", "delegation", "symbol" };
  guint n_fields;
  const PlnField *fields = pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (object), &n_fields);

  for (guint k = 0; k <= G_N_ELEMENTS (telling); k++)
    for (guint i = 0; i < n_fields; i++)
      if (fields[i].kind == PLN_FIELD_STRING && *(char **) pln_object_get_field_pointer (object, i) != NULL &&
          (k == G_N_ELEMENTS (telling) || g_strcmp0 (fields[i].name, telling[k]) == 0))
        return _pln_merge_value_text (object, i);

  return g_strdup (pln_object_get_id (object));
}
