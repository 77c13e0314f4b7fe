/* pln-meeting-page.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pln-page.h"

G_BEGIN_DECLS

#define PLN_TYPE_MEETING_PAGE (pln_meeting_page_get_type ())

G_DECLARE_FINAL_TYPE (PlnMeetingPage, pln_meeting_page, PLN, MEETING_PAGE, PlnPage)

PlnMeeting   *pln_meeting_page_get_meeting      (PlnMeetingPage *self);
void          pln_meeting_page_set_meeting      (PlnMeetingPage *self,
                                                 PlnMeeting     *meeting);
AdwViewStack *pln_meeting_page_get_stack        (PlnMeetingPage *self);
void          pln_meeting_page_set_visible_page (PlnMeetingPage *self,
                                                 const char     *name);

G_END_DECLS
