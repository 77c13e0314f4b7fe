/* pln-published-document.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-published-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pln-enum-types.h"
#include "pln-model-private.h"
#include "pln-published-document.h"

/* One document written beside a public edition: its path relative to the
 * edition's folder ("documents/wg7-2022-agenda.pdf"), what it is, of which
 * meeting and day, when it was last published, and the checksum of its
 * content, by which a re-publication tells a changed document from the
 * same one (docs/file-format.md, "Public edition"). A subscriber notifies
 * and opens documents from this list. */

struct _PlnPublishedDocument
{
  PlnObject parent_instance;

  char *path;
  PlnPublishedKind kind;
  char *meeting;
  GDate day;
  GDateTime *published;
  char *checksum;
};

G_DEFINE_FINAL_TYPE (PlnPublishedDocument, pln_published_document, PLN_TYPE_OBJECT)

enum {
  FIELD_PATH,
  FIELD_KIND,
  FIELD_MEETING,
  FIELD_DAY,
  FIELD_PUBLISHED,
  FIELD_CHECKSUM,
  N_FIELDS
};

/* The fields, in the order of the workspace file (docs/file-format.md).
 * The meeting is its id as text: the reader resolves references to
 * working groups and agenda items only. */
static const PlnField fields[N_FIELDS] = {
  [FIELD_PATH] = { "path", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnPublishedDocument, path), NULL, 0, 0, 0, PLN_FIELD_REQUIRED },
  [FIELD_KIND] = { "kind", PLN_FIELD_ENUM, G_STRUCT_OFFSET (PlnPublishedDocument, kind), pln_published_kind_get_type, 0, 0, PLN_PUBLISHED_KIND_AGENDA },
  [FIELD_MEETING] = { "meeting", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnPublishedDocument, meeting) },
  [FIELD_DAY] = { "day", PLN_FIELD_DATE, G_STRUCT_OFFSET (PlnPublishedDocument, day) },
  [FIELD_PUBLISHED] = { "published", PLN_FIELD_DATE_TIME, G_STRUCT_OFFSET (PlnPublishedDocument, published) },
  [FIELD_CHECKSUM] = { "checksum", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnPublishedDocument, checksum) },
};

static void
pln_published_document_class_init (PlnPublishedDocumentClass *klass)
{
  pln_object_class_install_fields (PLN_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
pln_published_document_init (PlnPublishedDocument *self)
{
  pln_object_init_fields (PLN_OBJECT (self));
}

/**
 * pln_published_document_new:
 * @path: (nullable): where the document is, relative to the edition
 */
PlnPublishedDocument *
pln_published_document_new (const char *path)
{
  PlnPublishedDocument *self = g_object_new (PLN_TYPE_PUBLISHED_DOCUMENT, NULL);

  pln_object_set_string (PLN_OBJECT (self), FIELD_PATH, path);
  return self;
}

const char *
pln_published_document_get_path (PlnPublishedDocument *self)
{
  g_return_val_if_fail (PLN_IS_PUBLISHED_DOCUMENT (self), NULL);

  return self->path;
}

PlnPublishedKind
pln_published_document_get_kind (PlnPublishedDocument *self)
{
  g_return_val_if_fail (PLN_IS_PUBLISHED_DOCUMENT (self), PLN_PUBLISHED_KIND_AGENDA);

  return self->kind;
}

void
pln_published_document_set_kind (PlnPublishedDocument *self,
                                 PlnPublishedKind      kind)
{
  g_return_if_fail (PLN_IS_PUBLISHED_DOCUMENT (self));

  pln_object_set_int (PLN_OBJECT (self), FIELD_KIND, kind);
}

/**
 * pln_published_document_get_meeting:
 *
 * Returns: (nullable): the id of the meeting the document is of
 */
const char *
pln_published_document_get_meeting (PlnPublishedDocument *self)
{
  g_return_val_if_fail (PLN_IS_PUBLISHED_DOCUMENT (self), NULL);

  return self->meeting;
}

void
pln_published_document_set_meeting (PlnPublishedDocument *self,
                                    const char           *meeting)
{
  g_return_if_fail (PLN_IS_PUBLISHED_DOCUMENT (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_MEETING, meeting);
}

/**
 * pln_published_document_get_day:
 *
 * Returns: (nullable): the day of a non-paper
 */
const GDate *
pln_published_document_get_day (PlnPublishedDocument *self)
{
  g_return_val_if_fail (PLN_IS_PUBLISHED_DOCUMENT (self), NULL);

  return g_date_valid (&self->day) ? &self->day : NULL;
}

void
pln_published_document_set_day (PlnPublishedDocument *self,
                                const GDate          *day)
{
  g_return_if_fail (PLN_IS_PUBLISHED_DOCUMENT (self));

  pln_object_set_date (PLN_OBJECT (self), FIELD_DAY, day);
}

/**
 * pln_published_document_get_published:
 *
 * Returns: (transfer none) (nullable): when this content was first
 *   published
 */
GDateTime *
pln_published_document_get_published (PlnPublishedDocument *self)
{
  g_return_val_if_fail (PLN_IS_PUBLISHED_DOCUMENT (self), NULL);

  return self->published;
}

void
pln_published_document_set_published (PlnPublishedDocument *self,
                                      GDateTime            *published)
{
  g_return_if_fail (PLN_IS_PUBLISHED_DOCUMENT (self));

  pln_object_set_date_time (PLN_OBJECT (self), FIELD_PUBLISHED, published);
}

const char *
pln_published_document_get_checksum (PlnPublishedDocument *self)
{
  g_return_val_if_fail (PLN_IS_PUBLISHED_DOCUMENT (self), NULL);

  return self->checksum;
}

void
pln_published_document_set_checksum (PlnPublishedDocument *self,
                                     const char           *checksum)
{
  g_return_if_fail (PLN_IS_PUBLISHED_DOCUMENT (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_CHECKSUM, checksum);
}
