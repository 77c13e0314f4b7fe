/* pln-registrations-page-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-idle-refresh.h"
#include "pln-registration-dialog.h"
#include "pln-registration-rows.h"
#include "pln-registrations-page.h"

G_BEGIN_DECLS

/* The Registrations page is split by concern:
 *   pln-registrations-page.c          the object, the meeting and what it listens to
 *   pln-registrations-page-columns.c  the column view, its cells, the cell editor, sorting
 *   pln-registrations-page-filter.c   the search, the drop-downs and the summary
 *   pln-registrations-page-edit.c     edits, undo, the registration dialog, the selection
 *   pln-registrations-page-actions.c  the actions of the selection and of files */

struct _PlnRegistrationsPage
{
  PlnPage                parent_instance;

  /* Template widgets */
  GtkSearchEntry        *search_entry;
  GtkDropDown           *category_filter;
  GtkDropDown           *mode_filter;
  GtkDropDown           *status_filter;
  GtkFlowBox            *filters_box;
  GtkMenuButton         *more_button;
  GtkMenuButton         *status_button;
  GtkLabel              *summary_label;
  GtkLabel              *categories_label;
  GtkStack              *stack;
  GtkColumnView         *column_view;
  gboolean               table_at_start;  /* right to left: scrolled to its right end */
  GtkActionBar          *selection_bar;
  GtkLabel              *selection_label;

  /* The one cell editor, parented to the column view */
  GtkPopover            *editor;
  GtkStack              *editor_stack;
  GtkEntry              *editor_entry;
  GtkLabel              *editor_problem;
  GtkListBox            *editor_choices;
  PlnRegistration       *editor_registration;
  guint                  editor_column;

  /* Borrowed references */
  PlnMeeting            *meeting;      /* PlnPage's, kept in step by meeting_changed */

  /* Owned references */
  GListStore            *empty;        /* the list shown without a meeting */
  GtkCustomFilter       *filter;
  PlnRegistrationRows   *rows;
  PlnRegistration       *probe[2];     /* to ask the column view's sorter */
  guint                  sort_column;
  GtkMultiSelection     *selection;
  GListModel            *watched_list; /* the meeting's registrations, listened to */
  GPtrArray             *watched;      /* PlnRegistration, in the list's order, listened to */
  char                  *needle;       /* the search, folded */
  int                    category;     /* -1: any */
  int                    mode;
  int                    status;
  PlnDocumentFormat      export_format; /* of the list of participants being exported */
  PlnIdleRefresh         refresh;
  gboolean               recount;      /* the refresh counts the summary again */
  guint                  rows_tick;    /* adds the rows still to come, a frame at a time */
  guint                  fold_source;  /* fold_ahead_cb() */
  guint                  n_folded;     /* registrations of watched it went past */
  PlnRegistrationSummary summary;      /* of the meeting, counted when it changes */
};

/* pln-registrations-page.c */
void                   pln_registrations_page_queue_refresh   (PlnRegistrationsPage *self,
                                                               gboolean              recount);
gboolean               pln_registrations_page_flush_refresh   (PlnRegistrationsPage *self);

/* pln-registrations-page-columns.c */
void                   pln_registrations_page_init_columns    (PlnRegistrationsPage *self);
void                   pln_registrations_page_dispose_columns (PlnRegistrationsPage *self);
gboolean               pln_registrations_page_is_shown_property (const char         *property);

/* pln-registrations-page-filter.c */
void                   pln_registrations_page_init_filters    (PlnRegistrationsPage *self);
void                   pln_registrations_page_refilter        (PlnRegistrationsPage *self);
void                   pln_registrations_page_pending_changed_cb (PlnRegistrationsPage *self);
void                   pln_registrations_page_count_summary   (PlnRegistrationsPage *self);
void                   pln_registrations_page_update_summary  (PlnRegistrationsPage *self);
void                   pln_registrations_page_update_stack    (PlnRegistrationsPage *self);
void                   pln_registrations_page_search_changed_cb (PlnRegistrationsPage *self);
void                   pln_registrations_page_filter_changed_cb (PlnRegistrationsPage *self);

/* pln-registrations-page-edit.c */
PlnRegistrationsEdit  *pln_registrations_page_begin_edit      (PlnRegistrationsPage *self);
void                   pln_registrations_page_push_edit       (PlnRegistrationsPage *self,
                                                               PlnRegistrationsEdit *edit,
                                                               const char           *toast_title);
void                   pln_registrations_page_selection_changed_cb (PlnRegistrationsPage *self);
GListStore            *pln_registrations_page_dup_selected    (PlnRegistrationsPage *self);
PlnRegistrationDialog *pln_registrations_page_open_dialog     (PlnRegistrationsPage *self,
                                                               PlnRegistration      *registration);
void                   pln_registrations_page_row_activated_cb (PlnRegistrationsPage *self,
                                                               guint                 position);

/* pln-registrations-page-actions.c */
void                   pln_registrations_page_toast           (PlnRegistrationsPage *self,
                                                               const char           *title);
void                   pln_registrations_page_class_init_actions (GtkWidgetClass    *widget_class);

G_END_DECLS
