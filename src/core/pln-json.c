/* pln-json.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "plenary-core.h"
#include "pln-json.h"
#include "pln-model-private.h"

/* The workspace file is written and read from the model's own properties:
 * each readable property of an object is a member of its JSON object
 * (dashes become underscores), lists are arrays, references to other
 * objects are their ids. So every property round-trips by construction,
 * and a property added to a class is saved without code here. The few
 * members that are not plain values are the references, resolved after
 * the objects they point to exist. See docs/file-format.md. */

/* Where in the document a value is, for error messages:
 * "meetings[3].agenda[2].number". A chain of frames on the C stack, turned
 * into text only when an error is reported. */
typedef struct _Path Path;
struct _Path
{
  const Path *parent;
  const char *member;
  int         index;
};

static void
path_append (const Path *path,
             GString    *out)
{
  if (path == NULL)
    return;

  path_append (path->parent, out);
  if (path->member != NULL)
    {
      if (out->len > 0)
        g_string_append_c (out, '.');
      g_string_append (out, path->member);
    }
  if (path->index >= 0)
    g_string_append_printf (out, "[%d]", path->index);
}

G_GNUC_PRINTF (3, 4)
static void
set_error (GError     **error,
           const Path  *path,
           const char  *format,
           ...)
{
  g_autoptr(GString) where = g_string_new (NULL);
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  path_append (path, where);
  /* Translators: %s is a place in the file such as meetings[3].agenda[2].number, then what is wrong there */
  g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE, _("At %s: %s"),
               where->len > 0 ? where->str : _("the top level"), what);
}

/* Properties that are not written: derived or back-references. */
static gboolean
is_skipped (GParamSpec *pspec)
{
  return g_str_equal (pspec->name, "parent");
}

typedef struct
{
  GParamSpec *pspec;
  char       *member;
} Member;

/* The members of each class, computed once: listing properties and
 * turning their names into member names is not free, and a workspace has
 * tens of thousands of objects of nine classes. */
static GArray *
members_of (GType type)
{
  static GHashTable *cache;
  static GMutex lock;
  GArray *members;

  g_mutex_lock (&lock);
  if (cache == NULL)
    cache = g_hash_table_new (NULL, NULL);

  members = g_hash_table_lookup (cache, GSIZE_TO_POINTER (type));
  if (members == NULL)
    {
      GObjectClass *klass = g_type_class_ref (type);
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs;

      /* The class stays referenced with its cached members. */
      pspecs = g_object_class_list_properties (klass, &n_pspecs);
      members = g_array_new (FALSE, FALSE, sizeof (Member));
      for (guint i = 0; i < n_pspecs; i++)
        {
          Member m = { pspecs[i], g_strdup (pspecs[i]->name) };

          if (is_skipped (pspecs[i]) || (pspecs[i]->flags & G_PARAM_READABLE) == 0)
            {
              g_free (m.member);
              continue;
            }

          g_strdelimit (m.member, "-", '_');
          g_array_append_val (members, m);
        }
      g_hash_table_insert (cache, GSIZE_TO_POINTER (type), members);
    }
  g_mutex_unlock (&lock);

  return members;
}

static gboolean
is_list (GParamSpec *pspec)
{
  return g_type_is_a (pspec->value_type, G_TYPE_LIST_MODEL);
}

/* ---------------------------------------------------------------- writing */

static void build_object (JsonBuilder *builder,
                          GObject     *object);

static void
build_flags (JsonBuilder *builder,
             GType        type,
             guint        value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (type);

  json_builder_begin_array (builder);
  for (guint i = 0; i < klass->n_values; i++)
    {
      if (klass->values[i].value != 0 && (value & klass->values[i].value) == klass->values[i].value)
        json_builder_add_string_value (builder, klass->values[i].value_nick);
    }
  json_builder_end_array (builder);
}

static gboolean
build_value (JsonBuilder  *builder,
             const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    {
      if (g_value_get_string (value) == NULL)
        return FALSE;
      json_builder_add_string_value (builder, g_value_get_string (value));
    }
  else if (type == G_TYPE_INT)
    json_builder_add_int_value (builder, g_value_get_int (value));
  else if (type == G_TYPE_UINT)
    json_builder_add_int_value (builder, g_value_get_uint (value));
  else if (type == G_TYPE_BOOLEAN)
    json_builder_add_boolean_value (builder, g_value_get_boolean (value));
  else if (G_TYPE_IS_ENUM (type))
    json_builder_add_string_value (builder, pln_enum_to_nick (type, g_value_get_enum (value)));
  else if (G_TYPE_IS_FLAGS (type))
    build_flags (builder, type, g_value_get_flags (value));
  else if (type == G_TYPE_DATE)
    {
      g_autofree char *iso = pln_date_to_iso (g_value_get_boxed (value));

      if (iso == NULL)
        return FALSE;
      json_builder_add_string_value (builder, iso);
    }
  else if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *dt = g_value_get_boxed (value);
      g_autofree char *iso = dt ? g_date_time_format_iso8601 (dt) : NULL;

      if (iso == NULL)
        return FALSE;
      json_builder_add_string_value (builder, iso);
    }
  else if (g_type_is_a (type, G_TYPE_LIST_MODEL))
    {
      GListModel *list = g_value_get_object (value);
      guint n = g_list_model_get_n_items (list);

      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (list, i);

          build_object (builder, item);
        }
      json_builder_end_array (builder);
    }
  else if (G_TYPE_IS_OBJECT (type))
    {
      g_autofree char *id = NULL;
      GObject *object = g_value_get_object (value);

      if (object == NULL)
        return FALSE;
      g_object_get (object, "id", &id, NULL);
      json_builder_add_string_value (builder, id);
    }
  else
    {
      g_critical ("Cannot write a property of type %s", g_type_name (type));
      return FALSE;
    }

  return TRUE;
}

static gboolean
value_is_set (const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    return g_value_get_string (value) != NULL;
  if (type == G_TYPE_DATE)
    return g_value_get_boxed (value) != NULL;
  if (type == G_TYPE_DATE_TIME)
    return g_value_get_boxed (value) != NULL;
  if (G_TYPE_IS_OBJECT (type) || G_TYPE_IS_INTERFACE (type))
    return g_value_get_object (value) != NULL;

  return TRUE;
}

static void
build_members (JsonBuilder *builder,
               GObject     *object)
{
  GArray *members = members_of (G_OBJECT_TYPE (object));

  for (guint i = 0; i < members->len; i++)
    {
      const Member *m = &g_array_index (members, Member, i);
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, m->pspec->value_type);
      g_object_get_property (object, m->pspec->name, &value);

      /* Unset values are left out rather than written as null. */
      if (!value_is_set (&value))
        continue;

      json_builder_set_member_name (builder, m->member);
      build_value (builder, &value);
    }
}

static void
build_object (JsonBuilder *builder,
              GObject     *object)
{
  json_builder_begin_object (builder);
  build_members (builder, object);
  json_builder_end_object (builder);
}

/**
 * pln_json_build_workspace:
 *
 * Returns: (transfer full): the workspace as a JSON tree
 */
JsonNode *
pln_json_build_workspace (PlnWorkspace *workspace)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  g_return_val_if_fail (PLN_IS_WORKSPACE (workspace), NULL);

  /* The format version and generator go first, for people who open the file. */
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, PLN_JSON_FORMAT);
  json_builder_set_member_name (builder, "generator");
  json_builder_add_string_value (builder, "Plenary " PACKAGE_VERSION);
  build_members (builder, G_OBJECT (workspace));
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * pln_json_build_meeting:
 *
 * Returns: (transfer full): one meeting as a JSON tree, as it stands in
 *   the "meetings" array of a workspace file
 */
JsonNode *
pln_json_build_meeting (PlnMeeting *meeting)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  build_object (builder, G_OBJECT (meeting));
  return json_builder_get_root (builder);
}

/**
 * pln_json_serialize_workspace:
 *
 * Returns: (transfer full): the workspace file's bytes, indented
 */
GBytes *
pln_json_serialize_workspace (PlnWorkspace *workspace)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = pln_json_build_workspace (workspace);
  gsize length;
  char *data;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  data = json_generator_to_data (generator, &length);

  return g_bytes_new_take (data, length);
}

/* ---------------------------------------------------------------- reading */

typedef struct
{
  GObject    *target;
  const char *property;
  GType       type;
  PlnMeeting *meeting;
  char       *id;
  char       *where;
} Reference;

static void
reference_clear (gpointer data)
{
  Reference *ref = data;

  g_free (ref->id);
  g_free (ref->where);
}

typedef struct
{
  GHashTable *ids;
  GArray     *references;
  PlnMeeting *meeting;
} Reader;

static GObject *read_object (Reader      *reader,
                             GType        type,
                             JsonNode    *node,
                             const Path  *path,
                             GError     **error);

static const char *
node_kind (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT: return _("an object");
    case JSON_NODE_ARRAY: return _("a list");
    case JSON_NODE_NULL: return _("null");
    case JSON_NODE_VALUE:
    default:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        return _("text");
      if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        return _("true or false");
      return _("a number");
    }
}

static gboolean
expect_value (JsonNode   *node,
              GType       type,
              const char *expected,
              const Path *path,
              GError    **error)
{
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type)
    return TRUE;

  /* Translators: "expected text, found a list" */
  set_error (error, path, _("expected %s, found %s"), expected, node_kind (node));
  return FALSE;
}

static gboolean
read_flags (GType        type,
            JsonNode    *node,
            GValue      *value,
            const Path  *path,
            GError     **error)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
  JsonArray *array;
  guint flags = 0;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      set_error (error, path, _("expected %s, found %s"), _("a list"), node_kind (node));
      return FALSE;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      Path here = { path, NULL, i };
      GFlagsValue *fv;

      if (!expect_value (element, G_TYPE_STRING, _("text"), &here, error))
        return FALSE;

      fv = g_flags_get_value_by_nick (klass, json_node_get_string (element));
      if (fv == NULL)
        {
          set_error (error, &here, _("unknown value “%s”"), json_node_get_string (element));
          return FALSE;
        }
      flags |= fv->value;
    }

  g_value_set_flags (value, flags);
  return TRUE;
}

static gboolean
read_integer (GParamSpec  *pspec,
              JsonNode    *node,
              GValue      *value,
              const Path  *path,
              GError     **error)
{
  gint64 number;
  gint64 min, max;

  if (!expect_value (node, G_TYPE_INT64, _("a whole number"), path, error))
    return FALSE;

  number = json_node_get_int (node);
  if (G_IS_PARAM_SPEC_INT (pspec))
    {
      min = G_PARAM_SPEC_INT (pspec)->minimum;
      max = G_PARAM_SPEC_INT (pspec)->maximum;
    }
  else
    {
      min = G_PARAM_SPEC_UINT (pspec)->minimum;
      max = G_PARAM_SPEC_UINT (pspec)->maximum;
    }

  if (number < min || number > max)
    {
      set_error (error, path, _("%" G_GINT64_FORMAT " is not between %" G_GINT64_FORMAT " and %" G_GINT64_FORMAT),
                 number, min, max);
      return FALSE;
    }

  if (G_IS_PARAM_SPEC_INT (pspec))
    g_value_set_int (value, number);
  else
    g_value_set_uint (value, number);

  return TRUE;
}

/* Reads a plain value into @value, initialised to the property's type. */
static gboolean
read_value (GParamSpec  *pspec,
            JsonNode    *node,
            GValue      *value,
            const Path  *path,
            GError     **error)
{
  GType type = pspec->value_type;

  if (type == G_TYPE_STRING)
    {
      if (!expect_value (node, G_TYPE_STRING, _("text"), path, error))
        return FALSE;
      g_value_set_string (value, json_node_get_string (node));
    }
  else if (type == G_TYPE_INT || type == G_TYPE_UINT)
    return read_integer (pspec, node, value, path, error);
  else if (type == G_TYPE_BOOLEAN)
    {
      if (!expect_value (node, G_TYPE_BOOLEAN, _("true or false"), path, error))
        return FALSE;
      g_value_set_boolean (value, json_node_get_boolean (node));
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      int v;

      if (!expect_value (node, G_TYPE_STRING, _("text"), path, error))
        return FALSE;
      if (!pln_enum_from_nick (type, json_node_get_string (node), &v))
        {
          set_error (error, path, _("unknown value “%s”"), json_node_get_string (node));
          return FALSE;
        }
      g_value_set_enum (value, v);
    }
  else if (G_TYPE_IS_FLAGS (type))
    return read_flags (type, node, value, path, error);
  else if (type == G_TYPE_DATE)
    {
      GDate date;

      if (!expect_value (node, G_TYPE_STRING, _("text"), path, error))
        return FALSE;
      if (!pln_date_from_iso (json_node_get_string (node), &date))
        {
          set_error (error, path, _("“%s” is not a date of the form YYYY-MM-DD"), json_node_get_string (node));
          return FALSE;
        }
      g_value_set_boxed (value, &date);
    }
  else if (type == G_TYPE_DATE_TIME)
    {
      g_autoptr(GDateTime) dt = NULL;

      if (!expect_value (node, G_TYPE_STRING, _("text"), path, error))
        return FALSE;
      dt = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);
      if (dt == NULL)
        {
          set_error (error, path, _("“%s” is not a time of the form 2023-10-05T10:00:00Z"),
                     json_node_get_string (node));
          return FALSE;
        }
      g_value_set_boxed (value, dt);
    }
  else
    {
      set_error (error, path, _("cannot be read"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_list (Reader      *reader,
           GObject     *owner,
           const char  *property,
           JsonNode    *node,
           const Path  *path,
           GError     **error)
{
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GPtrArray) items = NULL;
  JsonArray *array;
  GType item_type;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      set_error (error, path, _("expected %s, found %s"), _("a list"), node_kind (node));
      return FALSE;
    }

  g_object_get (owner, property, &store, NULL);
  item_type = g_list_model_get_item_type (G_LIST_MODEL (store));
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      Path here = { path, NULL, i };
      GObject *item = read_object (reader, item_type, json_array_get_element (array, i), &here, error);

      if (item == NULL)
        return FALSE;

      /* Sub-items know the item they belong to. */
      if (PLN_IS_AGENDA_ITEM (owner) && PLN_IS_AGENDA_ITEM (item))
        pln_agenda_item_set_parent (PLN_AGENDA_ITEM (item), PLN_AGENDA_ITEM (owner));

      g_ptr_array_add (items, item);
    }

  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return TRUE;
}

static void
add_reference (Reader      *reader,
               GObject     *target,
               GParamSpec  *pspec,
               const char  *id,
               const Path  *path)
{
  g_autoptr(GString) where = g_string_new (NULL);
  Reference ref;

  path_append (path, where);
  ref.target = target;
  ref.property = pspec->name;
  ref.type = pspec->value_type;
  ref.meeting = reader->meeting;
  ref.id = g_strdup (id);
  ref.where = g_string_free (g_steal_pointer (&where), FALSE);
  g_array_append_val (reader->references, ref);
}

static GObject *
read_object (Reader      *reader,
             GType        type,
             JsonNode    *node,
             const Path  *path,
             GError     **error)
{
  GArray *members = members_of (type);
  const char *names[64];
  GValue values[64] = { G_VALUE_INIT };
  guint n_values = 0;
  g_autoptr(GObject) object = NULL;
  JsonObject *json;
  JsonNode *id_node;
  gboolean ok = TRUE;

  g_assert (members->len < G_N_ELEMENTS (names));

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_error (error, path, _("expected %s, found %s"), _("an object"), node_kind (node));
      return NULL;
    }

  json = json_node_get_object (node);
  id_node = json_object_get_member (json, "id");
  if (id_node == NULL)
    {
      set_error (error, path, _("the required member “%s” is missing"), "id");
      return NULL;
    }
  else
    {
      Path here = { path, "id", -1 };

      if (!expect_value (id_node, G_TYPE_STRING, _("text"), &here, error))
        return NULL;
      if (!g_hash_table_add (reader->ids, (gpointer) json_node_get_string (id_node)))
        {
          set_error (error, &here, _("the id “%s” is used twice"), json_node_get_string (id_node));
          return NULL;
        }
    }

  /* Plain values first, all set at construction (no notifications). */
  for (guint i = 0; i < members->len && ok; i++)
    {
      const Member *m = &g_array_index (members, Member, i);
      JsonNode *member = json_object_get_member (json, m->member);
      Path here = { path, m->member, -1 };

      if (member == NULL || JSON_NODE_HOLDS_NULL (member) || is_list (m->pspec) ||
          G_TYPE_IS_OBJECT (m->pspec->value_type))
        continue;

      g_value_init (&values[n_values], m->pspec->value_type);
      ok = read_value (m->pspec, member, &values[n_values], &here, error);
      names[n_values++] = m->pspec->name;
    }

  if (ok)
    object = g_object_new_with_properties (type, n_values, names, values);

  for (guint i = 0; i < n_values; i++)
    g_value_unset (&values[i]);

  if (!ok)
    return NULL;

  /* References to agenda items are resolved within their meeting. */
  if (type == PLN_TYPE_MEETING)
    reader->meeting = PLN_MEETING (object);

  /* Then lists and references to other objects. */
  for (guint i = 0; i < members->len; i++)
    {
      const Member *m = &g_array_index (members, Member, i);
      JsonNode *member = json_object_get_member (json, m->member);
      Path here = { path, m->member, -1 };

      if (member == NULL || JSON_NODE_HOLDS_NULL (member))
        continue;

      if (is_list (m->pspec))
        {
          if (!read_list (reader, object, m->pspec->name, member, &here, error))
            return NULL;
        }
      else if (G_TYPE_IS_OBJECT (m->pspec->value_type))
        {
          if (!expect_value (member, G_TYPE_STRING, _("the id of an object"), &here, error))
            return NULL;
          add_reference (reader, object, m->pspec, json_node_get_string (member), &here);
        }
    }

  return g_steal_pointer (&object);
}

static gboolean
check_id_in_list (GListModel  *list,
                  const char  *id)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_autofree char *item_id = NULL;

      g_object_get (item, "id", &item_id, NULL);
      if (g_strcmp0 (item_id, id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The references between recommendations and registrations are ids in
 * text properties, so they are checked here rather than resolved. */
static gboolean
check_meeting_links (PlnMeeting  *meeting,
                     const char  *where,
                     GError     **error)
{
  GListModel *recommendations = pln_meeting_get_recommendations (meeting);
  guint n = g_list_model_get_n_items (recommendations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnRecommendation) rec = g_list_model_get_item (recommendations, i);
      const char *merged = pln_recommendation_get_merged_into (rec);
      const char *source = pln_recommendation_get_source_registration (rec);

      if (merged != NULL && !check_id_in_list (recommendations, merged))
        {
          g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE,
                       _("At %s.recommendations[%u].merged_into: no recommendation has the id “%s”"),
                       where, i, merged);
          return FALSE;
        }
      if (source != NULL && !check_id_in_list (pln_meeting_get_registrations (meeting), source))
        {
          g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE,
                       _("At %s.recommendations[%u].source_registration: no registration has the id “%s”"),
                       where, i, source);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
resolve_references (Reader        *reader,
                    PlnWorkspace  *workspace,
                    GError       **error)
{
  for (guint i = 0; i < reader->references->len; i++)
    {
      Reference *ref = &g_array_index (reader->references, Reference, i);
      GObject *found = NULL;

      if (ref->type == PLN_TYPE_WORKING_GROUP && workspace != NULL)
        found = G_OBJECT (pln_workspace_find_working_group (workspace, ref->id));
      else if (ref->type == PLN_TYPE_AGENDA_ITEM && ref->meeting != NULL)
        found = G_OBJECT (pln_meeting_find_agenda_item (ref->meeting, ref->id));

      if (found == NULL)
        {
          g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE,
                       _("At %s: nothing has the id “%s”"), ref->where, ref->id);
          return FALSE;
        }

      g_object_set (ref->target, ref->property, found, NULL);
    }

  return TRUE;
}

static void
reader_init (Reader *reader)
{
  reader->ids = g_hash_table_new (g_str_hash, g_str_equal);
  reader->references = g_array_new (FALSE, TRUE, sizeof (Reference));
  g_array_set_clear_func (reader->references, reference_clear);
  reader->meeting = NULL;
}

static void
reader_clear (Reader *reader)
{
  g_clear_pointer (&reader->ids, g_hash_table_unref);
  g_clear_pointer (&reader->references, g_array_unref);
}

static gboolean
check_links (PlnWorkspace  *workspace,
             GError       **error)
{
  GListModel *meetings = pln_workspace_get_meetings (workspace);
  guint n = g_list_model_get_n_items (meetings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *where = g_strdup_printf ("meetings[%u]", i);

      if (!check_meeting_links (meeting, where, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * pln_json_read_workspace:
 * @root: the root of a parsed workspace file
 *
 * Returns: (transfer full): the workspace, or %NULL with @error naming
 *   what is wrong and where (e.g. "At meetings[3].agenda[2].number: …")
 */
PlnWorkspace *
pln_json_read_workspace (JsonNode  *root,
                         GError   **error)
{
  g_autoptr(GObject) workspace = NULL;
  JsonNode *format;
  Reader reader;

  g_return_val_if_fail (root != NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      (format = json_object_get_member (json_node_get_object (root), "format")) == NULL)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_FORMAT,
                   _("This is not a Plenary workspace: it has no format version"));
      return NULL;
    }

  if (!JSON_NODE_HOLDS_VALUE (format) || json_node_get_value_type (format) != G_TYPE_INT64)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_FORMAT,
                   _("At format: expected a whole number"));
      return NULL;
    }

  if (json_node_get_int (format) > PLN_JSON_FORMAT)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_FORMAT,
                   _("This workspace was written by a newer version of Plenary (format %" G_GINT64_FORMAT "); this version reads format %d. Update Plenary to open it."),
                   json_node_get_int (format), PLN_JSON_FORMAT);
      return NULL;
    }

  if (json_node_get_int (format) < 1)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_FORMAT,
                   _("At format: %" G_GINT64_FORMAT " is not a format version"), json_node_get_int (format));
      return NULL;
    }

  /* The workspace itself has an id like every object, but older or
   * hand-written files may leave it out. */
  if (!json_object_has_member (json_node_get_object (root), "id"))
    json_object_set_string_member (json_node_get_object (root), "id", "workspace");

  reader_init (&reader);
  workspace = read_object (&reader, PLN_TYPE_WORKSPACE, root, NULL, error);
  if (workspace != NULL &&
      (!resolve_references (&reader, PLN_WORKSPACE (workspace), error) ||
       !check_links (PLN_WORKSPACE (workspace), error)))
    g_clear_object (&workspace);
  reader_clear (&reader);

  return (PlnWorkspace *) g_steal_pointer (&workspace);
}

/**
 * pln_json_parse_workspace:
 *
 * Parses the bytes of a workspace file.
 *
 * Returns: (transfer full): the workspace, or %NULL with @error set
 */
PlnWorkspace *
pln_json_parse_workspace (const char  *data,
                          gsize        length,
                          GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;

  if (length == 0)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE, _("The file is empty"));
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* Translators: %s is json-glib's description, with line and column */
      g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE, _("The file is not valid JSON: %s"),
                   local_error->message);
      return NULL;
    }

  return pln_json_read_workspace (json_parser_get_root (parser), error);
}

/**
 * pln_json_read_meeting:
 * @node: a meeting as pln_json_build_meeting() writes it
 * @workspace: (nullable): where its working group is looked up
 *
 * Returns: (transfer full): the meeting, or %NULL with @error set
 */
PlnMeeting *
pln_json_read_meeting (JsonNode      *node,
                       PlnWorkspace  *workspace,
                       GError       **error)
{
  g_autoptr(GObject) meeting = NULL;
  Reader reader;

  g_return_val_if_fail (node != NULL, NULL);

  reader_init (&reader);
  meeting = read_object (&reader, PLN_TYPE_MEETING, node, NULL, error);

  /* A working group that is not in @workspace is left unset. */
  for (guint i = 0; meeting != NULL && i < reader.references->len; i++)
    {
      Reference *ref = &g_array_index (reader.references, Reference, i);

      if (ref->type == PLN_TYPE_WORKING_GROUP &&
          (workspace == NULL || pln_workspace_find_working_group (workspace, ref->id) == NULL))
        {
          g_array_remove_index (reader.references, i);
          i--;
        }
    }

  if (meeting != NULL &&
      (!resolve_references (&reader, workspace, error) ||
       !check_meeting_links (PLN_MEETING (meeting), "meeting", error)))
    g_clear_object (&meeting);
  reader_clear (&reader);

  return (PlnMeeting *) g_steal_pointer (&meeting);
}
