/* pln-registration-import.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pln-types.h"

G_BEGIN_DECLS

typedef enum
{
  PLN_IMPORT_FIELD_NONE,
  PLN_IMPORT_FIELD_HONORIFIC,
  PLN_IMPORT_FIELD_NAME,
  PLN_IMPORT_FIELD_FIRST_NAME,
  PLN_IMPORT_FIELD_LAST_NAME,
  PLN_IMPORT_FIELD_DELEGATION,
  PLN_IMPORT_FIELD_CATEGORY,
  PLN_IMPORT_FIELD_ROLE,
  PLN_IMPORT_FIELD_MODE,
  PLN_IMPORT_FIELD_EMAIL,
  PLN_IMPORT_FIELD_STATUS,
  PLN_IMPORT_N_FIELDS,
} PlnImportField;

typedef enum
{
  PLN_DUPLICATES_SKIP,
  PLN_DUPLICATES_REPLACE,
  PLN_DUPLICATES_KEEP_BOTH,
} PlnDuplicatePolicy;

/**
 * PlnImportProblem:
 * @line: the line of the file, from 1
 * @message: what is wrong with it
 */
typedef struct
{
  guint  line;
  char  *message;
} PlnImportProblem;

void pln_import_problem_clear (gpointer problem);

typedef struct _PlnRegistrationImport PlnRegistrationImport;

PlnRegistrationImport *pln_registration_import_new          (const char            *data,
                                                             gsize                  length,
                                                             PlnMeeting            *meeting,
                                                             GError               **error);
void                   pln_registration_import_free         (PlnRegistrationImport *self);
guint                  pln_registration_import_get_n_columns (PlnRegistrationImport *self);
const char            *pln_registration_import_get_header   (PlnRegistrationImport *self,
                                                             guint                  column);
const char            *pln_registration_import_get_sample   (PlnRegistrationImport *self,
                                                             guint                  column);
guint                  pln_registration_import_get_n_lines  (PlnRegistrationImport *self);
PlnImportField         pln_registration_import_get_mapping  (PlnRegistrationImport *self,
                                                             guint                  column);
gboolean               pln_registration_import_set_mapping  (PlnRegistrationImport *self,
                                                             guint                  column,
                                                             PlnImportField         field,
                                                             GError               **error);
GPtrArray             *pln_registration_import_get_valid    (PlnRegistrationImport *self);
GArray                *pln_registration_import_get_problems (PlnRegistrationImport *self);
guint                  pln_registration_import_get_n_duplicates (PlnRegistrationImport *self);
guint                  pln_registration_import_apply        (PlnRegistrationImport *self,
                                                             PlnDuplicatePolicy     policy);
GPtrArray             *pln_registration_import_get_added    (PlnRegistrationImport *self);
GPtrArray             *pln_registration_import_get_replaced (PlnRegistrationImport *self);
GPtrArray             *pln_registration_import_get_unknown_values (PlnRegistrationImport *self,
                                                                   PlnImportField         field);
GArray                *pln_registration_import_get_unknown_lines (PlnRegistrationImport *self,
                                                                  PlnImportField         field,
                                                                  const char            *value);
void                   pln_registration_import_choose       (PlnRegistrationImport *self,
                                                             PlnImportField         field,
                                                             const char            *value,
                                                             int                    choice);
GStrv                  pln_registration_import_dup_unmapped (PlnRegistrationImport *self);
const char            *pln_import_field_to_label            (PlnImportField         field);
gboolean               pln_import_field_has_choices         (PlnImportField         field);
GType                  pln_import_field_get_choices_type    (PlnImportField         field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlnRegistrationImport, pln_registration_import_free)

G_END_DECLS
