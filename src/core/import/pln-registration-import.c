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
#include "pln-registration-import.h"

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
};

static const struct
{
  PlnImportField  field;
  const char     *words[8];
} header_words[] = {
  { PLN_IMPORT_FIELD_FIRST_NAME, { "first name", "firstname", "given name", "prénom", "prenom", "nombre de pila", "nombre", NULL } },
  { PLN_IMPORT_FIELD_LAST_NAME, { "last name", "lastname", "surname", "family name", "nom de famille", "nom", "apellido", "apellidos" } },
  { PLN_IMPORT_FIELD_NAME, { "full name", "name", "participant", "nom complet", "nombre completo", NULL } },
  { PLN_IMPORT_FIELD_DELEGATION, { "delegation", "country", "organization", "organisation", "délégation", "pays", "delegación", "país" } },
  { PLN_IMPORT_FIELD_CATEGORY, { "category", "participant type", "type", "catégorie", "categoría", NULL } },
  { PLN_IMPORT_FIELD_ROLE, { "role", "function", "rôle", "fonction", "función", "cargo", NULL } },
  { PLN_IMPORT_FIELD_MODE, { "participation", "mode", "attendance", "modalité", "modalidad", NULL } },
  { PLN_IMPORT_FIELD_EMAIL, { "email", "e-mail", "mail", "courriel", "correo", "correo electrónico", NULL } },
  { PLN_IMPORT_FIELD_STATUS, { "status", "registration status", "statut", "estado", NULL } },
};

const char *
pln_import_field_to_label (PlnImportField field)
{
  switch (field)
    {
    case PLN_IMPORT_FIELD_NONE: return C_("import column", "Not imported");
    case PLN_IMPORT_FIELD_NAME: return C_("import column", "Name");
    case PLN_IMPORT_FIELD_FIRST_NAME: return C_("import column", "First name");
    case PLN_IMPORT_FIELD_LAST_NAME: return C_("import column", "Last name");
    case PLN_IMPORT_FIELD_DELEGATION: return C_("import column", "Delegation");
    case PLN_IMPORT_FIELD_CATEGORY: return C_("import column", "Category");
    case PLN_IMPORT_FIELD_ROLE: return C_("import column", "Role");
    case PLN_IMPORT_FIELD_MODE: return C_("import column", "Participation");
    case PLN_IMPORT_FIELD_EMAIL: return C_("import column", "E-mail");
    case PLN_IMPORT_FIELD_STATUS: return C_("import column", "Status");
    case PLN_IMPORT_N_FIELDS:
    default: return "";
    }
}

static PlnImportField
guess_field (const char *header)
{
  g_autofree char *folded = g_utf8_casefold (header, -1);

  g_strstrip (folded);
  for (guint i = 0; i < G_N_ELEMENTS (header_words); i++)
    for (guint w = 0; w < G_N_ELEMENTS (header_words[i].words) && header_words[i].words[w]; w++)
      if (g_str_equal (folded, header_words[i].words[w]))
        return header_words[i].field;

  return PLN_IMPORT_FIELD_NONE;
}

static gboolean
contains_any (const char         *folded,
              const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (folded, words[i]) != NULL)
      return TRUE;

  return FALSE;
}

static gboolean
parse_category (const char              *text,
                PlnRegistrationCategory *category)
{
  g_autofree char *f = g_utf8_casefold (text, -1);

  if (contains_any (f, (const char *[]) { "signator", "signataire", "signatario", NULL }))
    *category = PLN_REGISTRATION_CATEGORY_SIGNATORY_STATE;
  else if (contains_any (f, (const char *[]) { "observer", "observateur", "observador", NULL }))
    *category = PLN_REGISTRATION_CATEGORY_OBSERVER_STATE;
  else if (contains_any (f, (const char *[]) { "non-gov", "nongov", "ngo", "ong", NULL }))
    *category = PLN_REGISTRATION_CATEGORY_NGO;
  else if (contains_any (f, (const char *[]) { "intergov", "igo", "intergub", NULL }))
    *category = PLN_REGISTRATION_CATEGORY_IGO;
  else if (contains_any (f, (const char *[]) { "panel", "speaker", "expert", "ponente", "intervenant", NULL }))
    *category = PLN_REGISTRATION_CATEGORY_PANELLIST;
  else if (contains_any (f, (const char *[]) { "secretariat", "secrétariat", "secretaría", "unodc", NULL }))
    *category = PLN_REGISTRATION_CATEGORY_SECRETARIAT;
  else if (contains_any (f, (const char *[]) { "state", "party", "member", "état", "estado", "government", NULL }))
    *category = PLN_REGISTRATION_CATEGORY_STATE_PARTY;
  else
    return FALSE;

  return TRUE;
}

static PlnRegistrationRole
parse_role (const char *text)
{
  g_autofree char *f = g_utf8_casefold (text, -1);

  if (contains_any (f, (const char *[]) { "head", "chef", "jefe", NULL }))
    return PLN_REGISTRATION_ROLE_HEAD_OF_DELEGATION;
  if (contains_any (f, (const char *[]) { "vice", NULL }))
    return PLN_REGISTRATION_ROLE_VICE_CHAIR;
  if (contains_any (f, (const char *[]) { "chair", "présid", "presid", NULL }))
    return PLN_REGISTRATION_ROLE_CHAIR;
  if (contains_any (f, (const char *[]) { "rapporteur", "relator", NULL }))
    return PLN_REGISTRATION_ROLE_RAPPORTEUR;
  if (contains_any (f, (const char *[]) { "panel", "ponente", "intervenant", NULL }))
    return PLN_REGISTRATION_ROLE_PANELLIST;
  return PLN_REGISTRATION_ROLE_DELEGATE;
}

static PlnParticipationMode
parse_mode (const char *text)
{
  g_autofree char *f = g_utf8_casefold (text, -1);

  return contains_any (f, (const char *[]) { "online", "virtual", "remote", "en ligne", "distance", "línea", "linea", NULL })
         ? PLN_PARTICIPATION_MODE_ONLINE : PLN_PARTICIPATION_MODE_IN_PERSON;
}

static PlnRegistrationStatus
parse_status (const char *text)
{
  g_autofree char *f = g_utf8_casefold (text, -1);

  if (contains_any (f, (const char *[]) { "confirm", "approved", "accepted", "accept", "valid", NULL }))
    return PLN_REGISTRATION_STATUS_CONFIRMED;
  if (contains_any (f, (const char *[]) { "cancel", "reject", "withdraw", "annul", NULL }))
    return PLN_REGISTRATION_STATUS_CANCELLED;
  return PLN_REGISTRATION_STATUS_REQUESTED;
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

/* Reads every line with the current mapping. */
static void
check_lines (PlnRegistrationImport *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_ptr_array_set_size (self->valid, 0);
  g_array_set_size (self->problems, 0);
  self->n_duplicates = 0;

  for (guint r = 1; r < self->csv->rows->len; r++)
    {
      char **row = g_ptr_array_index (self->csv->rows, r);
      guint line = g_array_index (self->csv->lines, guint, r);
      const char *values[PLN_IMPORT_N_FIELDS] = { NULL };
      g_autofree char *name = NULL;
      g_autofree char *folded_email = NULL;
      PlnRegistration *reg;
      PlnRegistrationCategory category = PLN_REGISTRATION_CATEGORY_STATE_PARTY;

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

      if (values[PLN_IMPORT_FIELD_CATEGORY] != NULL && *values[PLN_IMPORT_FIELD_CATEGORY] != '\0' &&
          !parse_category (values[PLN_IMPORT_FIELD_CATEGORY], &category))
        {
          /* Translators: %s is what the file has as a category of participant */
          add_problem (self, line, g_strdup_printf (_("unknown category “%s”"), values[PLN_IMPORT_FIELD_CATEGORY]));
          continue;
        }

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
      pln_registration_set_name (reg, name);
      pln_registration_set_delegation (reg, values[PLN_IMPORT_FIELD_DELEGATION]);
      pln_registration_set_category (reg, category);
      pln_registration_set_role (reg, parse_role (values[PLN_IMPORT_FIELD_ROLE] ?: ""));
      pln_registration_set_mode (reg, parse_mode (values[PLN_IMPORT_FIELD_MODE] ?: ""));
      pln_registration_set_email (reg, values[PLN_IMPORT_FIELD_EMAIL]);
      pln_registration_set_status (reg, parse_status (values[PLN_IMPORT_FIELD_STATUS] ?: ""));
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
      PlnImportField field = guess_field (header[c]);

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
