/* pln-validate.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pln-types.h"

G_BEGIN_DECLS

/**
 * PlnProblem:
 * @path: where, as in the workspace file: "meetings[3].sittings[1]"
 * @property: (nullable): the property concerned, for the interface to
 *   mark the right field, e.g. "last-day"
 * @message: what is wrong, in words a person can act on
 */
typedef struct
{
  char *path;
  char *property;
  char *message;
} PlnProblem;

#define PLN_TYPE_PROBLEM (pln_problem_get_type ())

GType       pln_problem_get_type          (void) G_GNUC_CONST;
PlnProblem *pln_problem_copy              (const PlnProblem *problem);
void        pln_problem_free              (PlnProblem       *problem);

GPtrArray  *pln_workspace_validate        (PlnWorkspace     *workspace);
GPtrArray  *pln_meeting_validate          (PlnMeeting       *meeting,
                                           const char       *path);
gboolean    pln_symbol_in_series          (const char       *symbol,
                                           const char       *series);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlnProblem, pln_problem_free)

G_END_DECLS
