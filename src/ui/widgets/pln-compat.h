/* pln-compat.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The one seam between Plenary and the GTK/libadwaita API that changed
 * after Debian 12 (GTK 4.8, libadwaita 1.2): alerts, file choosers, the
 * About window, colours of the theme. Each helper uses the newer API where
 * the library has it and the 4.8/1.2 API otherwise, so moving to the newer
 * one is this file. */

/* A button of an alert; the appearances are those of both dialogs. */
typedef struct
{
  const char            *id;
  const char            *label;
  AdwResponseAppearance  appearance;
} PlnAlertResponse;

/**
 * PlnAlertFunc:
 * @owner: the object given to pln_alert_present(), still alive
 * @response: the id of the response chosen
 */
typedef void (*PlnAlertFunc) (GObject    *owner,
                              const char *response);

/**
 * PlnFileFunc:
 * @owner: the object given to the chooser, still alive
 * @file: (nullable): the file chosen, or %NULL when the user cancelled
 */
typedef void (*PlnFileFunc) (GObject *owner,
                             GFile   *file);

void      pln_alert_present        (GtkWidget              *parent,
                                    const char             *heading,
                                    const char             *body,
                                    GtkWidget              *child,
                                    const PlnAlertResponse *responses,
                                    guint                   n_responses,
                                    const char             *default_response,
                                    const char             *close_response,
                                    GObject                *owner,
                                    PlnAlertFunc            callback);
void      pln_alert_show_error     (GtkWidget              *parent,
                                    const char             *heading,
                                    const char             *message);

void      pln_choose_file          (GtkWidget              *parent,
                                    GtkFileChooserAction    action,
                                    const char             *title,
                                    const char             *accept_label,
                                    const char             *suggested_name,
                                    GtkFileFilter          *filter,
                                    GObject                *owner,
                                    PlnFileFunc             callback);
void      pln_choose_file_to_open  (GtkWidget              *parent,
                                    const char             *title,
                                    const char             *accept_label,
                                    GtkFileFilter          *filter,
                                    GObject                *owner,
                                    PlnFileFunc             callback);
void      pln_choose_folder        (GtkWidget              *parent,
                                    const char             *title,
                                    const char             *accept_label,
                                    GObject                *owner,
                                    PlnFileFunc             callback);
void      pln_open_file            (GtkWidget              *parent,
                                    GFile                  *file);

void      pln_show_about           (GtkWidget              *parent,
                                    const char             *first_property,
                                    ...) G_GNUC_NULL_TERMINATED;

GtkWindow *pln_widget_get_parent_window (GtkWidget            *widget);
void      pln_list_box_remove_all  (GtkListBox             *list);
GdkRGBA   pln_widget_get_color     (GtkWidget              *widget);
gboolean  pln_widget_lookup_color  (GtkWidget              *widget,
                                    const char             *name,
                                    GdkRGBA                *color);
GdkRGBA   pln_widget_get_theme_color (GtkWidget            *widget,
                                      const char           *name,
                                      const char           *fallback);

G_END_DECLS
