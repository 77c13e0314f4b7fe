/* pln-statement.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-statement"

#include "config.h"

#include "pln-meeting-private.h"
#include "pln-model-private.h"
#include "pln-sitting.h"
#include "pln-speaker.h"
#include "pln-statement.h"

/* A written statement: the file a delegation sent the secretariat, kept
 * where it was chosen (the workspace holds its path, not its bytes). On a
 * speaker's inscription it is the statement on that item, to help the
 * interpreters; on the meeting it is a general statement, which the
 * organization of work asks for in writing instead of from the floor.
 * Both are posted on the meeting's web page unless the delegation asked
 * otherwise (@may-post). */

struct _PlnStatement
{
  PlnObject parent_instance;

  char *file;
  char *delegation;
  gboolean may_post;
};

G_DEFINE_FINAL_TYPE (PlnStatement, pln_statement, PLN_TYPE_OBJECT)

enum {
  FIELD_FILE,
  FIELD_DELEGATION,
  FIELD_MAY_POST,
  N_FIELDS
};

/* The fields, in the order of the workspace file (docs/file-format.md). */
static const PlnField fields[N_FIELDS] = {
  [FIELD_FILE] = { "file", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnStatement, file), NULL, 0, 0, 0, PLN_FIELD_REQUIRED },
  [FIELD_DELEGATION] = { "delegation", PLN_FIELD_STRING, G_STRUCT_OFFSET (PlnStatement, delegation) },
  [FIELD_MAY_POST] = { "may-post", PLN_FIELD_BOOL, G_STRUCT_OFFSET (PlnStatement, may_post), NULL, 0, 0, TRUE },
};

static void
pln_statement_class_init (PlnStatementClass *klass)
{
  pln_object_class_install_fields (PLN_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
pln_statement_init (PlnStatement *self)
{
  pln_object_init_fields (PLN_OBJECT (self));
}

/**
 * pln_statement_new:
 * @file: the path of the statement's file
 */
PlnStatement *
pln_statement_new (const char *file)
{
  PlnStatement *self = g_object_new (PLN_TYPE_STATEMENT, NULL);

  pln_object_set_string (PLN_OBJECT (self), FIELD_FILE, file);
  return self;
}

/**
 * pln_statement_get_file:
 *
 * Returns: (nullable): the path of the statement's file
 */
const char *
pln_statement_get_file (PlnStatement *self)
{
  g_return_val_if_fail (PLN_IS_STATEMENT (self), NULL);

  return self->file;
}

void
pln_statement_set_file (PlnStatement *self,
                        const char   *file)
{
  g_return_if_fail (PLN_IS_STATEMENT (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_FILE, file);
}

/**
 * pln_statement_get_delegation:
 *
 * Returns: (nullable): the delegation of a general statement; a statement
 *   on an inscription is the speaker's
 */
const char *
pln_statement_get_delegation (PlnStatement *self)
{
  g_return_val_if_fail (PLN_IS_STATEMENT (self), NULL);

  return self->delegation;
}

void
pln_statement_set_delegation (PlnStatement *self,
                              const char   *delegation)
{
  g_return_if_fail (PLN_IS_STATEMENT (self));

  pln_object_set_string (PLN_OBJECT (self), FIELD_DELEGATION, delegation);
}

/**
 * pln_statement_get_may_post:
 *
 * Returns: whether the statement may be posted on the meeting's web page
 */
gboolean
pln_statement_get_may_post (PlnStatement *self)
{
  g_return_val_if_fail (PLN_IS_STATEMENT (self), FALSE);

  return self->may_post;
}

void
pln_statement_set_may_post (PlnStatement *self,
                            gboolean      may_post)
{
  g_return_if_fail (PLN_IS_STATEMENT (self));

  pln_object_set_bool (PLN_OBJECT (self), FIELD_MAY_POST, may_post);
}

/**
 * pln_statement_get_basename:
 *
 * Returns: (nullable): the name of the statement's file without its folder
 */
const char *
pln_statement_get_basename (PlnStatement *self)
{
  const char *slash;

  g_return_val_if_fail (PLN_IS_STATEMENT (self), NULL);

  if (self->file == NULL)
    return NULL;

  slash = strrchr (self->file, G_DIR_SEPARATOR);
  return slash != NULL ? slash + 1 : self->file;
}

/* ------------------------------------------------------------ the meeting's */

/**
 * pln_meeting_get_statements:
 *
 * Returns: (transfer none): the general statements of the meeting,
 *   #PlnStatement, each with its delegation
 */
GListModel *
pln_meeting_get_statements (PlnMeeting *self)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->statements);
}

void
pln_meeting_add_statement (PlnMeeting   *self,
                           PlnStatement *statement)
{
  pln_meeting_insert_statement (self, G_MAXUINT, statement);
}

/**
 * pln_meeting_insert_statement:
 * @position: where, %G_MAXUINT for the end
 */
void
pln_meeting_insert_statement (PlnMeeting   *self,
                              guint         position,
                              PlnStatement *statement)
{
  g_return_if_fail (PLN_IS_MEETING (self));
  g_return_if_fail (PLN_IS_STATEMENT (statement));

  pln_object_list_insert (self->statements, position, statement);
}

/**
 * pln_meeting_remove_statement:
 *
 * Returns: the position @statement had, or -1 if it was not there
 */
int
pln_meeting_remove_statement (PlnMeeting   *self,
                              PlnStatement *statement)
{
  g_return_val_if_fail (PLN_IS_MEETING (self), -1);
  g_return_val_if_fail (PLN_IS_STATEMENT (statement), -1);

  return pln_object_list_remove (self->statements, statement);
}

static void
add_entry (GArray       *entries,
           PlnStatement *statement,
           PlnSpeaker   *speaker,
           PlnSitting   *sitting)
{
  PlnStatementEntry entry = { statement, speaker, sitting };

  g_array_append_val (entries, entry);
}

/**
 * pln_meeting_dup_written_statements:
 *
 * Every written statement of the meeting: the general statements first,
 * then those on inscriptions, plenary meeting by plenary meeting in the
 * order of their lists of speakers. The entries borrow the meeting's
 * objects.
 *
 * Returns: (transfer full) (element-type PlnStatementEntry): the entries
 */
GArray *
pln_meeting_dup_written_statements (PlnMeeting *self)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (PlnStatementEntry));
  GListModel *sittings;

  g_return_val_if_fail (PLN_IS_MEETING (self), entries);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->statements)); i++)
    {
      g_autoptr(PlnStatement) statement = g_list_model_get_item (G_LIST_MODEL (self->statements), i);

      add_entry (entries, statement, NULL, NULL);
    }

  sittings = pln_meeting_get_sittings (self);
  for (guint i = 0; i < g_list_model_get_n_items (sittings); i++)
    {
      g_autoptr(PlnSitting) sitting = g_list_model_get_item (sittings, i);
      GListModel *speakers = pln_sitting_get_speakers (sitting);

      for (guint s = 0; s < g_list_model_get_n_items (speakers); s++)
        {
          g_autoptr(PlnSpeaker) speaker = g_list_model_get_item (speakers, s);
          GListModel *statements = pln_speaker_get_statements (speaker);

          for (guint k = 0; k < g_list_model_get_n_items (statements); k++)
            {
              g_autoptr(PlnStatement) statement = g_list_model_get_item (statements, k);

              add_entry (entries, statement, speaker, sitting);
            }
        }
    }

  return entries;
}

/**
 * pln_statement_entry_get_delegation:
 *
 * Returns: (nullable): whose statement it is: the speaker's delegation,
 *   or the delegation of a general statement
 */
const char *
pln_statement_entry_get_delegation (const PlnStatementEntry *entry)
{
  const char *delegation;

  g_return_val_if_fail (entry != NULL, NULL);

  delegation = pln_statement_get_delegation (entry->statement);
  if ((delegation == NULL || *delegation == '\0') && entry->speaker != NULL)
    delegation = pln_speaker_get_delegation (entry->speaker);

  return delegation;
}
