/* test-model-fields.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plenary-core.h"

/* Every model class declares its fields once (PlnField tables); the
 * properties and the workspace file both come from that declaration.
 * These tests hold the three together for every class: the GParamSpecs
 * match the declaration, and an object with every field set to something
 * other than its default comes back identical from the file. */

static GType
model_type (guint i)
{
  switch (i)
    {
    case 0: return PLN_TYPE_WORKSPACE;
    case 1: return PLN_TYPE_WORKING_GROUP;
    case 2: return PLN_TYPE_MEETING;
    case 3: return PLN_TYPE_SITTING;
    case 4: return PLN_TYPE_PLACEMENT;
    case 5: return PLN_TYPE_AGENDA_ITEM;
    case 6: return PLN_TYPE_DOCUMENT_REF;
    case 7: return PLN_TYPE_REGISTRATION;
    case 8: return PLN_TYPE_RECOMMENDATION;
    case 9: return PLN_TYPE_EXPORT_RECORD;
    case 10: return PLN_TYPE_THEME;
    case 11: return PLN_TYPE_RESOLUTION;
    case 12: return PLN_TYPE_PUBLISHED_DOCUMENT;
    default: return G_TYPE_INVALID;
    }
}

static GType
field_value_type (const PlnField *field)
{
  switch (field->kind)
    {
    case PLN_FIELD_STRING: return G_TYPE_STRING;
    case PLN_FIELD_INT: return G_TYPE_INT;
    case PLN_FIELD_UINT: return G_TYPE_UINT;
    case PLN_FIELD_BOOL: return G_TYPE_BOOLEAN;
    case PLN_FIELD_ENUM:
    case PLN_FIELD_FLAGS:
    case PLN_FIELD_OBJECT: return field->type_func ();
    case PLN_FIELD_DATE: return G_TYPE_DATE;
    case PLN_FIELD_DATE_TIME: return G_TYPE_DATE_TIME;
    case PLN_FIELD_LIST: return G_TYPE_LIST_MODEL;
    case PLN_FIELD_STRV: return G_TYPE_STRV;
    default: g_assert_not_reached ();
    }
}

static void
check_pspec (const PlnField *field,
             GParamSpec     *pspec)
{
  gboolean writable = !(field->flags & PLN_FIELD_READ_ONLY);

  g_assert_nonnull (pspec);
  g_assert_cmpstr (pspec->name, ==, field->name);
  g_assert_true (pspec->value_type == field_value_type (field));
  g_assert_true (!!(pspec->flags & G_PARAM_READABLE));
  g_assert_cmpint (!!(pspec->flags & G_PARAM_WRITABLE), ==, writable);
  g_assert_cmpint (!!(pspec->flags & G_PARAM_EXPLICIT_NOTIFY), ==, writable);

  if (G_IS_PARAM_SPEC_INT (pspec))
    {
      g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->minimum, ==, field->min);
      g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->maximum, ==, field->max);
      g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->default_value, ==, field->default_value);
    }
  else if (G_IS_PARAM_SPEC_UINT (pspec))
    {
      g_assert_cmpuint (G_PARAM_SPEC_UINT (pspec)->minimum, ==, (guint) field->min);
      g_assert_cmpuint (G_PARAM_SPEC_UINT (pspec)->maximum, ==, (guint) field->max);
      g_assert_cmpuint (G_PARAM_SPEC_UINT (pspec)->default_value, ==, (guint) field->default_value);
    }
  else if (G_IS_PARAM_SPEC_ENUM (pspec))
    g_assert_cmpint (G_PARAM_SPEC_ENUM (pspec)->default_value, ==, field->default_value);
  else if (G_IS_PARAM_SPEC_FLAGS (pspec))
    g_assert_cmpuint (G_PARAM_SPEC_FLAGS (pspec)->default_value, ==, (guint) field->default_value);
  else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    g_assert_cmpint (G_PARAM_SPEC_BOOLEAN (pspec)->default_value, ==, field->default_value != 0);
}

static void
test_pspecs_match_declaration (void)
{
  for (guint t = 0; model_type (t) != G_TYPE_INVALID; t++)
    {
      g_autoptr(GTypeClass) type_class = g_type_class_ref (model_type (t));
      PlnObjectClass *klass = PLN_OBJECT_CLASS (type_class);
      g_autoptr(GObject) object = g_object_new (model_type (t), NULL);
      GParamSpec *id = g_object_class_find_property (G_OBJECT_CLASS (klass), "id");
      guint n_fields;
      const PlnField *fields = pln_object_class_get_fields (klass, &n_fields);

      g_assert_cmpuint (n_fields, >, 0);
      g_assert_nonnull (id);
      g_assert_true (id->flags & G_PARAM_CONSTRUCT_ONLY);
      g_assert_nonnull (pln_object_get_id (PLN_OBJECT (object)));

      for (guint i = 0; i < n_fields; i++)
        {
          GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), fields[i].name);
          g_auto(GValue) value = G_VALUE_INIT;

          g_assert_true (pspec == pln_object_class_get_pspec (klass, i));
          check_pspec (&fields[i], pspec);

          /* A new object has the declared defaults (a recommendation
           * stamps its times itself). */
          g_value_init (&value, pspec->value_type);
          g_object_get_property (object, pspec->name, &value);
          if (fields[i].kind == PLN_FIELD_LIST)
            g_assert_cmpuint (g_list_model_get_n_items (g_value_get_object (&value)), ==, 0);
          else if (fields[i].kind != PLN_FIELD_DATE_TIME && !g_param_value_defaults (pspec, &value))
            g_error ("%s:%s is not its default", G_OBJECT_TYPE_NAME (object), pspec->name);
        }
    }
}

/* ------------------------------------------------------------ round trip */

/* The first object made of each type, for the fields that refer to one. */
typedef struct
{
  GHashTable *by_type;
} Pool;

static void fill_object (Pool    *pool,
                         GObject *object,
                         guint    depth);

static void
set_other_than_default (GObject        *object,
                        const PlnField *field,
                        GParamSpec     *pspec)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  switch (field->kind)
    {
    case PLN_FIELD_STRING:
      {
        g_autofree char *text = g_strdup_printf ("%s of a %s \"quoted\"\n", field->name,
                                                 G_OBJECT_TYPE_NAME (object));
        g_value_set_string (&value, text);
        break;
      }
    case PLN_FIELD_INT:
      g_value_set_int (&value, field->default_value != field->max ? field->max : field->min);
      break;
    case PLN_FIELD_UINT:
      g_value_set_uint (&value, field->default_value != field->max ? field->max : field->min);
      break;
    case PLN_FIELD_BOOL:
      g_value_set_boolean (&value, field->default_value == 0);
      break;
    case PLN_FIELD_ENUM:
      {
        GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;
        GEnumValue *last = &klass->values[klass->n_values - 1];

        g_value_set_enum (&value, last->value != field->default_value ? last->value : klass->values[0].value);
        break;
      }
    case PLN_FIELD_FLAGS:
      {
        GFlagsClass *klass = G_PARAM_SPEC_FLAGS (pspec)->flags_class;

        g_value_set_flags (&value, klass->values[klass->n_values - 1].value | klass->values[0].value);
        if (g_value_get_flags (&value) == (guint) field->default_value)
          g_value_set_flags (&value, klass->values[1].value);
        break;
      }
    case PLN_FIELD_DATE:
      g_value_take_boxed (&value, g_date_new_dmy (5, G_DATE_OCTOBER, 2023));
      break;
    case PLN_FIELD_DATE_TIME:
      g_value_take_boxed (&value, g_date_time_new_utc (2023, 10, 5, 10, 12, 30.25));
      break;
    case PLN_FIELD_STRV:
      {
        const char * const ids[] = { "a \"quoted\" id", "another", NULL };

        g_value_set_boxed (&value, ids);
        break;
      }
    case PLN_FIELD_OBJECT:
    case PLN_FIELD_LIST:
    default:
      g_assert_not_reached ();
    }

  g_object_set_property (object, pspec->name, &value);
  g_assert_false (g_param_value_defaults (pspec, &value));
}

static void
fill_list (Pool           *pool,
           GObject        *owner,
           const PlnField *field,
           guint           depth)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GObject) item = g_object_new (field->type_func (), NULL);

  /* Sub-items of sub-items are not part of the model. */
  if (depth > 2 && PLN_IS_AGENDA_ITEM (owner))
    return;

  g_object_get (owner, field->name, &list, NULL);
  if (!g_hash_table_contains (pool->by_type, GSIZE_TO_POINTER (field->type_func ())))
    g_hash_table_insert (pool->by_type, GSIZE_TO_POINTER (field->type_func ()), item);
  fill_object (pool, item, depth + 1);

  if (PLN_IS_AGENDA_ITEM (owner) && PLN_IS_AGENDA_ITEM (item))
    pln_agenda_item_append_sub_item (PLN_AGENDA_ITEM (owner), PLN_AGENDA_ITEM (item));
  else
    g_list_store_append (G_LIST_STORE (list), item);
}

static void
fill_object (Pool    *pool,
             GObject *object,
             guint    depth)
{
  PlnObjectClass *klass = PLN_OBJECT_GET_CLASS (object);
  guint n_fields;
  const PlnField *fields = pln_object_class_get_fields (klass, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      if (fields[i].kind == PLN_FIELD_LIST)
        fill_list (pool, object, &fields[i], depth);
      else if (!(fields[i].flags & PLN_FIELD_READ_ONLY) && fields[i].kind != PLN_FIELD_OBJECT)
        set_other_than_default (object, &fields[i], pln_object_class_get_pspec (klass, i));
    }
}

/* Objects are linked once they all exist. */
static void
link_object (Pool    *pool,
             GObject *object)
{
  PlnObjectClass *klass = PLN_OBJECT_GET_CLASS (object);
  guint n_fields;
  const PlnField *fields = pln_object_class_get_fields (klass, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      if (fields[i].kind == PLN_FIELD_OBJECT && !(fields[i].flags & PLN_FIELD_READ_ONLY))
        {
          GObject *target = g_hash_table_lookup (pool->by_type, GSIZE_TO_POINTER (fields[i].type_func ()));

          g_assert_nonnull (target);
          g_object_set (object, fields[i].name, target, NULL);
        }
      else if (fields[i].kind == PLN_FIELD_LIST)
        {
          GListModel *list = *(GListModel **) pln_object_get_field_pointer (PLN_OBJECT (object), i);

          for (guint j = 0; j < g_list_model_get_n_items (list); j++)
            {
              g_autoptr(GObject) item = g_list_model_get_item (list, j);

              link_object (pool, item);
            }
        }
    }

  /* Links held as ids in text must resolve too. */
  if (PLN_IS_RECOMMENDATION (object))
    {
      PlnRegistration *registration = g_hash_table_lookup (pool->by_type, GSIZE_TO_POINTER (PLN_TYPE_REGISTRATION));

      pln_recommendation_set_source_registration (PLN_RECOMMENDATION (object), pln_registration_get_id (registration));
      pln_recommendation_set_merged_into (PLN_RECOMMENDATION (object), pln_recommendation_get_id (PLN_RECOMMENDATION (object)));
    }

  /* Themes are ids of the workspace's themes; a theme's parent too. */
  if (PLN_IS_RECOMMENDATION (object) || PLN_IS_RESOLUTION (object) || PLN_IS_THEME (object))
    {
      PlnTheme *theme = g_hash_table_lookup (pool->by_type, GSIZE_TO_POINTER (PLN_TYPE_THEME));
      const char * const ids[] = { pln_theme_get_id (theme), NULL };

      if (PLN_IS_THEME (object))
        pln_theme_set_parent (PLN_THEME (object), ids[0]);
      else
        g_object_set (object, "themes", ids, NULL);
    }
}

static void
assert_same_field (GObject        *a,
                   GObject        *b,
                   const PlnField *field,
                   GParamSpec     *pspec)
{
  g_auto(GValue) va = G_VALUE_INIT;
  g_auto(GValue) vb = G_VALUE_INIT;

  g_value_init (&va, pspec->value_type);
  g_value_init (&vb, pspec->value_type);
  g_object_get_property (a, pspec->name, &va);
  g_object_get_property (b, pspec->name, &vb);

  switch (field->kind)
    {
    case PLN_FIELD_STRING:
      g_assert_cmpstr (g_value_get_string (&va), ==, g_value_get_string (&vb));
      break;
    case PLN_FIELD_INT:
    case PLN_FIELD_UINT:
    case PLN_FIELD_BOOL:
    case PLN_FIELD_ENUM:
    case PLN_FIELD_FLAGS:
      g_assert_cmpint (g_param_values_cmp (pspec, &va, &vb), ==, 0);
      break;
    case PLN_FIELD_DATE:
      g_assert_nonnull (g_value_get_boxed (&va));
      g_assert_nonnull (g_value_get_boxed (&vb));
      g_assert_cmpint (g_date_compare (g_value_get_boxed (&va), g_value_get_boxed (&vb)), ==, 0);
      break;
    case PLN_FIELD_DATE_TIME:
      g_assert_nonnull (g_value_get_boxed (&va));
      g_assert_nonnull (g_value_get_boxed (&vb));
      g_assert_true (g_date_time_equal (g_value_get_boxed (&va), g_value_get_boxed (&vb)));
      break;
    case PLN_FIELD_OBJECT:
      g_assert_nonnull (g_value_get_object (&va));
      g_assert_nonnull (g_value_get_object (&vb));
      g_assert_cmpstr (pln_object_get_id (g_value_get_object (&va)), ==,
                       pln_object_get_id (g_value_get_object (&vb)));
      break;
    case PLN_FIELD_STRV:
      g_assert_nonnull (g_value_get_boxed (&va));
      g_assert_true (g_strv_equal (g_value_get_boxed (&va), g_value_get_boxed (&vb)));
      break;
    case PLN_FIELD_LIST:
    default:
      g_assert_not_reached ();
    }
}

static void
assert_same_object (GObject *a,
                    GObject *b,
                    GArray  *seen)
{
  PlnObjectClass *klass = PLN_OBJECT_GET_CLASS (a);
  guint n_fields;
  const PlnField *fields = pln_object_class_get_fields (klass, &n_fields);
  GType type = G_OBJECT_TYPE (a);

  g_assert_true (G_OBJECT_TYPE (b) == type);
  g_assert_cmpstr (pln_object_get_id (PLN_OBJECT (a)), ==, pln_object_get_id (PLN_OBJECT (b)));
  g_array_append_val (seen, type);

  for (guint i = 0; i < n_fields; i++)
    {
      if (fields[i].flags & PLN_FIELD_NOT_IN_JSON)
        continue;

      if (fields[i].kind == PLN_FIELD_LIST)
        {
          GListModel *la = *(GListModel **) pln_object_get_field_pointer (PLN_OBJECT (a), i);
          GListModel *lb = *(GListModel **) pln_object_get_field_pointer (PLN_OBJECT (b), i);

          g_assert_cmpuint (g_list_model_get_n_items (la), ==, g_list_model_get_n_items (lb));
          for (guint j = 0; j < g_list_model_get_n_items (la); j++)
            {
              g_autoptr(GObject) ia = g_list_model_get_item (la, j);
              g_autoptr(GObject) ib = g_list_model_get_item (lb, j);

              assert_same_object (ia, ib, seen);
            }
        }
      else
        assert_same_field (a, b, &fields[i], pln_object_class_get_pspec (klass, i));
    }
}

static void
test_round_trip (void)
{
  g_autoptr(PlnWorkspace) workspace = pln_workspace_new ();
  g_autoptr(PlnWorkspace) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (GType));
  Pool pool = { g_hash_table_new (NULL, NULL) };

  fill_object (&pool, G_OBJECT (workspace), 0);
  link_object (&pool, G_OBJECT (workspace));
  g_hash_table_unref (pool.by_type);
  /* A secretariat's workspace: a public edition holding registrations is
   * refused (its round trip is test-public-edition's). */
  pln_workspace_set_edition (workspace, PLN_EDITION_FULL);

  bytes = pln_json_serialize_workspace (workspace);
  loaded = pln_json_parse_workspace (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);

  assert_same_object (G_OBJECT (workspace), G_OBJECT (loaded), seen);

  /* Every class took part. */
  for (guint t = 0; model_type (t) != G_TYPE_INVALID; t++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < seen->len && !found; i++)
        found = g_array_index (seen, GType, i) == model_type (t);
      g_assert_true (found);
    }

  /* And the file it writes again is the same, byte for byte. */
  again = pln_json_serialize_workspace (loaded);
  g_assert_true (g_bytes_equal (bytes, again));
}

/* A setter notifies only when the value changes, however it is called. */
static void
test_notify_on_change (void)
{
  g_autoptr(PlnMeeting) meeting = pln_meeting_new ();
  guint notified = 0;

  g_signal_connect_swapped (meeting, "notify::city", G_CALLBACK (g_atomic_int_inc), &notified);

  pln_meeting_set_city (meeting, "Vienna");
  pln_meeting_set_city (meeting, "Vienna");
  g_object_set (meeting, "city", "Vienna", NULL);
  g_assert_cmpuint (notified, ==, 1);

  g_object_set (meeting, "city", "Bangkok", NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpstr (pln_meeting_get_city (meeting), ==, "Bangkok");
}

/* A recommendation made now changed now (for "changed since shared"),
 * and one made with a time of change keeps it: making an object tells
 * no one of its id. */
static void
test_made_quietly (void)
{
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_new_utc (2023, 10, 5, 10, 0, 0);
  g_autoptr(PlnRecommendation) made = pln_recommendation_new ();
  g_autoptr(PlnRecommendation) dated = g_object_new (PLN_TYPE_RECOMMENDATION, "changed", then, NULL);

  g_assert_nonnull (pln_recommendation_get_changed (made));
  g_assert_cmpint (g_date_time_compare (pln_recommendation_get_changed (made), before), >=, 0);
  g_assert_true (g_date_time_equal (pln_recommendation_get_changed (dated), then));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model-fields/pspecs", test_pspecs_match_declaration);
  g_test_add_func ("/model-fields/round-trip", test_round_trip);
  g_test_add_func ("/model-fields/notify-on-change", test_notify_on_change);
  g_test_add_func ("/model-fields/made-quietly", test_made_quietly);

  return g_test_run ();
}
