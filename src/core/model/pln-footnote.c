/* pln-footnote.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-footnote"

#include "config.h"

#include <string.h>

#include "pln-model-private.h"
#include "pln-footnote.h"

/* A footnote of the agenda: of an item's or sub-item's annotation, or of
 * the annex's title. Its number is not stored: documents number their
 * notes in the order they come. Where its mark goes is given by @anchor,
 * the words of the text the mark follows ("at 10 a.m."), so that the text
 * can be edited without a mark character in it to keep in place; with no
 * anchor, or one the text no longer has, the mark ends the text. */

struct _PlnFootnote
{
  PlnObject parent_instance;

  char *anchor;
  char *text;
};

G_DEFINE_FINAL_TYPE (PlnFootnote, pln_footnote, PLN_TYPE_OBJECT)

enum {
  FIELD_ANCHOR,
  FIELD_TEXT,
  N_FIELDS
};

/* The fields, in the order of the workspace file (docs/file-format.md). */
static const PlnField fields[N_FIELDS] = {
  [FIELD_ANCHOR] = { "anchor", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnFootnote, anchor) },
  [FIELD_TEXT] = { "text", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnFootnote, text) },
};

static void
pln_footnote_class_init (PlnFootnoteClass *klass)
{
  pln_object_class_install_fields (PLN_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
pln_footnote_init (PlnFootnote *self)
{
  pln_object_init_fields (PLN_OBJECT (self));
}

PlnFootnote *
pln_footnote_new (const char *anchor,
                  const char *text)
{
  return g_object_new (PLN_TYPE_FOOTNOTE, "anchor", anchor, "text", text, NULL);
}

const char *
pln_footnote_get_id (PlnFootnote *self)
{
  g_return_val_if_fail (PLN_IS_FOOTNOTE (self), NULL);

  return pln_object_get_id (PLN_OBJECT (self));
}

const char *
pln_footnote_get_anchor (PlnFootnote *self)
{
  g_return_val_if_fail (PLN_IS_FOOTNOTE (self), NULL);

  return self->anchor;
}

void
pln_footnote_set_anchor (PlnFootnote *self,
                         const char  *anchor)
{
  g_return_if_fail (PLN_IS_FOOTNOTE (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_ANCHOR, anchor);
}

const char *
pln_footnote_get_text (PlnFootnote *self)
{
  g_return_val_if_fail (PLN_IS_FOOTNOTE (self), NULL);

  return self->text;
}

void
pln_footnote_set_text (PlnFootnote *self,
                       const char  *text)
{
  g_return_if_fail (PLN_IS_FOOTNOTE (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_TEXT, text);
}

/**
 * pln_footnote_find_mark:
 * @body: the text the note is of
 *
 * Returns: the byte offset in @body where the note's mark goes: after the
 *   first occurrence of the anchor, or at the end of @body
 */
gsize
pln_footnote_find_mark (PlnFootnote *self,
                        const char  *body)
{
  const char *found;

  g_return_val_if_fail (PLN_IS_FOOTNOTE (self), 0);
  g_return_val_if_fail (body != NULL, 0);

  if (self->anchor != NULL && *self->anchor != '\0' && (found = strstr (body, self->anchor)) != NULL)
    return (found - body) + strlen (self->anchor);

  return strlen (body);
}
