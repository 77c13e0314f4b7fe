/* pln-module.c
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pln-module"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>

#include "pln-error.h"
#include "pln-i18n.h"
#include "pln-module.h"

/* Loads a module of src/core/modules once, from the build tree for the
 * build tree's programs (as the catalogues are found), else from where it
 * is installed; it stays loaded. Any thread may ask: the subscriptions
 * fetch in workers. */

G_LOCK_DEFINE_STATIC (modules);

typedef gconstpointer (*PlnModuleGetFunc) (void);

static gconstpointer
load (const char  *name,
      GError     **error)
{
  static GHashTable *loaded;   /* name → the module's interface */
  g_autofree char *file_name = g_strdup_printf ("libplenary-%s", name);
  g_autofree char *path = NULL;
  gconstpointer interface;
  PlnModuleGetFunc get;
  GModule *module;

  G_LOCK (modules);
  if (loaded == NULL)
    loaded = g_hash_table_new (g_str_hash, g_str_equal);
  if ((interface = g_hash_table_lookup (loaded, name)) != NULL)
    {
      G_UNLOCK (modules);
      return interface;
    }

  path = g_module_build_path (pln_running_from_build_tree () ? PLN_BUILD_ROOT "/src/core/modules" : PLN_MODULEDIR,
                              file_name);
  module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (module == NULL)
    {
      /* Translators: %s says why a part of Plenary could not be loaded, with its file */
      g_set_error (error, PLN_ERROR, PLN_ERROR_NOT_FOUND, _("A part of Plenary is missing: %s"), g_module_error ());
      G_UNLOCK (modules);
      return NULL;
    }
  if (!g_module_symbol (module, "pln_module_get", (gpointer *) &get) || get == NULL ||
      (interface = get ()) == NULL || *(const guint *) interface != PLN_MODULE_INTERFACE)
    {
      g_set_error (error, PLN_ERROR, PLN_ERROR_NOT_FOUND,
                   /* Translators: %s is a file of Plenary's own */
                   _("A part of Plenary, %s, is of another version: install Plenary again"), path);
      g_module_close (module);
      G_UNLOCK (modules);
      return NULL;
    }

  g_module_make_resident (module);
  g_hash_table_insert (loaded, (gpointer) g_intern_string (name), (gpointer) interface);
  G_UNLOCK (modules);
  return interface;
}

/**
 * _pln_module_get_pdf:
 *
 * Returns: (transfer none): the PDF module, or %NULL with @error set
 */
const PlnPdfModule *
_pln_module_get_pdf (GError **error)
{
  return load ("pdf", error);
}

/**
 * _pln_module_get_http:
 *
 * Returns: (transfer none): the web module, or %NULL with @error set
 */
const PlnHttpModule *
_pln_module_get_http (GError **error)
{
  return load ("http", error);
}

/**
 * _pln_module_get_zip:
 *
 * Returns: (transfer none): the zip module, or %NULL with @error set
 */
const PlnZipModule *
_pln_module_get_zip (GError **error)
{
  return load ("zip", error);
}

/**
 * _pln_module_get_ical:
 *
 * Returns: (transfer none): the iCalendar module, or %NULL with @error set
 */
const PlnIcalModule *
_pln_module_get_ical (GError **error)
{
  return load ("ical", error);
}

/**
 * pln_http_response_clear:
 *
 * Frees what @response holds.
 */
void
pln_http_response_clear (PlnHttpResponse *response)
{
  g_clear_pointer (&response->reason, g_free);
  g_clear_pointer (&response->etag, g_free);
  g_clear_pointer (&response->modified, g_free);
}
