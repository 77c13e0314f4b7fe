/* pln-page.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pln-context.h"

#include "plenary-core.h"

G_BEGIN_DECLS

#define PLN_TYPE_PAGE (pln_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (PlnPage, pln_page, PLN, PAGE, AdwBin)

/**
 * PlnPageClass:
 * @meeting_changed: the page shows another meeting (or none); @old_meeting
 *   is still alive during the call
 * @context_changed: the page was given another context (or none)
 *
 * A page of the window's content: the meeting it shows (the calendar
 * shows none) and what it is given, the same for every page. Subclasses
 * react to a change in the vfuncs, which run after the new value is stored
 * and before the property is notified.
 */
struct _PlnPageClass
{
  AdwBinClass parent_class;

  void (*meeting_changed) (PlnPage    *self,
                           PlnMeeting *old_meeting);
  void (*context_changed) (PlnPage    *self);

  /*< private >*/
  gpointer padding[4];
};

PlnMeeting *pln_page_get_meeting (PlnPage    *self);
void        pln_page_set_meeting (PlnPage    *self,
                                  PlnMeeting *meeting);
PlnContext *pln_page_get_context (PlnPage    *self);
void        pln_page_set_context (PlnPage    *self,
                                  PlnContext *context);
gboolean    pln_page_get_read_only (PlnPage  *self);
void        pln_page_action_set_enabled (PlnPage    *self,
                                         const char *action_name,
                                         gboolean    enabled);
const char * const *pln_page_get_reading_actions (void);

G_END_DECLS
