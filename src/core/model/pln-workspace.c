/* pln-workspace.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-workspace"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pln-enum-types.h"
#include "pln-model-private.h"
#include "pln-working-group.h"
#include "pln-meeting.h"
#include "pln-theme.h"
#include "pln-resolution.h"
#include "pln-published-document.h"
#include "pln-workspace.h"

/* Everything a secretariat keeps: working groups and their meetings, and
 * the compendium's thematic index and the Conference's resolutions and
 * decisions (edited through pln-themes.c). */

struct _PlnWorkspace
{
  PlnObject parent_instance;

  char *title;
  PlnEdition edition;
  char *publisher;
  GDateTime *published;
  char *publish_to;
  char *publish_location;
  char *publish_working_group;
  gboolean publish_enabled;
  GListStore *working_groups;
  GListStore *meetings;
  GListStore *themes;
  GListStore *resolutions;
  GListStore *documents;
};

G_DEFINE_FINAL_TYPE (PlnWorkspace, pln_workspace, PLN_TYPE_OBJECT)

enum {
  FIELD_TITLE,
  FIELD_EDITION,
  FIELD_PUBLISHER,
  FIELD_PUBLISHED,
  FIELD_PUBLISH_TO,
  FIELD_WORKING_GROUPS,
  FIELD_MEETINGS,
  FIELD_THEMES,
  FIELD_RESOLUTIONS,
  FIELD_DOCUMENTS,
  FIELD_PUBLISH_LOCATION,
  FIELD_PUBLISH_WORKING_GROUP,
  FIELD_PUBLISH_ENABLED,
  N_FIELDS
};

/* The fields, in the order of the workspace file (docs/file-format.md).
 * The edition, publisher, publication time and documents are those of a
 * public edition (pln-public-edition.c); "publish-to" is where the
 * secretariat publishes it, kept in its own workspace only. */
static const PlnField fields[N_FIELDS] = {
  [FIELD_TITLE] = { "title", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkspace, title) },
  [FIELD_EDITION] = { "edition", PLN_FIELD_ENUM, G_STRUCT_OFFSET (PlnWorkspace, edition), pln_edition_get_type, 0, 0, PLN_EDITION_FULL, PLN_FIELD_OMIT_DEFAULT },
  [FIELD_PUBLISHER] = { "publisher", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkspace, publisher) },
  [FIELD_PUBLISHED] = { "published", PLN_FIELD_DATE_TIME, G_STRUCT_OFFSET (PlnWorkspace, published) },
  [FIELD_PUBLISH_TO] = { "publish-to", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkspace, publish_to) },
  [FIELD_WORKING_GROUPS] = { "working-groups", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnWorkspace, working_groups), pln_working_group_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
  [FIELD_MEETINGS] = { "meetings", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnWorkspace, meetings), pln_meeting_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
  [FIELD_THEMES] = { "themes", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnWorkspace, themes), pln_theme_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
  [FIELD_RESOLUTIONS] = { "resolutions", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnWorkspace, resolutions), pln_resolution_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY },
  [FIELD_DOCUMENTS] = { "documents", PLN_FIELD_LIST, G_STRUCT_OFFSET (PlnWorkspace, documents), pln_published_document_get_type, 0, 0, 0, PLN_FIELD_READ_ONLY | PLN_FIELD_OMIT_DEFAULT },
  /* The calendar published after each save (pln-publish.c): where (a URI
   * or a path), of which working group (its id; none for all), whether. */
  [FIELD_PUBLISH_LOCATION] = { "publish-location", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkspace, publish_location) },
  [FIELD_PUBLISH_WORKING_GROUP] = { "publish-working-group", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnWorkspace, publish_working_group) },
  [FIELD_PUBLISH_ENABLED] = { "publish-enabled", PLN_FIELD_BOOL, G_STRUCT_OFFSET (PlnWorkspace, publish_enabled), NULL, 0, 0, FALSE, PLN_FIELD_OMIT_DEFAULT },
};

enum {
  CHANGED,
  KIND_CHANGED,
  OBJECT_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* The workspace emits "changed" for any edit anywhere inside it, so the
 * store can autosave. Each object in the workspace has it as its root
 * (pln_object_set_root), and PlnObject tells the root of any change;
 * lists are watched for items-changed, and items added are marked as they
 * arrive.
 *
 * "kind-changed" says what kind of object changed, as the signal's detail
 * ("kind-changed::PlnMeeting"): a view of all the meetings (the calendar)
 * listens to the kinds it shows, and typing in a registration or a
 * recommendation does not redraw it.
 *
 * "object-changed" says which object: a property of it, or one of its
 * lists (an item added, removed or moved), so an index of the whole
 * workspace (the compendium's) updates what changed and no more. A list
 * knows its owner and field for that. */

static void mark_object (PlnWorkspace *self,
                         GObject      *object,
                         guint        *revision);

static void
pln_workspace_emit_changed (PlnWorkspace *self)
{
  g_signal_emit (self, signals [CHANGED], 0);
}

static void
emit_kind_changed (PlnWorkspace *self,
                   GType         kind)
{
  g_signal_emit (self, signals [KIND_CHANGED], g_type_qname (kind), kind);
}

static void
emit_object_changed (PlnWorkspace *self,
                     PlnObject    *object,
                     GParamSpec   *pspec)
{
  g_signal_emit (self, signals [OBJECT_CHANGED], g_type_qname (G_OBJECT_TYPE (object)), object, pspec);
}

static void
pln_workspace_descendant_changed (PlnObject  *root,
                                  PlnObject  *object,
                                  GParamSpec *pspec)
{
  pln_object_bump_revision (pln_object_get_revision_box (object));
  emit_object_changed (PLN_WORKSPACE (root), object, pspec);
  emit_kind_changed (PLN_WORKSPACE (root), G_OBJECT_TYPE (object));
  pln_workspace_emit_changed (PLN_WORKSPACE (root));
}

static void
list_items_changed_cb (GListModel   *list,
                       guint         position,
                       guint         removed,
                       guint         added,
                       PlnWorkspace *self)
{
  guint *revision = g_object_get_data (G_OBJECT (list), "pln-workspace-revision");

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      mark_object (self, item, revision);
    }

  pln_object_bump_revision (revision);

  emit_object_changed (self, g_object_get_data (G_OBJECT (list), "pln-list-owner"),
                       g_object_get_data (G_OBJECT (list), "pln-list-pspec"));
  emit_kind_changed (self, g_list_model_get_item_type (list));
  pln_workspace_emit_changed (self);
}

/* Marks the items of @list, in the branch of @revision (items of the
 * workspace's own lists are branches: @revision is %NULL). A list marked
 * already is walked again only when it moved to another branch. */
static void
mark_list (PlnWorkspace *self,
           GListModel   *list,
           GObject      *owner,
           GParamSpec   *pspec,
           guint        *revision)
{
  gboolean connected = g_object_get_data (G_OBJECT (list), "pln-workspace-list") == self;
  guint n;

  if (connected && g_object_get_data (G_OBJECT (list), "pln-workspace-revision") == revision)
    return;

  if (!connected)
    {
      g_object_set_data (G_OBJECT (list), "pln-workspace-list", self);
      g_signal_connect_object (list, "items-changed", G_CALLBACK (list_items_changed_cb), self, 0);
    }
  /* Not references: the owner owns the list. */
  g_object_set_data (G_OBJECT (list), "pln-list-owner", owner);
  g_object_set_data (G_OBJECT (list), "pln-list-pspec", pspec);
  g_object_set_data_full (G_OBJECT (list), "pln-workspace-revision",
                          revision != NULL ? g_rc_box_acquire (revision) : NULL,
                          revision != NULL ? g_rc_box_release : NULL);

  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      mark_object (self, item, revision);
    }
}

static void
mark_object (PlnWorkspace *self,
             GObject      *object,
             guint        *revision)
{
  guint n_fields;
  const PlnField *declared = pln_object_class_get_fields (PLN_OBJECT_GET_CLASS (object), &n_fields);
  gboolean is_self = object == G_OBJECT (self);

  pln_object_set_root (PLN_OBJECT (object), PLN_OBJECT (self));

  /* The workspace is in no branch; its children are branches. */
  if (!is_self)
    {
      pln_object_set_revision_box (PLN_OBJECT (object), revision);
      revision = pln_object_get_revision_box (PLN_OBJECT (object));
    }

  for (guint i = 0; i < n_fields; i++)
    {
      if (declared[i].kind == PLN_FIELD_LIST)
        mark_list (self, *(GListModel **) pln_object_get_field_pointer (PLN_OBJECT (object), i), object,
                   pln_object_class_get_pspec (PLN_OBJECT_GET_CLASS (object), i), revision);
    }
}

static void
pln_workspace_class_init (PlnWorkspaceClass *klass)
{
  pln_object_class_install_fields (PLN_OBJECT_CLASS (klass), fields, N_FIELDS);

  PLN_OBJECT_CLASS (klass)->descendant_changed = pln_workspace_descendant_changed;
  /**
   * PlnWorkspace::changed:
   *
   * Emitted after any change to the workspace or anything in it.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * PlnWorkspace::kind-changed:
   * @kind: the type of the object that changed, or of the items of a list
   *   that did; also the signal's detail, by type name
   *
   * Emitted with "changed", saying what kind of object changed.
   */
  signals [KIND_CHANGED] =
    g_signal_new ("kind-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_GTYPE);

  /**
   * PlnWorkspace::object-changed:
   * @object: the object that changed, or the owner of a list that did
   * @pspec: its property that changed, or the list's
   *
   * Emitted with "changed", saying which object changed; its detail is
   * the object's type name.
   */
  signals [OBJECT_CHANGED] =
    g_signal_new ("object-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, PLN_TYPE_OBJECT, G_TYPE_PARAM);
}

static void
pln_workspace_init (PlnWorkspace *self)
{
  pln_object_init_fields (PLN_OBJECT (self));

  mark_object (self, G_OBJECT (self), NULL);
}

PlnWorkspace *
pln_workspace_new (void)
{
  return g_object_new (PLN_TYPE_WORKSPACE, NULL);
}

/**
 * pln_workspace_get_id:
 *
 * Returns: the stable identifier other objects and files refer to
 */
const char *
pln_workspace_get_id (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  return pln_object_get_id (PLN_OBJECT (self));
}

const char *
pln_workspace_get_title (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  return self->title;
}

void
pln_workspace_set_title (PlnWorkspace *self,
                         const char *title)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_TITLE, title);
}

/**
 * pln_workspace_get_publish_location:
 *
 * Returns: (nullable): where the calendar is published (a URI, or a path)
 */
const char *
pln_workspace_get_publish_location (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  return self->publish_location;
}

void
pln_workspace_set_publish_location (PlnWorkspace *self,
                                    const char   *location)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_PUBLISH_LOCATION, location);
}

/**
 * pln_workspace_get_publish_working_group:
 *
 * Returns: (nullable): the id of the working group whose meetings the
 *   published calendar has, or %NULL for all
 */
const char *
pln_workspace_get_publish_working_group (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  return self->publish_working_group;
}

void
pln_workspace_set_publish_working_group (PlnWorkspace *self,
                                         const char   *id)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_PUBLISH_WORKING_GROUP, id);
}

/**
 * pln_workspace_get_publish_enabled:
 *
 * Returns: whether the calendar is published after each save
 */
gboolean
pln_workspace_get_publish_enabled (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), FALSE);

  return self->publish_enabled;
}

void
pln_workspace_set_publish_enabled (PlnWorkspace *self,
                                   gboolean      enabled)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));

  pln_object_set_bool (PLN_OBJECT (self), FIELD_PUBLISH_ENABLED, enabled);
}

/**
 * pln_workspace_get_working_groups:
 *
 * Returns: (transfer none): the working groups, a list of #PlnWorkingGroup
 */
GListModel *
pln_workspace_get_working_groups (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->working_groups);
}

void
pln_workspace_append_working_group (PlnWorkspace *self,
                                    PlnWorkingGroup *working_group)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));
  g_return_if_fail (PLN_IS_WORKING_GROUP (working_group));

  pln_workspace_insert_working_group (self, G_MAXUINT, working_group);
}

void
pln_workspace_insert_working_group (PlnWorkspace *self,
                                    guint            position,
                                    PlnWorkingGroup *working_group)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));
  g_return_if_fail (PLN_IS_WORKING_GROUP (working_group));

  pln_object_list_insert (self->working_groups, position, working_group);
}

/**
 * pln_workspace_remove_working_group:
 *
 * Returns: the position @working_group had, for undo, or -1 if it was not there
 */
int
pln_workspace_remove_working_group (PlnWorkspace *self,
                                    PlnWorkingGroup *working_group)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), -1);
  g_return_val_if_fail (PLN_IS_WORKING_GROUP (working_group), -1);

  return pln_object_list_remove (self->working_groups, working_group);
}

gboolean
pln_workspace_move_working_group (PlnWorkspace *self,
                                  PlnWorkingGroup *working_group,
                                  guint            position)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (PLN_IS_WORKING_GROUP (working_group), FALSE);

  return pln_object_list_move (self->working_groups, working_group, position);
}

/**
 * pln_workspace_get_meetings:
 *
 * Returns: (transfer none): the meetings of all working groups, a list of #PlnMeeting
 */
GListModel *
pln_workspace_get_meetings (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->meetings);
}

void
pln_workspace_append_meeting (PlnWorkspace *self,
                              PlnMeeting *meeting)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));
  g_return_if_fail (PLN_IS_MEETING (meeting));

  pln_workspace_insert_meeting (self, G_MAXUINT, meeting);
}

void
pln_workspace_insert_meeting (PlnWorkspace *self,
                              guint       position,
                              PlnMeeting *meeting)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));
  g_return_if_fail (PLN_IS_MEETING (meeting));

  pln_object_list_insert (self->meetings, position, meeting);
}

/**
 * pln_workspace_remove_meeting:
 *
 * Returns: the position @meeting had, for undo, or -1 if it was not there
 */
int
pln_workspace_remove_meeting (PlnWorkspace *self,
                              PlnMeeting *meeting)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), -1);
  g_return_val_if_fail (PLN_IS_MEETING (meeting), -1);

  return pln_object_list_remove (self->meetings, meeting);
}

gboolean
pln_workspace_move_meeting (PlnWorkspace *self,
                            PlnMeeting *meeting,
                            guint       position)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (PLN_IS_MEETING (meeting), FALSE);

  return pln_object_list_move (self->meetings, meeting, position);
}

/**
 * pln_workspace_get_themes:
 *
 * Returns: (transfer none): the thematic index, a list of #PlnTheme
 */
GListModel *
pln_workspace_get_themes (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->themes);
}

/**
 * pln_workspace_get_resolutions:
 *
 * Returns: (transfer none): the Conference's resolutions and decisions in
 *   the compendium, a list of #PlnResolution
 */
GListModel *
pln_workspace_get_resolutions (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->resolutions);
}

/**
 * pln_workspace_find_meeting:
 *
 * Returns: (transfer none) (nullable): the meeting with @id
 */
PlnMeeting *
pln_workspace_find_meeting (PlnWorkspace *self,
                            const char   *id)
{
  guint n;

  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->meetings));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->meetings), i);

      if (g_strcmp0 (pln_meeting_get_id (meeting), id) == 0)
        return meeting;
    }

  return NULL;
}

/**
 * pln_workspace_find_working_group:
 *
 * Returns: (transfer none) (nullable): the working group with @id
 */
PlnWorkingGroup *
pln_workspace_find_working_group (PlnWorkspace *self,
                                  const char   *id)
{
  guint n;

  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->working_groups));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnWorkingGroup) group = g_list_model_get_item (G_LIST_MODEL (self->working_groups), i);

      if (g_strcmp0 (pln_working_group_get_id (group), id) == 0)
        return group;
    }

  return NULL;
}

/**
 * pln_workspace_dup_meetings_of:
 *
 * Returns: (transfer full): the meetings of @group, newest first
 */
GListStore *
pln_workspace_dup_meetings_of (PlnWorkspace    *self,
                               PlnWorkingGroup *group)
{
  GListStore *result;
  guint n;

  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  result = g_list_store_new (PLN_TYPE_MEETING);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->meetings));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlnMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->meetings), i);

      if (pln_meeting_get_working_group (meeting) == group)
        g_list_store_insert_sorted (result, meeting, pln_meeting_compare_newest_first, NULL);
    }

  return result;
}

/**
 * pln_meeting_compare_newest_first:
 *
 * A #GCompareDataFunc ordering meetings by first day, newest first.
 */
int
pln_meeting_compare_newest_first (gconstpointer a,
                                  gconstpointer b,
                                  gpointer      user_data)
{
  const GDate *da = pln_meeting_get_first_day ((PlnMeeting *) a);
  const GDate *db = pln_meeting_get_first_day ((PlnMeeting *) b);

  if (da == NULL || db == NULL)
    return (da == NULL) - (db == NULL);

  return g_date_compare (db, da);
}


PlnEdition
pln_workspace_get_edition (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), PLN_EDITION_FULL);

  return self->edition;
}

void
pln_workspace_set_edition (PlnWorkspace *self,
                           PlnEdition    edition)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));

  pln_object_set_int (PLN_OBJECT (self), FIELD_EDITION, edition);
}

/**
 * pln_workspace_is_read_only:
 *
 * Returns: whether the workspace is a public edition, which is read and
 *   never written: it is the publisher's, not the reader's
 */
gboolean
pln_workspace_is_read_only (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), FALSE);

  return self->edition == PLN_EDITION_PUBLIC;
}

/**
 * pln_workspace_get_publisher:
 *
 * Returns: (nullable): who publishes the workspace (a secretariat)
 */
const char *
pln_workspace_get_publisher (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  return self->publisher;
}

void
pln_workspace_set_publisher (PlnWorkspace *self,
                             const char   *publisher)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_PUBLISHER, publisher);
}

/**
 * pln_workspace_get_published:
 *
 * Returns: (transfer none) (nullable): when a public edition was last
 *   published
 */
GDateTime *
pln_workspace_get_published (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  return self->published;
}

void
pln_workspace_set_published (PlnWorkspace *self,
                             GDateTime    *published)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));

  pln_object_set_date_time (PLN_OBJECT (self), FIELD_PUBLISHED, published);
}

/**
 * pln_workspace_get_publish_to:
 *
 * Returns: (nullable): the URI of the folder the secretariat publishes
 *   the public edition to
 */
const char *
pln_workspace_get_publish_to (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  return self->publish_to;
}

void
pln_workspace_set_publish_to (PlnWorkspace *self,
                              const char   *uri)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_PUBLISH_TO, uri);
}

/**
 * pln_workspace_get_documents:
 *
 * Returns: (transfer none): the documents published beside a public
 *   edition, a list of #PlnPublishedDocument
 */
GListModel *
pln_workspace_get_documents (PlnWorkspace *self)
{
  g_return_val_if_fail (PLN_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->documents);
}

void
pln_workspace_append_document (PlnWorkspace         *self,
                               PlnPublishedDocument *document)
{
  g_return_if_fail (PLN_IS_WORKSPACE (self));
  g_return_if_fail (PLN_IS_PUBLISHED_DOCUMENT (document));

  pln_object_list_insert (self->documents, G_MAXUINT, document);
}
