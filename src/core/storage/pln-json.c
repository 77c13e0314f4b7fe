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
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "plenary-core.h"
#include "pln-json.h"
#include "pln-json-private.h"
#include "pln-model-private.h"
#include "pln-public-edition.h"

/* The workspace file is written and read from the fields each model class
 * declares (PlnField, pln-object.h), the same declaration its properties
 * come from: each field is a member of its JSON object (dashes become
 * underscores), lists are arrays, references to other objects are their
 * ids. So every field round-trips by construction, and a field added to a
 * class is saved without code here. The writing is the model's
 * (model/pln-object-json.c); this file reads, resolving references after
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

/* A field of an instance struct, by the offset its class declared. */
#define FIELD(object, info, T) (*(T *) G_STRUCT_MEMBER_P (object, (info)->offset))

static JsonNode *
parse_string (GString *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_data (parser, text->str, text->len, NULL))
    g_return_val_if_reached (NULL);

  return json_node_copy (json_parser_get_root (parser));
}

/**
 * pln_json_build_workspace:
 *
 * Returns: (transfer full): the workspace as a JSON tree
 */
JsonNode *
pln_json_build_workspace (PlnWorkspace *workspace)
{
  g_autoptr(GBytes) bytes = pln_json_serialize_workspace (workspace);
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  return parse_string (text);
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
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  pln_object_write_json (PLN_OBJECT (meeting), text, 0);
  return parse_string (text);
}

/* ---------------------------------------------------------------- reading */

/* A reference is resolved once every object is read. Where it was is
 * kept as a copy of the path's frames (their member names are the field
 * tables' static strings), turned into text only for an error: a large
 * file has tens of thousands of references. Its id is the reader's copy:
 * the meetings of the JSON tree are freed as they are read. */
#define MAX_DEPTH 12

typedef struct
{
  GObject            *target;
  const PlnField *info;
  GType               type;
  PlnMeeting         *meeting;
  guint               slice;    /* the meeting's, when read from its slice */
  const char         *id;
  guint               depth;
  Path                frames[MAX_DEPTH];
} Reference;

static char *
reference_dup_where (const Reference *ref)
{
  Path chain[MAX_DEPTH];
  g_autoptr(GString) where = g_string_new (NULL);

  for (guint i = 0; i < ref->depth; i++)
    {
      chain[i] = ref->frames[i];
      chain[i].parent = i > 0 ? &chain[i - 1] : NULL;
    }

  path_append (ref->depth > 0 ? &chain[ref->depth - 1] : NULL, where);
  return g_string_free (g_steal_pointer (&where), FALSE);
}

typedef struct
{
  GHashTable   *ids;          /* the objects' own ids */
  GArray       *references;
  GStringChunk *strings;      /* the ids the references name */
  GPtrArray    *more_strings; /* those of references read in another thread */
  PlnMeeting   *meeting;
  guint         slice;        /* which of @slices is being read */
  gboolean      consume;      /* free each meeting of the tree once read */
  const char   *data;         /* (nullable): the file, when its meetings */
  GArray       *slices;       /*   are parsed one at a time from these */
  gboolean      slice_failed; /* one of them is not valid JSON */
  int          *progress;     /* (nullable) (atomic): thousandths of them read */
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

/* @expected is an untranslated N_() string: it is translated only when
 * the check fails, since this runs for every value of a large file. */
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
  set_error (error, path, _("expected %s, found %s"), _(expected), node_kind (node));
  return FALSE;
}

/* The array @node holds, or %NULL with the error of a member that is
 * not a list. */
static JsonArray *
get_array (JsonNode    *node,
           const Path  *path,
           GError     **error)
{
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      set_error (error, path, _("expected %s, found %s"), _("a list"), node_kind (node));
      return NULL;
    }

  return json_node_get_array (node);
}

static gboolean
read_flags (GType        type,
            JsonNode    *node,
            guint       *out,
            const Path  *path,
            GError     **error)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
  JsonArray *array = get_array (node, path, error);
  guint flags = 0;

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      Path here = { path, NULL, i };
      GFlagsValue *fv;

      if (!expect_value (element, G_TYPE_STRING, N_("text"), &here, error))
        return FALSE;

      fv = g_flags_get_value_by_nick (klass, json_node_get_string (element));
      if (fv == NULL)
        {
          set_error (error, &here, _("unknown value “%s”"), json_node_get_string (element));
          return FALSE;
        }
      flags |= fv->value;
    }

  *out = flags;
  return TRUE;
}

static gboolean
read_integer (const PlnField  *info,
              JsonNode            *node,
              gint64              *out,
              const Path          *path,
              GError             **error)
{
  gint64 number;

  if (!expect_value (node, G_TYPE_INT64, N_("a whole number"), path, error))
    return FALSE;

  number = json_node_get_int (node);
  if (number < info->min || number > info->max)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, number);

      /* Translators: a number read from a file, then the smallest and largest allowed */
      set_error (error, path, _("%s is not between %d and %d"), text, info->min, info->max);
      return FALSE;
    }

  *out = number;
  return TRUE;
}

static gboolean read_list (Reader      *reader,
                           GObject     *owner,
                           GListStore  *store,
                           JsonNode    *node,
                           const Path  *path,
                           GError     **error);

static void add_reference (Reader             *reader,
                           GObject            *target,
                           const PlnField *info,
                           const char         *id,
                           const Path         *path);

/* A list of texts, such as the ids of a recommendation's themes; an
 * empty one is stored as none. */
static gboolean
read_strv (JsonNode    *node,
           char      ***field,
           const Path  *path,
           GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array = get_array (node, path, error);
  guint n;

  if (array == NULL)
    return FALSE;

  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      Path here = { path, NULL, i };

      if (!expect_value (json_array_get_element (array, i), G_TYPE_STRING, N_("text"), &here, error))
        return FALSE;
      g_strv_builder_add (builder, json_array_get_string_element (array, i));
    }

  g_clear_pointer (field, g_strfreev);
  if (n > 0)
    *field = g_strv_builder_end (builder);
  return TRUE;
}

/* Reads one member into the instance struct of @object, fresh from
 * g_object_new(), so nothing is notified. */
static gboolean
read_field (Reader              *reader,
            GObject             *object,
            const PlnField  *info,
            JsonNode            *node,
            const Path          *path,
            GError             **error)
{
  switch (info->kind)
    {
    case PLN_FIELD_STRING:
      if (!expect_value (node, G_TYPE_STRING, N_("text"), path, error))
        return FALSE;
      g_free (FIELD (object, info, char *));
      FIELD (object, info, char *) = NULL;
      if (*json_node_get_string (node) != '\0')
        FIELD (object, info, char *) = g_strdup (json_node_get_string (node));
      return TRUE;

    case PLN_FIELD_INT:
    case PLN_FIELD_UINT:
      {
        gint64 number;

        if (!read_integer (info, node, &number, path, error))
          return FALSE;
        if (info->kind == PLN_FIELD_INT)
          FIELD (object, info, int) = number;
        else
          FIELD (object, info, guint) = number;
        return TRUE;
      }

    case PLN_FIELD_BOOL:
      if (!expect_value (node, G_TYPE_BOOLEAN, N_("true or false"), path, error))
        return FALSE;
      FIELD (object, info, gboolean) = json_node_get_boolean (node);
      return TRUE;

    case PLN_FIELD_ENUM:
      {
        /* The class is kept alive by the property of that type. */
        GEnumClass *klass = g_type_class_peek (info->type_func ());
        GEnumValue *ev;

        if (!expect_value (node, G_TYPE_STRING, N_("text"), path, error))
          return FALSE;
        ev = g_enum_get_value_by_nick (klass, json_node_get_string (node));
        if (ev == NULL)
          {
            set_error (error, path, _("unknown value “%s”"), json_node_get_string (node));
            return FALSE;
          }
        FIELD (object, info, int) = ev->value;
        return TRUE;
      }

    case PLN_FIELD_FLAGS:
      return read_flags (info->type_func (), node, &FIELD (object, info, guint), path, error);

    case PLN_FIELD_DATE:
      if (!expect_value (node, G_TYPE_STRING, N_("text"), path, error))
        return FALSE;
      if (!pln_date_from_iso (json_node_get_string (node), &FIELD (object, info, GDate)))
        {
          set_error (error, path, _("“%s” is not a date of the form YYYY-MM-DD"), json_node_get_string (node));
          return FALSE;
        }
      return TRUE;

    case PLN_FIELD_DATE_TIME:
      {
        GDateTime *dt;

        if (!expect_value (node, G_TYPE_STRING, N_("text"), path, error))
          return FALSE;
        dt = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);
        if (dt == NULL)
          {
            set_error (error, path, _("“%s” is not a time of the form 2023-10-05T10:00:00Z"),
                       json_node_get_string (node));
            return FALSE;
          }
        g_clear_pointer (&FIELD (object, info, GDateTime *), g_date_time_unref);
        FIELD (object, info, GDateTime *) = dt;
        return TRUE;
      }

    case PLN_FIELD_OBJECT:
      if (!expect_value (node, G_TYPE_STRING, N_("the id of an object"), path, error))
        return FALSE;
      add_reference (reader, object, info, json_node_get_string (node), path);
      return TRUE;

    case PLN_FIELD_LIST:
      return read_list (reader, object, FIELD (object, info, GListStore *), node, path, error);

    case PLN_FIELD_STRV:
      return read_strv (node, &FIELD (object, info, char **), path, error);

    default:
      g_assert_not_reached ();
    }
}

/* How far the reading of a file's meetings is, shared by the threads
 * that read them. */
typedef struct
{
  GMutex  lock;
  gsize   done;            /* bytes of the meetings read */
  gsize   total;
  int    *progress;        /* (atomic): thousandths of them read */
} Progress;

static void
progress_add (Progress           *progress,
              const PlnJsonSlice *slice)
{
  int value;

  if (progress->progress == NULL)
    return;

  /* Never back: meetings read again in order after two threads found
   * something wrong count only past where the threads were. */
  g_mutex_lock (&progress->lock);
  progress->done += slice->end - slice->start;
  value = (int) (progress->done * 1000 / MAX (progress->total, 1));
  if (value > g_atomic_int_get (progress->progress))
    g_atomic_int_set (progress->progress, value);
  g_mutex_unlock (&progress->lock);
}

/* Meeting @i of the file, parsed from its slice and read, its tree freed
 * before the next is parsed; %NULL with @error, and the reader's
 * slice_failed set when the slice is not valid JSON. */
static GObject *
read_slice (Reader      *reader,
            guint        i,
            Progress    *progress,
            const Path  *path,
            GError     **error)
{
  const PlnJsonSlice *slice = &g_array_index (reader->slices, PlnJsonSlice, i);
  g_autoptr(JsonParser) parser = json_parser_new ();
  Path here = { path, NULL, i };
  GObject *item;

  if (!json_parser_load_from_data (parser, reader->data + slice->start, slice->end - slice->start, NULL))
    {
      /* Said, with its line in the file, by parsing the file whole. */
      reader->slice_failed = TRUE;
      g_set_error_literal (error, PLN_ERROR, PLN_ERROR_PARSE, "");
      return NULL;
    }

  reader->slice = i;
  item = read_object (reader, PLN_TYPE_MEETING, json_parser_get_root (parser), &here, error);
  if (item != NULL)
    progress_add (progress, slice);
  return item;
}

/* The meetings of a large file are read by two threads, each with a
 * reader of its own, taking the next meeting not taken yet. */
typedef struct
{
  GObject   **items;      /* one per slice */
  guint       n_items;
  int         next;       /* (atomic): the next slice to take */
  int         failed;     /* (atomic): a reader found something wrong */
  Progress   *progress;
  const Path *path;
} Sharing;

typedef struct
{
  Reader   reader;
  Sharing *sharing;
  guint    index;
} Taker;

/* For the tests, which must know that both threads read meetings however
 * fast each is: the first thread reads the even meetings, the second the
 * odd, and any file is read in two. */
static int alternate;

/* How many files were read in two threads, for the tests. */
static guint n_read_in_two;

void
_pln_json_set_two_readers_alternate (gboolean alternating)
{
  g_atomic_int_set (&alternate, alternating);
}

guint
_pln_json_get_n_read_in_two (void)
{
  return g_atomic_int_get (&n_read_in_two);
}

static gpointer
take_slices (gpointer data)
{
  Taker *taker = data;
  Sharing *sharing = taker->sharing;
  gboolean alternating = g_atomic_int_get (&alternate);

  for (guint taken = 0;; taken++)
    {
      guint i = alternating ? taken * 2 + taker->index : (guint) g_atomic_int_add (&sharing->next, 1);
      g_autoptr(GError) error = NULL;

      if (i >= sharing->n_items || g_atomic_int_get (&sharing->failed))
        break;

      sharing->items[i] = read_slice (&taker->reader, i, sharing->progress, sharing->path, &error);
      if (sharing->items[i] == NULL)
        {
          g_atomic_int_set (&sharing->failed, TRUE);
          break;
        }
    }

  return NULL;
}

static gpointer
take_slices_thread (gpointer data)
{
  pln_model_set_loading (TRUE);
  take_slices (data);
  pln_model_set_loading (FALSE);
  return NULL;
}

/* Files smaller than this are read in one thread: a second one would
 * cost more than it saves. */
#define MIN_PARALLEL_BYTES (4 * 1024 * 1024)

static gboolean
ids_shared (GHashTable *ids,
            GHashTable *other)
{
  GHashTableIter iter;
  gpointer id;

  /* The smaller is walked, the larger looked up. */
  if (g_hash_table_size (ids) > g_hash_table_size (other))
    {
      GHashTable *swap = ids;

      ids = other;
      other = swap;
    }

  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    if (g_hash_table_contains (other, id))
      return TRUE;

  return FALSE;
}

static void
ids_add (GHashTable *ids,
         GHashTable *more)
{
  GHashTableIter iter;
  gpointer id;

  g_hash_table_iter_init (&iter, more);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    g_hash_table_add (ids, id);
}

/* Takes in what the two takers read: their ids, unless one of them is
 * used twice, which only reading the meetings in order can say in the
 * words and place of one reader (%FALSE, nothing taken); then their
 * references, in the order of their meetings, as one reader lists them. */
static gboolean
reader_take (Reader *reader,
             Taker  *takers)
{
  GArray *a = takers[0].reader.references;
  GArray *b = takers[1].reader.references;
  guint i = 0, j = 0;

  if (ids_shared (takers[0].reader.ids, reader->ids) ||
      ids_shared (takers[1].reader.ids, reader->ids) ||
      ids_shared (takers[1].reader.ids, takers[0].reader.ids))
    return FALSE;

  ids_add (reader->ids, takers[0].reader.ids);
  ids_add (reader->ids, takers[1].reader.ids);

  /* Each taker's are in the order of its meetings. */
  while (i < a->len || j < b->len)
    {
      if (j >= b->len ||
          (i < a->len && g_array_index (a, Reference, i).slice <= g_array_index (b, Reference, j).slice))
        g_array_append_val (reader->references, g_array_index (a, Reference, i++));
      else
        g_array_append_val (reader->references, g_array_index (b, Reference, j++));
    }

  for (guint t = 0; t < 2; t++)
    g_ptr_array_add (reader->more_strings, g_steal_pointer (&takers[t].reader.strings));

  return TRUE;
}

static void reader_init (Reader *reader);
static void reader_clear (Reader *reader);

/* Reads the meetings in two threads, in @items; %FALSE when anything is
 * wrong in them, or the second thread could not be made. */
static gboolean
read_slices_in_two (Reader     *reader,
                    GPtrArray  *items,
                    Progress   *progress,
                    const Path *path)
{
  Sharing sharing = { NULL, reader->slices->len, 0, FALSE, progress, path };
  Taker takers[2];
  GThread *thread;
  gboolean ok;

  sharing.items = g_new0 (GObject *, sharing.n_items);
  for (guint t = 0; t < 2; t++)
    {
      reader_init (&takers[t].reader);
      takers[t].reader.consume = reader->consume;
      takers[t].reader.data = reader->data;
      takers[t].reader.slices = reader->slices;
      takers[t].sharing = &sharing;
      takers[t].index = t;
    }

  thread = g_thread_try_new ("pln-read-meetings", take_slices_thread, &takers[1], NULL);
  if (thread != NULL)
    {
      take_slices (&takers[0]);
      g_thread_join (thread);
    }

  ok = thread != NULL && !sharing.failed && reader_take (reader, takers);
  if (thread != NULL)
    g_atomic_int_inc (&n_read_in_two);
  for (guint i = 0; i < sharing.n_items; i++)
    {
      if (ok)
        g_ptr_array_add (items, sharing.items[i]);
      else if (sharing.items[i] != NULL)
        g_object_unref (sharing.items[i]);
    }

  for (guint t = 0; t < 2; t++)
    reader_clear (&takers[t].reader);
  g_free (sharing.items);

#ifdef __GLIBC__
  /* The second thread had a heap of its own, in which it parsed and freed
   * its meetings' trees; no thread uses it now. Its free pages go back:
   * 3 MB of a 10-year workspace's 147 MB. */
  malloc_trim (0);
#endif

  return ok;
}

/* The workspace's meetings, each parsed from its slice of the file. A
 * large file's are read by two threads (on two cores, a 100-year archive
 * opens in some 70 % of the time); when they find anything wrong, the
 * meetings are read again in order, by one reader, so that what is said
 * and where is what reading in order says. */
static gboolean
read_meeting_slices (Reader      *reader,
                     GListStore  *store,
                     const Path  *path,
                     GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (reader->slices->len, g_object_unref);
  Progress progress = { .progress = reader->progress };
  const PlnJsonSlice *first;
  const PlnJsonSlice *last;
  gboolean ok = FALSE;

  if (reader->slices->len == 0)
    return TRUE;

  first = &g_array_index (reader->slices, PlnJsonSlice, 0);
  last = &g_array_index (reader->slices, PlnJsonSlice, reader->slices->len - 1);
  for (guint i = 0; i < reader->slices->len; i++)
    progress.total += g_array_index (reader->slices, PlnJsonSlice, i).end -
                      g_array_index (reader->slices, PlnJsonSlice, i).start;
  g_mutex_init (&progress.lock);

  if (reader->slices->len >= 2 &&
      (g_atomic_int_get (&alternate) ||
       (last->end - first->start >= MIN_PARALLEL_BYTES && g_get_num_processors () >= 2)))
    ok = read_slices_in_two (reader, items, &progress, path);

  if (!ok)
    {
      progress.done = 0;
      ok = TRUE;
      for (guint i = 0; i < reader->slices->len && ok; i++)
        {
          GObject *item = read_slice (reader, i, &progress, path, error);

          if (item != NULL)
            g_ptr_array_add (items, item);
          ok = item != NULL;
        }
    }

  g_mutex_clear (&progress.lock);
  /* No meeting's context carries over to the workspace's other members,
   * however the meetings were read. */
  reader->meeting = NULL;
  if (!ok)
    return FALSE;

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, items->len);
  return TRUE;
}

/* Reads the items of list @store, a field of @owner. */
static gboolean
read_list (Reader      *reader,
           GObject     *owner,
           GListStore  *store,
           JsonNode    *node,
           const Path  *path,
           GError     **error)
{
  GType item_type = g_list_model_get_item_type (G_LIST_MODEL (store));
  g_autoptr(GPtrArray) items = NULL;
  JsonArray *array = get_array (node, path, error);
  gboolean consume;
  guint n;

  if (array == NULL)
    return FALSE;

  /* The meetings are most of a file: each one's tree is freed once its
   * objects are made, so the tree and the model are never both whole
   * (80 MB of tree for a 10-year workspace). Parsed one at a time from
   * the file when it could be cut into them, they never make a tree. */
  consume = reader->consume && item_type == PLN_TYPE_MEETING && PLN_IS_WORKSPACE (owner);
  if (consume && reader->slices != NULL && json_array_get_length (array) == 0)
    return read_meeting_slices (reader, store, path, error);

  n = json_array_get_length (array);
  items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      Path here = { path, NULL, i };
      GObject *item = read_object (reader, item_type, json_array_get_element (array, consume ? 0 : i), &here, error);

      if (item == NULL)
        return FALSE;
      if (consume)
        json_array_remove_element (array, 0);

      /* Sub-items know the item they belong to. */
      if (PLN_IS_AGENDA_ITEM (owner) && PLN_IS_AGENDA_ITEM (item))
        pln_agenda_item_set_parent (PLN_AGENDA_ITEM (item), PLN_AGENDA_ITEM (owner));

      g_ptr_array_add (items, item);
    }

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, items->len);
  return TRUE;
}

static void
add_reference (Reader             *reader,
               GObject            *target,
               const PlnField *info,
               const char         *id,
               const Path         *path)
{
  Reference *ref;
  guint depth = 0;

  g_array_set_size (reader->references, reader->references->len + 1);
  ref = &g_array_index (reader->references, Reference, reader->references->len - 1);
  ref->target = target;
  ref->info = info;
  ref->type = info->type_func ();
  ref->meeting = reader->meeting;
  ref->slice = reader->slice;
  ref->id = g_string_chunk_insert_const (reader->strings, id);

  /* The frames are stored from the top of the document down. */
  for (const Path *p = path; p != NULL; p = p->parent)
    depth++;
  g_assert (depth <= MAX_DEPTH);
  ref->depth = depth;
  for (const Path *p = path; p != NULL; p = p->parent)
    ref->frames[--depth] = *p;
}

/* Every object has a non-empty id, unique in the whole file. */
static gboolean
read_id (Reader      *reader,
         JsonNode    *node,
         const Path  *path,
         GError     **error)
{
  const char *id;

  if (!expect_value (node, G_TYPE_STRING, N_("text"), path, error))
    return FALSE;

  id = json_node_get_string (node);
  if (*id == '\0')
    {
      set_error (error, path, _("an id cannot be empty"));
      return FALSE;
    }

  if (g_hash_table_contains (reader->ids, id))
    {
      set_error (error, path, _("the id “%s” is used twice"), id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_required (PlnObjectClass  *klass,
                guint64          seen,
                const Path      *path,
                GError         **error)
{
  for (guint i = 0; i < klass->n_fields; i++)
    {
      if ((klass->fields[i].flags & PLN_FIELD_REQUIRED) && !(seen & (G_GUINT64_CONSTANT (1) << i)))
        {
          set_error (error, path, _("the required member “%s” is missing"), klass->members[i]);
          return FALSE;
        }
    }

  return TRUE;
}

static int
find_field (PlnObjectClass *klass,
            const char     *name)
{
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const char *member = klass->members[i];

      if (member[0] == name[0] && strcmp (member, name) == 0)
        return (klass->fields[i].flags & PLN_FIELD_NOT_IN_JSON) ? -1 : (int) i;
    }

  return -1;
}

/* Who saved the last change of an object and when, which every object
 * has besides its class's fields (pln_object_set_changed()). */
static gboolean
read_changed (PlnObject   *object,
              const char  *name,
              JsonNode    *node,
              const Path  *path,
              GError     **error)
{
  g_autoptr(GDateTime) at = NULL;

  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!expect_value (node, G_TYPE_STRING, N_("text"), path, error))
    return FALSE;

  if (strcmp (name, "changed_by") == 0)
    {
      pln_object_init_changed (object, json_node_get_string (node), pln_object_get_changed_at (object));
      return TRUE;
    }

  at = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);
  if (at == NULL)
    {
      set_error (error, path, _("“%s” is not a time of the form 2023-10-05T10:00:00Z"),
                 json_node_get_string (node));
      return FALSE;
    }
  pln_object_init_changed (object, pln_object_get_changed_by (object), at);
  return TRUE;
}

/* The members are visited in the hash table's order: json-glib's ordered
 * iterator looks each member up again, and so would asking for "id" first,
 * which together cost a fifth of a load. Members are independent of each
 * other, so the order does not matter. */
static gboolean
read_members (Reader      *reader,
              GObject     *object,
              JsonObject  *json,
              const Path  *path,
              GError     **error)
{
  PlnObjectClass *klass = PLN_OBJECT_GET_CLASS (object);
  guint64 seen = 0;
  gboolean has_id = FALSE;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init (&iter, json);
  while (json_object_iter_next (&iter, &name, &member))
    {
      Path here = { path, NULL, -1 };
      int index;

      if (name[0] == 'i' && strcmp (name, "id") == 0)
        {
          here.member = "id";
          if (!read_id (reader, member, &here, error))
            return FALSE;
          /* The set keeps the object's copy: the tree may go first. */
          pln_object_set_id (PLN_OBJECT (object), json_node_get_string (member));
          g_hash_table_add (reader->ids, (gpointer) pln_object_get_id (PLN_OBJECT (object)));
          has_id = TRUE;
          continue;
        }

      if (name[0] == 'c' && (strcmp (name, "changed_by") == 0 || strcmp (name, "changed_at") == 0))
        {
          here.member = name;
          if (!read_changed (PLN_OBJECT (object), name, member, &here, error))
            return FALSE;
          continue;
        }

      /* Members this version does not know are left alone. */
      if ((index = find_field (klass, name)) < 0 || JSON_NODE_HOLDS_NULL (member))
        continue;

      here.member = klass->members[index];
      if (!read_field (reader, object, &klass->fields[index], member, &here, error))
        return FALSE;
      seen |= G_GUINT64_CONSTANT (1) << index;
    }

  if (!has_id)
    {
      set_error (error, path, _("the required member “%s” is missing"), "id");
      return FALSE;
    }

  return check_required (klass, seen, path, error);
}

static GObject *
read_object (Reader      *reader,
             GType        type,
             JsonNode    *node,
             const Path  *path,
             GError     **error)
{
  g_autoptr(GObject) object = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_error (error, path, _("expected %s, found %s"), _("an object"), node_kind (node));
      return NULL;
    }

  object = g_object_new (type, NULL);

  /* References to agenda items are resolved within their meeting. */
  if (type == PLN_TYPE_MEETING)
    reader->meeting = PLN_MEETING (object);

  if (!read_members (reader, object, json_node_get_object (node), path, error))
    return NULL;

  return g_steal_pointer (&object);
}

/* The ids of a list of registrations or recommendations, for the links
 * between them, which are ids in text properties: checked here rather
 * than resolved. A set, so a meeting of hundreds of each stays linear. */
static GHashTable *
dup_id_set (GListModel *list)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      g_hash_table_add (ids, (gpointer) pln_object_get_id (PLN_OBJECT (item)));
    }

  return ids;
}

static gboolean
check_meeting_links (PlnMeeting  *meeting,
                     const char  *where,
                     GError     **error)
{
  GListModel *recommendations = pln_meeting_get_recommendations (meeting);
  g_autoptr(GHashTable) recommendation_ids = NULL;
  g_autoptr(GHashTable) registration_ids = NULL;
  guint n = g_list_model_get_n_items (recommendations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnRecommendation) rec = g_list_model_get_item (recommendations, i);
      const char *merged = pln_recommendation_get_merged_into (rec);
      const char *source = pln_recommendation_get_source_registration (rec);

      if (merged != NULL && recommendation_ids == NULL)
        recommendation_ids = dup_id_set (recommendations);
      if (source != NULL && registration_ids == NULL)
        registration_ids = dup_id_set (pln_meeting_get_registrations (meeting));

      if (merged != NULL && !g_hash_table_contains (recommendation_ids, merged))
        {
          g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE,
                       _("At %s.recommendations[%u].merged_into: no recommendation has the id “%s”"),
                       where, i, merged);
          return FALSE;
        }
      if (source != NULL && !g_hash_table_contains (registration_ids, source))
        {
          g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE,
                       _("At %s.recommendations[%u].source_registration: no registration has the id “%s”"),
                       where, i, source);
          return FALSE;
        }
    }

  return TRUE;
}

/* The items and sub-items of one meeting by id. The references come in
 * the order of the document, so one meeting's come together. */
typedef struct
{
  PlnMeeting *meeting;
  GHashTable *items;
} AgendaIds;

static void
agenda_ids_clear (AgendaIds *agenda)
{
  g_clear_pointer (&agenda->items, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AgendaIds, agenda_ids_clear)

static GHashTable *
agenda_ids (AgendaIds  *agenda,
            PlnMeeting *meeting)
{
  g_autoptr(GPtrArray) items = NULL;

  if (agenda->meeting == meeting)
    return agenda->items;

  g_clear_pointer (&agenda->items, g_hash_table_unref);
  agenda->meeting = meeting;
  agenda->items = g_hash_table_new (g_str_hash, g_str_equal);
  items = pln_meeting_dup_agenda_items (meeting);
  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (agenda->items, (gpointer) pln_object_get_id (items->pdata[i]), items->pdata[i]);

  return agenda->items;
}

static gboolean
resolve_references (Reader        *reader,
                    PlnWorkspace  *workspace,
                    GError       **error)
{
  g_auto(AgendaIds) agenda = { NULL, NULL };

  for (guint i = 0; i < reader->references->len; i++)
    {
      Reference *ref = &g_array_index (reader->references, Reference, i);
      GObject *found = NULL;

      if (ref->type == PLN_TYPE_WORKING_GROUP && workspace != NULL)
        found = G_OBJECT (pln_workspace_find_working_group (workspace, ref->id));
      else if (ref->type == PLN_TYPE_AGENDA_ITEM && ref->meeting != NULL)
        found = g_hash_table_lookup (agenda_ids (&agenda, ref->meeting), ref->id);

      if (found == NULL)
        {
          g_autofree char *where = reference_dup_where (ref);

          g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE,
                       _("At %s: nothing has the id “%s”"), where, ref->id);
          return FALSE;
        }

      g_set_object (&FIELD (ref->target, ref->info, GObject *), found);
    }

  return TRUE;
}

static void
reader_init (Reader *reader)
{
  reader->ids = g_hash_table_new (g_str_hash, g_str_equal);
  reader->references = g_array_new (FALSE, FALSE, sizeof (Reference));
  reader->strings = g_string_chunk_new (4096);
  reader->more_strings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_string_chunk_free);
  reader->meeting = NULL;
  reader->slice = 0;
  reader->consume = FALSE;
  reader->data = NULL;
  reader->slices = NULL;
  reader->slice_failed = FALSE;
  reader->progress = NULL;
}

static void
reader_clear (Reader *reader)
{
  g_clear_pointer (&reader->ids, g_hash_table_unref);
  g_clear_pointer (&reader->references, g_array_unref);
  g_clear_pointer (&reader->strings, g_string_chunk_free);
  g_clear_pointer (&reader->more_strings, g_ptr_array_unref);
}

static gboolean
check_links (PlnWorkspace  *workspace,
             GError       **error)
{
  GListModel *meetings = pln_workspace_get_meetings (workspace);
  guint n = g_list_model_get_n_items (meetings);

  if (!pln_workspace_check_theme_links (workspace, error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *where = g_strdup_printf ("meetings[%u]", i);

      if (!check_meeting_links (meeting, where, error))
        return FALSE;
    }

  return TRUE;
}

/* Where a file's meetings are, to parse them one at a time, and what that
 * found. */
typedef struct
{
  const char *data;
  GArray     *slices;
  int        *progress;     /* (nullable) (atomic): thousandths of the meetings read */
  gboolean    failed;       /* a meeting is not valid JSON */
} Slicing;

static PlnWorkspace *
read_workspace_tree (JsonNode    *root,
                     gboolean     consume,
                     Slicing     *slicing,
                     GError     **error)
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
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (format));

      g_set_error (error, PLN_ERROR, PLN_ERROR_FORMAT,
                   _("This workspace was written by a newer version of Plenary (format %s); this version reads format %d. Update Plenary to open it."),
                   text, PLN_JSON_FORMAT);
      return NULL;
    }

  if (json_node_get_int (format) < 1)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (format));

      g_set_error (error, PLN_ERROR, PLN_ERROR_FORMAT, _("At format: %s is not a format version"), text);
      return NULL;
    }

  /* A public edition holds no personal data; one that does (edited by
   * hand) is refused before anything is read from it. */
  if (!pln_public_edition_check (root, error))
    return NULL;

  /* The workspace itself has an id like every object, but older or
   * hand-written files may leave it out. */
  if (!json_object_has_member (json_node_get_object (root), "id"))
    json_object_set_string_member (json_node_get_object (root), "id", "workspace");

  reader_init (&reader);
  reader.consume = consume;
  if (slicing != NULL)
    {
      reader.data = slicing->data;
      reader.slices = slicing->slices;
      reader.progress = slicing->progress;
    }
  pln_model_set_loading (TRUE);
  workspace = read_object (&reader, PLN_TYPE_WORKSPACE, root, NULL, error);
  pln_model_set_loading (FALSE);
  if (workspace != NULL &&
      (!resolve_references (&reader, PLN_WORKSPACE (workspace), error) ||
       !check_links (PLN_WORKSPACE (workspace), error)))
    g_clear_object (&workspace);
  if (slicing != NULL)
    slicing->failed = reader.slice_failed;
  reader_clear (&reader);

  return (PlnWorkspace *) g_steal_pointer (&workspace);
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
  g_return_val_if_fail (root != NULL, NULL);

  return read_workspace_tree (root, FALSE, NULL, error);
}

static gboolean
is_public_edition (JsonNode *root)
{
  JsonNode *edition = JSON_NODE_HOLDS_OBJECT (root) ? json_object_get_member (json_node_get_object (root), "edition")
                                                    : NULL;

  return edition != NULL && JSON_NODE_HOLDS_VALUE (edition) &&
         json_node_get_value_type (edition) == G_TYPE_STRING &&
         g_strcmp0 (json_node_get_string (edition), "public") == 0;
}

/* Parses the bytes of a workspace file into a tree; %NULL with @error. */
static JsonParser *
parse_tree (const char  *data,
            gsize        length,
            GError     **error)
{
  /* Mutable: the reader frees the meetings of the tree as it goes. */
  g_autoptr(JsonParser) parser = json_parser_new ();
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

  return g_steal_pointer (&parser);
}

/* Parses a workspace file; @slices, when not %NULL, says where its
 * meetings were when they were parsed one at a time (and is empty when
 * the file was parsed whole). */
static PlnWorkspace *
parse_workspace (const char  *data,
                 gsize        length,
                 GArray      *slices,
                 int         *progress,
                 GError     **error)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (PlnJsonSlice));
  g_autoptr(JsonParser) parser = NULL;
  PlnJsonSlice list;

  if (slices != NULL)
    g_array_set_size (slices, 0);

  /* The file without its meetings, then each meeting on its own. */
  if (length > 0 && _pln_json_find_meetings (data, length, &list, found))
    {
      g_autoptr(GString) rest = g_string_sized_new (length - (list.end - list.start) + 2);
      g_autoptr(GError) local_error = NULL;
      PlnWorkspace *workspace;
      Slicing slicing = { data, found, progress, FALSE };

      g_string_append_len (rest, data, list.start);
      g_string_append (rest, "[]");
      g_string_append_len (rest, data + list.end, length - list.end);
      parser = parse_tree (rest->str, rest->len, NULL);
      /* A public edition is checked whole for personal data, and small. */
      if (parser != NULL && is_public_edition (json_parser_get_root (parser)))
        g_clear_object (&parser);
      if (parser != NULL)
        {
          workspace = read_workspace_tree (json_parser_get_root (parser), TRUE, &slicing, &local_error);
          if (workspace != NULL)
            {
              if (slices != NULL)
                g_array_append_vals (slices, found->data, found->len);
              return workspace;
            }
          /* What is wrong in the objects, unless the file is not valid
           * JSON further on: as the parse of the whole file says it. */
          if (!slicing.failed)
            {
              g_clear_object (&parser);
              parser = parse_tree (data, length, error);
              if (parser != NULL)
                g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
        }
      g_clear_object (&parser);
    }

  /* Not cut into meetings, or not valid JSON: the whole file, whose parser
   * says where it goes wrong. */
  parser = parse_tree (data, length, error);
  if (parser == NULL)
    return NULL;

  return read_workspace_tree (json_parser_get_root (parser), TRUE, NULL, error);
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
  return parse_workspace (data, length, NULL, NULL, error);
}

/**
 * pln_json_parse_workspace_bytes:
 * @bytes: a workspace file, which the workspace may keep parts of
 * @progress: (nullable): set, atomically, to the thousandths of @bytes
 *   read as the meetings are (for a worker's progress shown elsewhere)
 *
 * Parses a workspace file as pln_json_parse_workspace() does; each
 * meeting keeps its text in @bytes for the next save when this version
 * of Plenary wrote the file (pln-json-snapshot.c).
 *
 * Returns: (transfer full): the workspace, or %NULL with @error set
 */
PlnWorkspace *
pln_json_parse_workspace_bytes (GBytes  *bytes,
                                int     *progress,
                                GError **error)
{
  g_autoptr(GArray) slices = g_array_new (FALSE, FALSE, sizeof (PlnJsonSlice));
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  PlnWorkspace *workspace = parse_workspace (data, length, slices, progress, error);

  if (workspace != NULL && slices->len > 0)
    _pln_json_snapshot_keep_file (workspace, bytes, slices);

  return workspace;
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
  pln_model_set_loading (TRUE);
  meeting = read_object (&reader, PLN_TYPE_MEETING, node, NULL, error);
  pln_model_set_loading (FALSE);

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
