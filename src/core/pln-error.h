/* pln-error.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PLN_ERROR (pln_error_quark ())

/**
 * PlnError:
 * @PLN_ERROR_INVALID: a value breaks a rule of the model (dates, symbols, e-mails …)
 * @PLN_ERROR_PARSE: a file or text could not be read as what it claims to be
 * @PLN_ERROR_FORMAT: a workspace file is of a format this version does not know
 * @PLN_ERROR_CHANGED: the file was changed by another program since it was read
 * @PLN_ERROR_NOT_FOUND: a referenced object does not exist
 * @PLN_ERROR_EXPORT: a document could not be written
 * @PLN_ERROR_TOO_LARGE: a file is larger than Plenary reads
 * @PLN_ERROR_READ_ONLY: the workspace is a public edition, which is never
 *   written back
 *
 * Failures a person can act on.
 */
typedef enum
{
  PLN_ERROR_INVALID,
  PLN_ERROR_PARSE,
  PLN_ERROR_FORMAT,
  PLN_ERROR_CHANGED,
  PLN_ERROR_NOT_FOUND,
  PLN_ERROR_EXPORT,
  PLN_ERROR_TOO_LARGE,
  PLN_ERROR_READ_ONLY,
} PlnError;

GQuark pln_error_quark (void);

G_END_DECLS
