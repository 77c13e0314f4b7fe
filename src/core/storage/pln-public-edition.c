/* pln-public-edition.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-public-edition"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "plenary-core.h"
#include "pln-model-private.h"
#include "pln-public-edition.h"

/* The public edition of a workspace: what a secretariat publishes for
 * delegations, with no personal data (docs/file-format.md, "Public
 * edition"). It is made from the workspace's file, not its objects: the
 * members are copied by lists of names (an allowlist), so nothing the
 * lists do not name can reach it, whatever is added to the model later.
 * The copy is then read by the ordinary loader, checked, and its
 * documents are made from it, so a document cannot show more than the
 * edition holds. */

typedef struct _Spec Spec;
struct _Spec
{
  const char *member;
  const Spec *items;    /* for a list of objects: what each keeps */
  gboolean    chosen;   /* not copied: chosen one by one, or set after */
};

#define CHOSEN(member, items) { member, items, TRUE }

static const Spec document_ref_spec[] = { { "id" }, { "symbol" }, { "title" }, { NULL } };
static const Spec footnote_spec[] = { { "id" }, { "anchor" }, { "text" }, { NULL } };
static const Spec placement_spec[] = { { "id" }, { "agenda_item" }, { "note" }, { NULL } };

static const Spec sub_item_spec[] = {
  { "id" }, { "number" }, { "title" }, { "annotation" }, { "notes" },
  { "footnotes", footnote_spec }, { "documents", document_ref_spec }, { NULL }
};

static const Spec agenda_item_spec[] = {
  { "id" }, { "number" }, { "title" }, { "annotation" }, { "notes" },
  { "footnotes", footnote_spec }, { "sub_items", sub_item_spec }, { "documents", document_ref_spec }, { NULL }
};

static const Spec sitting_spec[] = {
  { "id" }, { "name" }, { "date" }, { "start" }, { "end" }, { "placements", placement_spec }, { NULL }
};

static const Spec recommendation_spec[] = {
  { "id" }, { "day" }, { "agenda_item" }, { "text" }, { "status" }, CHOSEN ("source", NULL), { NULL }
};

static const Spec export_spec[] = { { "id" }, { "day" }, { "count" }, { "shared" }, { NULL } };

static const Spec published_document_spec[] = {
  { "id" }, { "path" }, { "kind" }, { "meeting" }, { "day" }, { "published" }, { "checksum" }, { NULL }
};

/* Recommendations and exports are chosen one by one (filter_meeting). */
static const Spec meeting_spec[] = {
  CHOSEN ("recommendations", recommendation_spec), CHOSEN ("exports", export_spec),
  { "id" }, { "working_group" }, { "ordinal" }, { "title" }, { "city" }, { "venue" }, { "time_zone" },
  { "first_day" }, { "last_day" }, { "format" }, { "platform" }, { "languages" }, { "agenda_symbol" },
  { "report_symbol" }, { "issued" }, { "job_number" }, { "annex_footnotes", footnote_spec },
  { "statement_limit" }, { "online_cap" }, { "online_cap_finishes" }, { "morning_start" },
  { "morning_end" }, { "afternoon_start" }, { "afternoon_end" }, { "recommendation_limit" },
  { "sittings", sitting_spec }, { "agenda", agenda_item_spec }, { NULL }
};

static const Spec working_group_spec[] = {
  { "id" }, { "name" }, { "short_name" }, { "symbol_series" }, { "parent_body" }, { "mandate" },
  { "color" }, { NULL }
};

static const Spec workspace_spec[] = {
  { "format" }, { "id" }, { "title" }, { "working_groups", working_group_spec },
  CHOSEN ("meetings", meeting_spec), CHOSEN ("generator", NULL), CHOSEN ("edition", NULL),
  CHOSEN ("publisher", NULL), CHOSEN ("published", NULL), CHOSEN ("documents", published_document_spec),
  { NULL }
};

/* Lists the model always writes, which a public edition holds empty
 * (sub-items have no sub-items of their own). */
static const char * const empty_lists[] = {
  "registrations", "statements", "speakers", "themes", "resolutions", "sub_items", NULL
};

static JsonObject *copy_object (JsonObject *from,
                                const Spec *spec);

static JsonNode *
copy_list (JsonNode   *from,
           const Spec *items)
{
  JsonArray *to = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  /* A list the loader would refuse is left empty: the loader reports
   * the source's own errors when it is read. */
  if (JSON_NODE_HOLDS_ARRAY (from))
    {
      JsonArray *array = json_node_get_array (from);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_OBJECT (element))
            json_array_add_object_element (to, copy_object (json_node_get_object (element), items));
        }
    }

  json_node_take_array (node, to);
  return node;
}

static JsonObject *
copy_object (JsonObject *from,
             const Spec *spec)
{
  JsonObject *to = json_object_new ();

  for (const Spec *s = spec; s->member != NULL; s++)
    {
      JsonNode *value = json_object_get_member (from, s->member);

      if (value == NULL || s->chosen)
        continue;
      if (s->items != NULL)
        json_object_set_member (to, s->member, copy_list (value, s->items));
      else
        json_object_set_member (to, s->member, json_node_copy (value));
    }

  return to;
}

static const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static GDateTime *
member_date_time (JsonObject *object,
                  const char *member)
{
  const char *text = member_string (object, member);

  return text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
}

/* The last export of each day marked as shared, by day. */
static GHashTable *
shared_exports (JsonObject *meeting)
{
  GHashTable *shared = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *exports = json_object_get_member (meeting, "exports");
  JsonArray *array;

  if (exports == NULL || !JSON_NODE_HOLDS_ARRAY (exports))
    return shared;

  array = json_node_get_array (exports);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *record;
      const char *day;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      record = json_node_get_object (element);
      day = member_string (record, "day");
      if (day != NULL && member_string (record, "shared") != NULL)
        g_hash_table_insert (shared, (gpointer) day, record);
    }

  return shared;
}

/* Agreed recommendations are public; the others only when they were in a
 * non-paper that was shared: taken into it, of its day, and made before
 * it was shared. Proposed, withdrawn and merged ones never are. */
static gboolean
recommendation_is_public (JsonObject *rec,
                          GHashTable *shared)
{
  const char *status = member_string (rec, "status");
  const char *day = member_string (rec, "day");
  JsonObject *record;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) shared_at = NULL;

  if (g_strcmp0 (status, "agreed") == 0)
    return TRUE;
  if (g_strcmp0 (status, "in-non-paper") != 0 || day == NULL ||
      (record = g_hash_table_lookup (shared, day)) == NULL)
    return FALSE;

  created = member_date_time (rec, "created");
  shared_at = member_date_time (record, "shared");
  return created == NULL || shared_at == NULL || g_date_time_compare (created, shared_at) <= 0;
}

static JsonNode *
filter_recommendations (JsonObject *meeting,
                        GHashTable *shared,
                        gboolean    with_sources)
{
  JsonNode *recommendations = json_object_get_member (meeting, "recommendations");
  JsonArray *to = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  if (recommendations != NULL && JSON_NODE_HOLDS_ARRAY (recommendations))
    {
      JsonArray *array = json_node_get_array (recommendations);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          JsonObject *rec;
          const char *source;

          if (!JSON_NODE_HOLDS_OBJECT (element) || !recommendation_is_public (json_node_get_object (element), shared))
            continue;

          rec = copy_object (json_node_get_object (element), recommendation_spec);
          if (with_sources && (source = member_string (json_node_get_object (element), "source")) != NULL)
            json_object_set_string_member (rec, "source", source);
          json_array_add_object_element (to, rec);
        }
    }

  json_node_take_array (node, to);
  return node;
}

static JsonObject *
filter_meeting (JsonObject *meeting,
                gboolean    with_sources)
{
  g_autoptr(GHashTable) shared = shared_exports (meeting);
  JsonObject *to = copy_object (meeting, meeting_spec);
  JsonArray *exports = json_array_new ();
  GHashTableIter iter;
  gpointer record;

  json_object_set_member (to, "recommendations", filter_recommendations (meeting, shared, with_sources));

  g_hash_table_iter_init (&iter, shared);
  while (g_hash_table_iter_next (&iter, NULL, &record))
    json_array_add_object_element (exports, copy_object (record, export_spec));
  json_object_set_array_member (to, "exports", exports);

  return to;
}

static JsonNode *
filter_workspace (JsonObject *full,
                  gboolean    with_sources)
{
  JsonObject *to = copy_object (full, workspace_spec);
  JsonNode *meetings = json_object_get_member (full, "meetings");
  JsonArray *array = json_array_new ();
  JsonNode *root = json_node_new (JSON_NODE_OBJECT);

  if (meetings != NULL && JSON_NODE_HOLDS_ARRAY (meetings))
    {
      JsonArray *from = json_node_get_array (meetings);

      for (guint i = 0; i < json_array_get_length (from); i++)
        {
          JsonNode *element = json_array_get_element (from, i);

          if (JSON_NODE_HOLDS_OBJECT (element))
            json_array_add_object_element (array, filter_meeting (json_node_get_object (element), with_sources));
        }
    }
  json_object_set_array_member (to, "meetings", array);

  json_node_take_object (root, to);
  return root;
}

/* ---------------------------------------------------------------- check */

static gboolean check_object (JsonObject  *object,
                              const Spec  *spec,
                              GString     *where,
                              GError     **error);

static gboolean
is_empty_list (const char *member,
               JsonNode   *value)
{
  return g_strv_contains (empty_lists, member) && JSON_NODE_HOLDS_ARRAY (value) &&
         json_array_get_length (json_node_get_array (value)) == 0;
}

static gboolean
check_member (const char  *member,
              JsonNode    *value,
              const Spec  *spec,
              GString     *where,
              GError     **error)
{
  gsize len = where->len;
  const Spec *found = NULL;

  for (const Spec *s = spec; s->member != NULL && found == NULL; s++)
    if (strcmp (s->member, member) == 0)
      found = s;

  g_string_append_printf (where, "%s%s", len > 0 ? "." : "", member);
  if (found == NULL && !is_empty_list (member, value))
    {
      /* Translators: %s is a place in the file, such as meetings[0].registrations */
      g_set_error (error, PLN_ERROR, PLN_ERROR_INVALID,
                   _("At %s: a public edition holds no such member; it may be personal data"), where->str);
      return FALSE;
    }

  if (found != NULL && found->items != NULL && JSON_NODE_HOLDS_ARRAY (value))
    {
      JsonArray *array = json_node_get_array (value);
      gsize item_len = where->len;

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          g_string_append_printf (where, "[%u]", i);
          if (JSON_NODE_HOLDS_OBJECT (element) &&
              !check_object (json_node_get_object (element), found->items, where, error))
            return FALSE;
          g_string_truncate (where, item_len);
        }
    }

  g_string_truncate (where, len);
  return TRUE;
}

static gboolean
check_object (JsonObject  *object,
              const Spec  *spec,
              GString     *where,
              GError     **error)
{
  JsonObjectIter iter;
  const char *member;
  JsonNode *value;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, &value))
    if (!check_member (member, value, spec, where, error))
      return FALSE;

  return TRUE;
}

/**
 * pln_public_edition_check:
 * @root: a workspace file, parsed
 *
 * Checks that a public edition holds nothing but what a public edition
 * holds (docs/file-format.md): a registration, an e-mail address or any
 * other member added by hand is refused, naming where it is. A workspace
 * that is not a public edition passes.
 *
 * Returns: %TRUE if @root holds no personal data
 */
gboolean
pln_public_edition_check (JsonNode  *root,
                          GError   **error)
{
  g_autoptr(GString) where = g_string_new (NULL);
  JsonObject *top;

  g_return_val_if_fail (root != NULL, FALSE);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return TRUE;
  top = json_node_get_object (root);
  if (g_strcmp0 (member_string (top, "edition"), "public") != 0)
    return TRUE;

  return check_object (top, workspace_spec, where, error);
}

/* ------------------------------------------------------------ documents */

/* "CTOC/COP/WG.7" and 2022: "wg7-2022". */
static char *
meeting_slug (PlnMeeting *meeting)
{
  PlnWorkingGroup *group = pln_meeting_get_working_group (meeting);
  const char *series = group != NULL ? pln_working_group_get_symbol_series (group) : NULL;
  const GDate *first = pln_meeting_get_first_day (meeting);
  g_autoptr(GString) slug = g_string_new (NULL);
  const char *last;

  if (series == NULL || first == NULL)
    return NULL;

  last = strrchr (series, '/');
  for (const char *p = last != NULL ? last + 1 : series; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (slug, g_ascii_tolower (*p));

  if (slug->len == 0)
    return NULL;
  g_string_append_printf (slug, "-%04u", g_date_get_year (first));
  return g_string_free (g_steal_pointer (&slug), FALSE);
}

/* The meeting's id, as a file name. */
static char *
id_slug (PlnMeeting *meeting)
{
  g_autoptr(GString) slug = g_string_new (NULL);

  for (const char *p = pln_meeting_get_id (meeting); *p != '\0'; p++)
    g_string_append_c (slug, g_ascii_isalnum (*p) || *p == '-' ? g_ascii_tolower (*p) : '_');

  return g_string_free (g_steal_pointer (&slug), FALSE);
}

/**
 * pln_public_edition_render:
 * @edition: a public edition
 * @document: one of its documents
 *
 * Returns: (transfer full): the PDF of @document, or %NULL with @error
 */
GBytes *
pln_public_edition_render (PlnWorkspace          *edition,
                           PlnPublishedDocument  *document,
                           GError               **error)
{
  PlnMeeting *meeting = pln_workspace_find_meeting (edition, pln_published_document_get_meeting (document));
  g_autoptr(PlnDocument) content = NULL;

  g_return_val_if_fail (meeting != NULL, NULL);

  if (pln_published_document_get_kind (document) == PLN_PUBLISHED_KIND_AGENDA)
    content = pln_agenda_document_new (meeting);
  else
    /* The recommendations of an edition have a source only when the
     * chair chose to show them. */
    content = pln_non_paper_new (meeting, pln_published_document_get_day (document), TRUE);

  return pln_document_export_to_bytes (content, PLN_DOCUMENT_FORMAT_PDF, error);
}

/* SHA-256 of the document's text: what tells a changed document from the
 * same one, where the PDF's bytes differ by its creation date. */
static char *
document_checksum (PlnWorkspace         *edition,
                   PlnPublishedDocument *document)
{
  PlnMeeting *meeting = pln_workspace_find_meeting (edition, pln_published_document_get_meeting (document));
  g_autoptr(PlnDocument) content = NULL;
  g_autoptr(GBytes) text = NULL;

  if (pln_published_document_get_kind (document) == PLN_PUBLISHED_KIND_AGENDA)
    content = pln_agenda_document_new (meeting);
  else
    content = pln_non_paper_new (meeting, pln_published_document_get_day (document), TRUE);

  text = pln_document_export_to_bytes (content, PLN_DOCUMENT_FORMAT_TEXT, NULL);
  return text != NULL ? g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, text) : NULL;
}

static PlnPublishedDocument *
find_document (PlnWorkspace *workspace,
               const char   *path)
{
  GListModel *documents = workspace != NULL ? pln_workspace_get_documents (workspace) : NULL;

  for (guint i = 0; documents != NULL && i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(PlnPublishedDocument) document = g_list_model_get_item (documents, i);

      if (g_strcmp0 (pln_published_document_get_path (document), path) == 0)
        return document;
    }

  return NULL;
}

/* Adds a document to @edition; its time of publication is the earlier
 * edition's when its content is the same. */
static void
add_document (PlnWorkspace     *edition,
              PlnWorkspace     *previous,
              GDateTime        *now,
              PlnMeeting       *meeting,
              PlnPublishedKind  kind,
              const GDate      *day,
              const char       *slug)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *checksum = NULL;
  g_autoptr(PlnPublishedDocument) document = NULL;
  PlnPublishedDocument *earlier;

  if (kind == PLN_PUBLISHED_KIND_AGENDA)
    name = g_strdup_printf ("%s-agenda.pdf", slug);
  else
    name = g_strdup_printf ("%s-non-paper-day%d.pdf", slug, pln_meeting_get_day_index (meeting, day) + 1);
  path = g_build_path ("/", PLN_PUBLIC_EDITION_DOCUMENTS, name, NULL);

  document = pln_published_document_new (path);
  pln_object_set_id (PLN_OBJECT (document), path);
  pln_published_document_set_kind (document, kind);
  pln_published_document_set_meeting (document, pln_meeting_get_id (meeting));
  pln_published_document_set_day (document, day);
  pln_workspace_append_document (edition, document);

  checksum = document_checksum (edition, document);
  pln_published_document_set_checksum (document, checksum);
  earlier = find_document (previous, path);
  if (earlier != NULL && g_strcmp0 (pln_published_document_get_checksum (earlier), checksum) == 0 &&
      pln_published_document_get_published (earlier) != NULL)
    pln_published_document_set_published (document, pln_published_document_get_published (earlier));
  else
    pln_published_document_set_published (document, now);
}

/* The agenda of each meeting that has one, and each shared non-paper. */
static void
add_documents (PlnWorkspace *edition,
               PlnWorkspace *previous,
               GDateTime    *now)
{
  GListModel *meetings = pln_workspace_get_meetings (edition);
  g_autoptr(GHashTable) slugs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);
      GListModel *exports = pln_meeting_get_exports (meeting);
      g_autofree char *slug = meeting_slug (meeting);

      if (slug == NULL || g_hash_table_contains (slugs, slug))
        {
          g_free (slug);
          slug = id_slug (meeting);
        }
      g_hash_table_add (slugs, g_strdup (slug));

      if (g_list_model_get_n_items (pln_meeting_get_agenda (meeting)) > 0)
        add_document (edition, previous, now, meeting, PLN_PUBLISHED_KIND_AGENDA, NULL, slug);

      for (guint e = 0; e < g_list_model_get_n_items (exports); e++)
        {
          g_autoptr(PlnExportRecord) record = g_list_model_get_item (exports, e);

          if (pln_export_record_get_day (record) != NULL)
            add_document (edition, previous, now, meeting, PLN_PUBLISHED_KIND_NON_PAPER,
                          pln_export_record_get_day (record), slug);
        }
    }
}

/* A recommendation stamps the time it is made as its last change; an
 * edition does not say when the secretariat edited what. */
static void
clear_changed (PlnWorkspace *edition)
{
  GListModel *meetings = pln_workspace_get_meetings (edition);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (meetings, i);
      GListModel *recommendations = pln_meeting_get_recommendations (meeting);

      for (guint r = 0; r < g_list_model_get_n_items (recommendations); r++)
        {
          g_autoptr(PlnRecommendation) rec = g_list_model_get_item (recommendations, r);

          pln_recommendation_set_changed (rec, NULL);
        }
    }
}

/**
 * pln_public_edition_new_from_bytes:
 * @full: the text of a secretariat's workspace file
 * @previous: (nullable): the edition published before, whose documents'
 *   times of publication are kept where they did not change
 * @now: the time of publication
 *
 * Makes the public edition of a workspace. A pure function of its
 * arguments, which can run in a worker on a snapshot of the workspace.
 *
 * Returns: (transfer full): the public edition, read-only, or %NULL with
 *   @error naming what is wrong in @full
 */
PlnWorkspace *
pln_public_edition_new_from_bytes (GBytes                  *full,
                                   const PlnPublicOptions  *options,
                                   PlnWorkspace            *previous,
                                   GDateTime               *now,
                                   GError                 **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(PlnWorkspace) edition = NULL;
  gsize length;
  const char *data = g_bytes_get_data (full, &length);

  g_return_val_if_fail (full != NULL && options != NULL && now != NULL, NULL);

  if (!json_parser_load_from_data (parser, data, length, error))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_FORMAT, _("This is not a Plenary workspace: it has no format version"));
      return NULL;
    }

  root = filter_workspace (json_node_get_object (json_parser_get_root (parser)), options->with_sources);
  edition = pln_json_read_workspace (root, error);
  if (edition == NULL)
    return NULL;

  clear_changed (edition);
  pln_workspace_set_edition (edition, PLN_EDITION_PUBLIC);
  pln_workspace_set_publisher (edition, options->publisher);
  pln_workspace_set_published (edition, now);
  add_documents (edition, previous, now);

  return g_steal_pointer (&edition);
}

/**
 * pln_public_edition_new:
 *
 * pln_public_edition_new_from_bytes() of @workspace as it stands.
 *
 * Returns: (transfer full): the public edition, or %NULL with @error
 */
PlnWorkspace *
pln_public_edition_new (PlnWorkspace            *workspace,
                        const PlnPublicOptions  *options,
                        PlnWorkspace            *previous,
                        GDateTime               *now,
                        GError                 **error)
{
  g_autoptr(GBytes) full = NULL;

  g_return_val_if_fail (PLN_IS_WORKSPACE (workspace), NULL);

  full = pln_json_serialize_workspace (workspace);
  return pln_public_edition_new_from_bytes (full, options, previous, now, error);
}

/**
 * pln_public_edition_serialize:
 * @edition: a public edition
 *
 * Returns: (transfer full): the text of @edition's file, checked to hold
 *   nothing but what a public edition holds, or %NULL with @error
 */
GBytes *
pln_public_edition_serialize (PlnWorkspace  *edition,
                              GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize length;
  const char *data;

  g_return_val_if_fail (PLN_IS_WORKSPACE (edition), NULL);
  g_return_val_if_fail (pln_workspace_is_read_only (edition), NULL);

  bytes = pln_json_serialize_workspace (edition);
  data = g_bytes_get_data (bytes, &length);
  if (!json_parser_load_from_data (parser, data, length, error) ||
      !pln_public_edition_check (json_parser_get_root (parser), error))
    return NULL;

  return g_steal_pointer (&bytes);
}
