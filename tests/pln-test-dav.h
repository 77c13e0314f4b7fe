/* pln-test-dav.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A WebDAV server of the test's own: Debian's apache2 with mod_dav on a
 * free port of 127.0.0.1, serving a folder the test can also read
 * directly, and reached through GVfs on the test's session bus. */
typedef struct _PlnTestDav PlnTestDav;

void        pln_test_dav_init          (void);
PlnTestDav *pln_test_dav_new           (const char  *folder,
                                        char       **why_not);
const char *pln_test_dav_get_root      (PlnTestDav  *dav);
char       *pln_test_dav_get_path      (PlnTestDav  *dav,
                                        const char  *name);
GFile      *pln_test_dav_get_file      (PlnTestDav  *dav,
                                        const char  *name);
void        pln_test_dav_stop          (PlnTestDav  *dav);
void        pln_test_dav_start         (PlnTestDav  *dav);
gboolean    pln_test_dav_is_running    (PlnTestDav  *dav);
void        pln_test_dav_free          (PlnTestDav  *dav);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlnTestDav, pln_test_dav_free)

G_END_DECLS
