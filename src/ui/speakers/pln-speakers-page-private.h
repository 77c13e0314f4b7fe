/* pln-speakers-page-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-idle-refresh.h"
#include "pln-online-bar.h"
#include "pln-speakers-page.h"

G_BEGIN_DECLS

/* What the files of the page share: the choosers and the inscription
 * (pln-speakers-page.c), the list, its moves and removal (-list.c), the
 * clock of the current speaker and the online bar (-clock.c), the online
 * cap, the chair's override of it and the written statements (-floor.c). */

struct _PlnSpeakersPage
{
  PlnPage           parent_instance;

  /* Template widgets */
  GtkDropDown      *sitting_dropdown;
  GtkWidget        *room_button;
  GtkWidget        *statements_button;
  GtkLabel         *current_label;
  GtkLabel         *clock_label;
  GtkButton        *start_button;
  GtkWidget        *next_button;
  PlnOnlineBar     *online_bar;
  GtkLabel         *online_label;
  GtkEntry         *delegation_entry;
  GtkToggleButton  *online_toggle;
  GtkDropDown      *item_dropdown;
  GtkStack         *list_stack;
  GtkListView      *list_view;

  /* Borrowed references */
  PlnMeeting       *meeting;        /* PlnPage's, kept in step by meeting_changed */

  /* Owned references */
  PlnSitting       *sitting;        /* the plenary meeting shown */
  GSignalGroup     *speakers_signals;
  GSignalGroup     *workspace_signals; /* statements and logs changed */
  GHashTable       *over_cap;       /* the speakers the chair may give the floor over the cap */
  PlnSpeaker       *attach_to;      /* whose statement the file chooser is for */
  GListStore       *items;          /* the agenda items of the drop-down */
  GtkEntryCompletion *completion;
  GHashTable       *bound_items;    /* the GtkListItems showing a row */

  PlnIdleRefresh    refresh;
  guint             tick_id;        /* the clock's tick callback while it runs */
};

/* pln-speakers-page.c */
void        pln_speakers_page_schedule_refresh (PlnSpeakersPage *self);
void        pln_speakers_page_push_order_undo  (PlnSpeakersPage *self,
                                                gpointer         order,
                                                const char      *title);

/* pln-speakers-page-list.c */
void        pln_speakers_page_update_rows      (PlnSpeakersPage *self);
PlnSpeaker *pln_speakers_page_find_speaker     (PlnSpeakersPage *self,
                                                const char      *id);
PlnSpeaker *pln_speakers_page_get_action_speaker (PlnSpeakersPage *self,
                                                  GVariant        *parameter);
void        pln_speakers_page_class_init_list  (GtkWidgetClass  *widget_class);

/* pln-speakers-page-clock.c */
void        pln_speakers_page_update_clock     (PlnSpeakersPage *self);
void        pln_speakers_page_update_budget    (PlnSpeakersPage *self);
void        pln_speakers_page_stop_ticking     (PlnSpeakersPage *self);
void        pln_speakers_page_class_init_clock (GtkWidgetClass  *widget_class);

/* pln-speakers-page-floor.c */
void        pln_speakers_page_apply_cap        (PlnSpeakersPage *self);
void        pln_speakers_page_update_over_cap  (PlnSpeakersPage *self);
GMenuModel *pln_speakers_page_dup_row_menu     (PlnSpeakersPage *self,
                                                PlnSpeaker      *speaker);
char       *pln_speakers_page_dup_statements_note (PlnSpeaker   *speaker);
void        pln_speakers_page_class_init_floor (GtkWidgetClass  *widget_class);

G_END_DECLS
