/* pln-module-zip.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>
#include <gsf/gsf.h>

#include "pln-error.h"
#include "pln-module.h"

/* The zip container of DOCX and ODT through libgsf: a module of its own
 * (pln-module.h), loaded when a document is first exported in either. */

static GBytes *
build (const char * const  *names,
       GString            **contents,
       guint                n_members,
       GError             **error)
{
  GsfOutput *sink = gsf_output_memory_new ();
  GsfOutfile *zip;
  GError *local_error = NULL;
  GBytes *bytes;

  zip = gsf_outfile_zip_new (sink, &local_error);
  if (zip == NULL)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_EXPORT, _("Could not make the document’s archive: %s"),
                   local_error ? local_error->message : "");
      g_clear_error (&local_error);
      g_object_unref (sink);
      return NULL;
    }

  for (guint i = 0; i < n_members; i++)
    {
      GsfOutput *member = gsf_outfile_new_child_full (zip, names[i], FALSE,
                                                      "compression-level", i == 0 ? GSF_ZIP_STORED : GSF_ZIP_DEFLATED,
                                                      NULL);

      gsf_output_write (member, contents[i]->len, (const guint8 *) contents[i]->str);
      gsf_output_close (member);
      g_object_unref (member);
    }

  gsf_output_close (GSF_OUTPUT (zip));
  bytes = g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (sink)), gsf_output_size (sink));
  g_object_unref (zip);
  g_object_unref (sink);
  return bytes;
}

G_MODULE_EXPORT gconstpointer pln_module_get (void);

gconstpointer
pln_module_get (void)
{
  static const PlnZipModule module = { PLN_MODULE_INTERFACE, build };

  return &module;
}
