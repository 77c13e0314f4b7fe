/* plenary-core.h
 *
 * Copyright 2026 The Plenary authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pln-types.h"
#include "pln-enum-types.h"
#include "pln-error.h"
#include "pln-i18n.h"
#include "pln-ics.h"
#include "pln-json.h"

#include "pln-agenda-document.h"
#include "pln-agenda-import.h"
#include "pln-agenda-item.h"
#include "pln-csv.h"
#include "pln-demo.h"
#include "pln-document-ref.h"
#include "pln-footnote.h"
#include "pln-document.h"
#include "pln-export.h"
#include "pln-export-record.h"
#include "pln-file-io.h"
#include "pln-meeting.h"
#include "pln-merge.h"
#include "pln-non-paper.h"
#include "pln-participants-document.h"
#include "pln-placement.h"
#include "pln-recommendation.h"
#include "pln-registration.h"
#include "pln-registration-import.h"
#include "pln-registration-list.h"
#include "pln-registrations-edit.h"
#include "pln-report.h"
#include "pln-report-document.h"
#include "pln-sitting.h"
#include "pln-speaker.h"
#include "pln-statement.h"
#include "pln-statements-export.h"
#include "pln-floor.h"
#include "pln-store.h"
#include "pln-synth.h"
#include "pln-terms.h"
#include "pln-validate.h"
#include "pln-working-group.h"
#include "pln-workspace.h"
