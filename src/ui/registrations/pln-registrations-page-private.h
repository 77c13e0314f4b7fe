/* pln-registrations-page-private.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-registration-dialog.h"
#include "pln-registration-rows.h"
#include "pln-registrations-page.h"
#include "pln-window.h"

G_BEGIN_DECLS

/* How many edits Ctrl+Z can go back. */
#define PLN_REGISTRATIONS_UNDO_DEPTH 100

struct _PlnRegistrationsPage
{
  AdwBin                parent_instance;

  PlnContext           *context;

  /* Template widgets */
  GtkSearchEntry       *search_entry;
  GtkDropDown          *category_filter;
  GtkDropDown          *mode_filter;
  GtkDropDown          *status_filter;
  GtkLabel             *summary_label;
  GtkLabel             *categories_label;
  GtkStack             *stack;
  GtkColumnView        *column_view;
  GtkActionBar         *selection_bar;
  GtkLabel             *selection_label;

  /* The one cell editor */
  GtkPopover           *editor;
  GtkStack             *editor_stack;
  GtkEntry             *editor_entry;
  GtkLabel             *editor_problem;
  GtkListBox           *editor_choices;
  PlnRegistration      *editor_registration;
  guint                 editor_column;

  /* Owned references */
  PlnMeeting           *meeting;
  GListStore           *empty;        /* the list shown without a meeting */
  GtkCustomFilter      *filter;
  PlnRegistrationRows  *rows;
  PlnRegistration      *probe[2];     /* to ask the column view's sorter */
  guint                 sort_column;
  GtkMultiSelection    *selection;
  GSignalGroup         *workspace_signals;
  GSignalGroup         *list_signals;
  GtkFileChooserNative *chooser;
  GQueue                undo_stack;   /* PlnRegistrationsEdit, newest first */
  char                 *needle;       /* the search, folded */
  int                   category;     /* -1: any */
  int                   mode;
  int                   status;
  guint                 summary_source;
  PlnRegistrationSummary summary;     /* of the meeting, counted when it changes */
};

PlnWindow             *pln_registrations_page_get_window      (PlnRegistrationsPage *self);
PlnRegistrationsEdit  *pln_registrations_page_begin_edit      (PlnRegistrationsPage *self);
void                   pln_registrations_page_push_edit       (PlnRegistrationsPage *self,
                                                               PlnRegistrationsEdit *edit,
                                                               const char           *toast_title);
void                   pln_registrations_page_refilter        (PlnRegistrationsPage *self);
GListStore            *pln_registrations_page_dup_selected    (PlnRegistrationsPage *self);
PlnRegistrationDialog *pln_registrations_page_open_dialog     (PlnRegistrationsPage *self,
                                                               PlnRegistration      *registration);
void                   pln_registrations_page_class_init_actions (GtkWidgetClass    *widget_class);

G_END_DECLS
