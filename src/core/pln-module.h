/* pln-module.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What Plenary does through a library that a window opening need not
 * load: the text of a PDF (poppler), the web (libsoup), the zip container
 * of DOCX and ODT (libgsf) and iCalendar (libical). Each is a
 * module of its own (src/core/modules), loaded when first used, as
 * document viewers load their backends; a module is the library's calls
 * only, with plain types across, so that it holds no copy of the model.
 * A module says which version of this interface it was built with. */

#define PLN_MODULE_INTERFACE 1

typedef struct
{
  guint   interface;
  /* The text of each page of a PDF, laid out again (see the module). */
  char *(*pdf_text) (GBytes  *bytes,
                     GError **error);
} PlnPdfModule;

/* An answer's status line and the headers Plenary reads. */
typedef struct
{
  guint   status;
  char   *reason;
  char   *etag;
  char   *modified;
  goffset content_length;  /* -1: not said */
} PlnHttpResponse;

typedef struct
{
  guint          interface;
  gpointer     (*session_new)  (guint            timeout);
  void         (*session_free) (gpointer         session);
  /* A GET of @uri, conditional on the validators given; the body's
   * stream, with @response filled in, or %NULL with @error set. */
  GInputStream *(*get)         (gpointer         session,
                                const char      *uri,
                                const char      *if_none_match,
                                const char      *if_modified_since,
                                PlnHttpResponse *response,
                                GCancellable    *cancellable,
                                GError         **error);
} PlnHttpModule;

/* A zip container, its members in the order given; the first stored
 * uncompressed, as ODT's "mimetype" must be. */
typedef struct
{
  guint    interface;
  GBytes *(*build) (const char * const  *names,
                    GString            **contents,
                    guint                n_members,
                    GError             **error);
} PlnZipModule;

/* An event of a calendar: over whole days when @start_minutes is -1
 * (@end_day the day after the last), else on @start_day from
 * @start_minutes to @end_minutes, local times of the zone @tzid (or UTC
 * where libical does not know it). @tzid is also given for an all-day
 * event, whose zone's rules the calendar then carries. */
typedef struct
{
  const char *uid;
  const char *summary;
  const char *location;     /* (nullable) */
  const char *description;  /* (nullable) */
  const char *tzid;         /* (nullable) */
  GDate       start_day;
  GDate       end_day;
  int         start_minutes;
  int         end_minutes;
} PlnIcsEvent;

typedef struct
{
  guint  interface;
  char *(*build) (const PlnIcsEvent *events,
                  guint              n_events,
                  const char        *prodid);
} PlnIcalModule;

void        pln_http_response_clear (PlnHttpResponse *response);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PlnHttpResponse, pln_http_response_clear)

const PlnPdfModule  *_pln_module_get_pdf  (GError **error);
const PlnHttpModule *_pln_module_get_http (GError **error);
const PlnZipModule  *_pln_module_get_zip  (GError **error);
const PlnIcalModule *_pln_module_get_ical (GError **error);

G_END_DECLS
