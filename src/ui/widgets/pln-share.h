/* pln-share.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-context.h"

G_BEGIN_DECLS

/**
 * PlnShare:
 * @subject: the e-mail's subject, English like the document
 * @body: the e-mail's text, English like the document
 * @file_name: the name of the PDF attached ("Non-paper.pdf")
 *
 * What an e-mail to a meeting's delegates says about the document it
 * carries.
 */
typedef struct
{
  const char *subject;
  const char *body;
  const char *file_name;
} PlnShare;

char *pln_share_dup_addresses    (PlnMeeting      *meeting);
void  pln_share_copy_addresses   (GtkWidget       *widget,
                                  PlnContext      *context,
                                  PlnMeeting      *meeting);
void  pln_share_document         (GtkWidget       *widget,
                                  PlnContext      *context,
                                  PlnMeeting      *meeting,
                                  PlnDocument     *document,
                                  const PlnShare  *share);

G_END_DECLS
