/* pln-test-http.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pln-test-util.h"

G_BEGIN_DECLS

/* Debian's apache2, started unprivileged by a test on a free port of
 * 127.0.0.1, serving one folder over plain HTTP, with an access log the
 * test counts requests in. */
typedef struct _PlnTestHttp PlnTestHttp;

gboolean     pln_test_http_available (char        **missing);
PlnTestHttp *pln_test_http_new       (const char   *root);
void         pln_test_http_start     (PlnTestHttp  *self);
void         pln_test_http_stop      (PlnTestHttp  *self);
const char  *pln_test_http_get_url   (PlnTestHttp  *self);
guint        pln_test_http_count     (PlnTestHttp  *self,
                                      const char   *request);
guint        pln_test_http_count_with (PlnTestHttp *self,
                                       const char  *request,
                                       const char  *containing);
gboolean     pln_test_http_poll_until (PlnTestCondition condition,
                                       gpointer         user_data,
                                       guint            timeout_ms);
void         pln_test_http_free      (PlnTestHttp  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlnTestHttp, pln_test_http_free)

G_END_DECLS
