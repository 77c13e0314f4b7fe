/* pln-registration-import.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-registration-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "plenary-core.h"
#include "pln-csv.h"
#include "pln-registration-import-private.h"

/* Registrations from the registration system's CSV export: the columns
 * are mapped to fields by their headers (English, French or Spanish, as
 * such exports come), each line is checked, and nothing reaches the
 * meeting until apply(): the interface shows the preview, the problems
 * with their line numbers and the duplicates (same e-mail) first. */

struct _PlnRegistrationImport
{
  PlnMeeting     *meeting;
  PlnCsv         *csv;
  PlnImportField *mapping;
  guint           n_columns;
  GPtrArray      *valid;      /* PlnRegistration of the good lines */
  GArray         *problems;   /* PlnImportProblem */
  GHashTable     *existing;   /* e-mail (casefolded) → registration of the meeting */
  guint           n_duplicates;
  GPtrArray      *added;      /* by apply(): the registrations added */
  GPtrArray      *replaced;   /* by apply(): the registrations replaced, by their new ones */

  /* For each field with choices: casefolded value → the choice the user
   * made for it (pln_registration_import_choose()), and the values of
   * the file that name no choice, each once, in the order they come. */
  GHashTable     *chosen[PLN_IMPORT_N_FIELDS];
  GPtrArray      *unknown[PLN_IMPORT_N_FIELDS];        /* char*, as first spelt */
  GPtrArray      *unknown_lines[PLN_IMPORT_N_FIELDS];  /* GArray of guint, for each */
};

/* The choice a (non-empty) value of @field names: the user's explicit
 * choice for that value first, then the words. -1 when it names none. */
static int
parse_choice (PlnRegistrationImport *self,
              PlnImportField         field,
              const char            *value)
{
  g_autofree char *folded = g_utf8_casefold (value, -1);
  gpointer chosen;

  if (self->chosen[field] != NULL &&
      g_hash_table_lookup_extended (self->chosen[field], folded, NULL, &chosen))
    return GPOINTER_TO_INT (chosen);

  return _pln_registration_import_match_choice (field, folded);
}

static void
add_problem (PlnRegistrationImport *self,
             guint                  line,
             char                  *message)
{
  PlnImportProblem problem = { line, message };

  g_array_append_val (self->problems, problem);
}

/**
 * pln_import_problem_clear:
 *
 * Frees what a #PlnImportProblem holds: the clear function of an array
 * of them.
 */
void
pln_import_problem_clear (gpointer data)
{
  g_free (((PlnImportProblem *) data)->message);
}

static const char *
cell (char       **row,
      guint        column)
{
  const char *value = column < g_strv_length (row) ? g_strstrip (row[column]) : "";

  /* A value that a spreadsheet would run as a formula is written with a
   * quote before it (pln_registrations_to_csv()); read back without. */
  if (value[0] == '\'' && value[1] != '\0' && strchr ("=+-@", value[1]) != NULL)
    return value + 1;
  return value;
}

static gboolean
has_field (PlnRegistrationImport *self,
           PlnImportField         field)
{
  for (guint c = 0; c < self->n_columns; c++)
    if (self->mapping[c] == field)
      return TRUE;

  return FALSE;
}

static char *
unknown_value_message (PlnImportField  field,
                       const char     *value)
{
  switch (field)
    {
    case PLN_IMPORT_FIELD_CATEGORY:
      /* Translators: %s is what the file has as a category of participant */
      return g_strdup_printf (_("unknown category “%s”"), value);
    case PLN_IMPORT_FIELD_ROLE:
      /* Translators: %s is what the file has as a participant's role */
      return g_strdup_printf (_("unknown role “%s”"), value);
    case PLN_IMPORT_FIELD_MODE:
      /* Translators: %s is what the file has as a participant's mode of participation (in person, online) */
      return g_strdup_printf (_("unknown participation “%s”"), value);
    case PLN_IMPORT_FIELD_STATUS:
      /* Translators: %s is what the file has as the status of a registration */
      return g_strdup_printf (_("unknown status “%s”"), value);
    case PLN_IMPORT_FIELD_NONE:
    case PLN_IMPORT_FIELD_HONORIFIC:
    case PLN_IMPORT_FIELD_NAME:
    case PLN_IMPORT_FIELD_FIRST_NAME:
    case PLN_IMPORT_FIELD_LAST_NAME:
    case PLN_IMPORT_FIELD_DELEGATION:
    case PLN_IMPORT_FIELD_EMAIL:
    case PLN_IMPORT_N_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
note_unknown (PlnRegistrationImport *self,
              PlnImportField         field,
              const char            *value,
              guint                  line)
{
  g_autofree char *folded = g_utf8_casefold (value, -1);
  GArray *lines;

  /* "Hybrid?" and "hybrid?" are one value, as a choice for it is. */
  for (guint i = 0; i < self->unknown[field]->len; i++)
    {
      g_autofree char *other = g_utf8_casefold (g_ptr_array_index (self->unknown[field], i), -1);

      if (g_str_equal (other, folded))
        {
          g_array_append_val (g_ptr_array_index (self->unknown_lines[field], i), line);
          return;
        }
    }

  lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (lines, line);
  g_ptr_array_add (self->unknown[field], g_strdup (value));
  g_ptr_array_add (self->unknown_lines[field], lines);
}

/* The choices of one line, from the defaults for a field it leaves
 * empty. FALSE, with a problem for each, when a value names no choice:
 * the line is kept out rather than given a value it does not have. */
static gboolean
read_choices (PlnRegistrationImport  *self,
              guint                   line,
              const char            **values,
              int                    *choices)
{
  gboolean known = TRUE;

  choices[PLN_IMPORT_FIELD_CATEGORY] = PLN_REGISTRATION_CATEGORY_STATE_PARTY;
  choices[PLN_IMPORT_FIELD_ROLE] = PLN_REGISTRATION_ROLE_DELEGATE;
  choices[PLN_IMPORT_FIELD_MODE] = PLN_PARTICIPATION_MODE_IN_PERSON;
  choices[PLN_IMPORT_FIELD_STATUS] = PLN_REGISTRATION_STATUS_REQUESTED;

  for (PlnImportField field = 0; field < PLN_IMPORT_N_FIELDS; field++)
    {
      int choice;

      if (!pln_import_field_has_choices (field) || values[field] == NULL || *values[field] == '\0')
        continue;

      choice = parse_choice (self, field, values[field]);
      if (choice >= 0)
        {
          choices[field] = choice;
          continue;
        }

      add_problem (self, line, unknown_value_message (field, values[field]));
      note_unknown (self, field, values[field], line);
      known = FALSE;
    }

  return known;
}

/* Reads every line with the current mapping. */
static void
check_lines (PlnRegistrationImport *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_ptr_array_set_size (self->valid, 0);
  g_array_set_size (self->problems, 0);
  self->n_duplicates = 0;
  for (guint f = 0; f < PLN_IMPORT_N_FIELDS; f++)
    {
      g_ptr_array_set_size (self->unknown[f], 0);
      g_ptr_array_set_size (self->unknown_lines[f], 0);
    }

  for (guint r = 1; r < self->csv->rows->len; r++)
    {
      char **row = g_ptr_array_index (self->csv->rows, r);
      guint line = g_array_index (self->csv->lines, guint, r);
      const char *values[PLN_IMPORT_N_FIELDS] = { NULL };
      int choices[PLN_IMPORT_N_FIELDS] = { 0 };
      g_autofree char *name = NULL;
      g_autofree char *folded_email = NULL;
      PlnRegistration *reg;

      for (guint c = 0; c < self->n_columns; c++)
        if (self->mapping[c] != PLN_IMPORT_FIELD_NONE && values[self->mapping[c]] == NULL)
          values[self->mapping[c]] = cell (row, c);

      if (values[PLN_IMPORT_FIELD_NAME] != NULL && *values[PLN_IMPORT_FIELD_NAME] != '\0')
        name = g_strdup (values[PLN_IMPORT_FIELD_NAME]);
      else
        name = g_strstrip (g_strdup_printf ("%s %s", values[PLN_IMPORT_FIELD_FIRST_NAME] ?: "",
                                            values[PLN_IMPORT_FIELD_LAST_NAME] ?: ""));

      if (*name == '\0')
        {
          add_problem (self, line, g_strdup (_("no name")));
          continue;
        }

      if (values[PLN_IMPORT_FIELD_EMAIL] != NULL && *values[PLN_IMPORT_FIELD_EMAIL] != '\0' &&
          !pln_email_is_valid (values[PLN_IMPORT_FIELD_EMAIL]))
        {
          /* Translators: %s is what the file has as an e-mail address */
          add_problem (self, line, g_strdup_printf (_("“%s” is not an e-mail address"), values[PLN_IMPORT_FIELD_EMAIL]));
          continue;
        }

      if (!read_choices (self, line, values, choices))
        continue;

      if (values[PLN_IMPORT_FIELD_EMAIL] != NULL && *values[PLN_IMPORT_FIELD_EMAIL] != '\0')
        {
          folded_email = g_utf8_casefold (values[PLN_IMPORT_FIELD_EMAIL], -1);
          if (!g_hash_table_add (seen, g_strdup (folded_email)))
            {
              /* Translators: %s is an e-mail address */
              add_problem (self, line, g_strdup_printf (_("%s is already on an earlier line"), values[PLN_IMPORT_FIELD_EMAIL]));
              continue;
            }
          if (g_hash_table_contains (self->existing, folded_email))
            self->n_duplicates++;
        }

      reg = pln_registration_new ();
      if (values[PLN_IMPORT_FIELD_HONORIFIC] != NULL && *values[PLN_IMPORT_FIELD_HONORIFIC] != '\0')
        pln_registration_set_honorific (reg, values[PLN_IMPORT_FIELD_HONORIFIC]);
      pln_registration_set_name (reg, name);
      pln_registration_set_delegation (reg, values[PLN_IMPORT_FIELD_DELEGATION]);
      pln_registration_set_category (reg, choices[PLN_IMPORT_FIELD_CATEGORY]);
      pln_registration_set_role (reg, choices[PLN_IMPORT_FIELD_ROLE]);
      pln_registration_set_mode (reg, choices[PLN_IMPORT_FIELD_MODE]);
      pln_registration_set_email (reg, values[PLN_IMPORT_FIELD_EMAIL]);
      pln_registration_set_status (reg, choices[PLN_IMPORT_FIELD_STATUS]);
      g_ptr_array_add (self->valid, reg);
    }
}

/**
 * pln_registration_import_new:
 * @meeting: the meeting the registrations are for (nothing is added yet)
 *
 * Reads a CSV export and checks it. Fails when it is not CSV, or has no
 * column for the participants' names.
 */
PlnRegistrationImport *
pln_registration_import_new (const char  *data,
                             gsize        length,
                             PlnMeeting  *meeting,
                             GError     **error)
{
  g_autoptr(PlnRegistrationImport) self = g_new0 (PlnRegistrationImport, 1);
  GListModel *registrations;
  char **header;

  g_return_val_if_fail (PLN_IS_MEETING (meeting), NULL);

  self->meeting = g_object_ref (meeting);
  self->valid = g_ptr_array_new_with_free_func (g_object_unref);
  self->problems = g_array_new (FALSE, FALSE, sizeof (PlnImportProblem));
  g_array_set_clear_func (self->problems, pln_import_problem_clear);
  self->existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->added = g_ptr_array_new_with_free_func (g_object_unref);
  self->replaced = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint f = 0; f < PLN_IMPORT_N_FIELDS; f++)
    {
      self->unknown[f] = g_ptr_array_new_with_free_func (g_free);
      self->unknown_lines[f] = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
    }

  self->csv = pln_csv_parse (data, length, error);
  if (self->csv == NULL)
    return NULL;

  if (self->csv->rows->len == 0)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE, _("The file is empty"));
      return NULL;
    }

  header = g_ptr_array_index (self->csv->rows, 0);
  self->n_columns = g_strv_length (header);
  self->mapping = g_new0 (PlnImportField, self->n_columns);
  for (guint c = 0; c < self->n_columns; c++)
    {
      PlnImportField field = _pln_registration_import_guess_field (header[c]);

      /* A field is taken by its first column only. */
      if (!has_field (self, field))
        self->mapping[c] = field;
    }

  if (!has_field (self, PLN_IMPORT_FIELD_NAME) &&
      !(has_field (self, PLN_IMPORT_FIELD_FIRST_NAME) || has_field (self, PLN_IMPORT_FIELD_LAST_NAME)))
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_PARSE,
                   _("Line 1: no column of the participants’ names, such as “Name”, or “First name” and “Last name”"));
      return NULL;
    }

  registrations = pln_meeting_get_registrations (meeting);
  for (guint i = 0; i < g_list_model_get_n_items (registrations); i++)
    {
      g_autoptr(PlnRegistration) reg = g_list_model_get_item (registrations, i);
      const char *email = pln_registration_get_email (reg);

      if (email != NULL)
        g_hash_table_insert (self->existing, g_utf8_casefold (email, -1), reg);
    }

  check_lines (self);
  return g_steal_pointer (&self);
}

void
pln_registration_import_free (PlnRegistrationImport *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->meeting);
  g_clear_pointer (&self->csv, pln_csv_free);
  g_free (self->mapping);
  g_clear_pointer (&self->valid, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_array_unref);
  g_clear_pointer (&self->existing, g_hash_table_unref);
  g_clear_pointer (&self->added, g_ptr_array_unref);
  g_clear_pointer (&self->replaced, g_ptr_array_unref);
  for (guint f = 0; f < PLN_IMPORT_N_FIELDS; f++)
    {
      g_clear_pointer (&self->chosen[f], g_hash_table_unref);
      g_clear_pointer (&self->unknown[f], g_ptr_array_unref);
      g_clear_pointer (&self->unknown_lines[f], g_ptr_array_unref);
    }
  g_free (self);
}

guint
pln_registration_import_get_n_columns (PlnRegistrationImport *self)
{
  return self->n_columns;
}

const char *
pln_registration_import_get_header (PlnRegistrationImport *self,
                                    guint                  column)
{
  g_return_val_if_fail (column < self->n_columns, NULL);

  return ((char **) g_ptr_array_index (self->csv->rows, 0))[column];
}

/**
 * pln_registration_import_get_sample:
 *
 * Returns: (transfer none): the first line's value in @column, for the
 *   user to see what a column holds when mapping it
 */
const char *
pln_registration_import_get_sample (PlnRegistrationImport *self,
                                    guint                  column)
{
  g_return_val_if_fail (column < self->n_columns, NULL);

  if (self->csv->rows->len < 2)
    return "";

  return cell (g_ptr_array_index (self->csv->rows, 1), column);
}

/**
 * pln_registration_import_get_n_lines:
 *
 * Returns: how many records the file has below its header line
 */
guint
pln_registration_import_get_n_lines (PlnRegistrationImport *self)
{
  return self->csv->rows->len - 1;
}

PlnImportField
pln_registration_import_get_mapping (PlnRegistrationImport *self,
                                     guint                  column)
{
  g_return_val_if_fail (column < self->n_columns, PLN_IMPORT_FIELD_NONE);

  return self->mapping[column];
}

/**
 * pln_registration_import_set_mapping:
 *
 * Maps @column to @field (what the user chose) and checks the lines again.
 */
gboolean
pln_registration_import_set_mapping (PlnRegistrationImport  *self,
                                     guint                   column,
                                     PlnImportField          field,
                                     GError                **error)
{
  g_return_val_if_fail (column < self->n_columns, FALSE);

  self->mapping[column] = field;
  check_lines (self);
  return TRUE;
}

/**
 * pln_registration_import_get_valid:
 *
 * Returns: (transfer none) (element-type PlnRegistration): the registrations
 *   read from the good lines, not yet in the meeting
 */
GPtrArray *
pln_registration_import_get_valid (PlnRegistrationImport *self)
{
  return self->valid;
}

/**
 * pln_registration_import_get_problems:
 *
 * Returns: (transfer none) (element-type PlnImportProblem): the bad lines
 */
GArray *
pln_registration_import_get_problems (PlnRegistrationImport *self)
{
  return self->problems;
}

/**
 * pln_registration_import_get_n_duplicates:
 *
 * Returns: how many good lines have the e-mail of a registration the
 *   meeting has already
 */
guint
pln_registration_import_get_n_duplicates (PlnRegistrationImport *self)
{
  return self->n_duplicates;
}

/**
 * pln_registration_import_apply:
 * @policy: what to do with a line whose e-mail the meeting has already
 *
 * Adds the good lines to the meeting, in one change of its list.
 *
 * Returns: how many registrations were added or replaced
 */
guint
pln_registration_import_apply (PlnRegistrationImport *self,
                               PlnDuplicatePolicy     policy)
{
  GListStore *store = G_LIST_STORE (pln_meeting_get_registrations (self->meeting));
  guint changed = 0;

  g_ptr_array_set_size (self->added, 0);
  g_ptr_array_set_size (self->replaced, 0);

  for (guint i = 0; i < self->valid->len; i++)
    {
      PlnRegistration *reg = g_ptr_array_index (self->valid, i);
      const char *email = pln_registration_get_email (reg);
      g_autofree char *folded = email ? g_utf8_casefold (email, -1) : NULL;
      PlnRegistration *existing = folded ? g_hash_table_lookup (self->existing, folded) : NULL;

      if (existing != NULL && policy == PLN_DUPLICATES_SKIP)
        continue;

      if (existing != NULL && policy == PLN_DUPLICATES_REPLACE)
        {
          guint position;

          if (g_list_store_find (store, existing, &position))
            {
              /* Pairs: the one replaced, then the one in its place. */
              g_ptr_array_add (self->replaced, g_object_ref (existing));
              g_ptr_array_add (self->replaced, g_object_ref (reg));
              g_list_store_splice (store, position, 1, (gpointer *) &reg, 1);
            }
          changed++;
          continue;
        }

      g_ptr_array_add (self->added, g_object_ref (reg));
      changed++;
    }

  g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0,
                       self->added->pdata, self->added->len);
  return changed;
}

/**
 * pln_registration_import_get_added:
 *
 * Returns: (transfer none) (element-type PlnRegistration): the registrations
 *   the last apply() added at the end of the meeting's list
 */
GPtrArray *
pln_registration_import_get_added (PlnRegistrationImport *self)
{
  return self->added;
}

/**
 * pln_registration_import_get_replaced:
 *
 * Returns: (transfer none) (element-type PlnRegistration): pairs of the
 *   registrations the last apply() replaced and those put in their place,
 *   for undoing it
 */
GPtrArray *
pln_registration_import_get_replaced (PlnRegistrationImport *self)
{
  return self->replaced;
}

/**
 * pln_registration_import_get_unknown_values:
 * @field: a field with choices (pln_import_field_has_choices())
 *
 * Returns: (transfer none) (element-type utf8): the values of @field in
 *   the file that name none of its choices, each once, in the order they
 *   come; their lines are kept out until a choice is made for them
 */
GPtrArray *
pln_registration_import_get_unknown_values (PlnRegistrationImport *self,
                                            PlnImportField         field)
{
  g_return_val_if_fail (pln_import_field_has_choices (field), NULL);

  return self->unknown[field];
}

/**
 * pln_registration_import_get_unknown_lines:
 * @field: a field with choices
 * @value: one of pln_registration_import_get_unknown_values()
 *
 * Returns: (transfer none) (element-type guint) (nullable): the lines of
 *   the file (from 1) that have @value (compared without case) for @field
 */
GArray *
pln_registration_import_get_unknown_lines (PlnRegistrationImport *self,
                                           PlnImportField         field,
                                           const char            *value)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (pln_import_field_has_choices (field), NULL);
  g_return_val_if_fail (value != NULL, NULL);

  folded = g_utf8_casefold (value, -1);
  for (guint i = 0; i < self->unknown[field]->len; i++)
    {
      g_autofree char *other = g_utf8_casefold (g_ptr_array_index (self->unknown[field], i), -1);

      if (g_str_equal (other, folded))
        return g_ptr_array_index (self->unknown_lines[field], i);
    }

  return NULL;
}

/**
 * pln_registration_import_choose:
 * @field: a field with choices
 * @value: a value of the file (compared without case)
 * @choice: the enum value it stands for (a #PlnRegistrationCategory,
 *   #PlnRegistrationRole, #PlnParticipationMode or #PlnRegistrationStatus),
 *   or -1 to take the choice back
 *
 * What the user chose @value to mean; the lines are checked again.
 */
void
pln_registration_import_choose (PlnRegistrationImport *self,
                                PlnImportField         field,
                                const char            *value,
                                int                    choice)
{
  g_return_if_fail (pln_import_field_has_choices (field));
  g_return_if_fail (value != NULL);

  if (self->chosen[field] == NULL)
    self->chosen[field] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (choice < 0)
    {
      g_autofree char *folded = g_utf8_casefold (value, -1);

      g_hash_table_remove (self->chosen[field], folded);
    }
  else
    g_hash_table_insert (self->chosen[field], g_utf8_casefold (value, -1), GINT_TO_POINTER (choice));

  check_lines (self);
}

/* Whether a column before @column gives its field: only the first
 * column of a field is read. */
static gboolean
field_given_before (PlnRegistrationImport *self,
                    guint                  column)
{
  for (guint c = 0; c < column; c++)
    if (self->mapping[c] == self->mapping[column])
      return TRUE;

  return FALSE;
}

/**
 * pln_registration_import_dup_unmapped:
 *
 * The columns that are not imported: those no field was found for or
 * chosen, and those whose field an earlier column already gives.
 *
 * Returns: (transfer full): their headers ("column 4" for one without a
 *   header), in the file's order
 */
GStrv
pln_registration_import_dup_unmapped (PlnRegistrationImport *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint c = 0; c < self->n_columns; c++)
    {
      g_autofree char *header = NULL;

      if (self->mapping[c] != PLN_IMPORT_FIELD_NONE && !field_given_before (self, c))
        continue;

      header = g_strstrip (g_strdup (pln_registration_import_get_header (self, c)));
      if (*header == '\0')
        {
          g_free (header);
          /* Translators: how a column of a file without a header is named; %u is its number, from 1 */
          header = g_strdup_printf (_("column %u"), c + 1);
        }
      g_strv_builder_add (builder, header);
    }

  return g_strv_builder_end (builder);
}
