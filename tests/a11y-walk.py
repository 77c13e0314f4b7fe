#!/usr/bin/python3
# a11y-walk.py — what a screen reader is told about a running Plenary.
#
# Copyright 2026 The Plenary authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Finds the application of process PID on the AT-SPI bus, walks the
# accessible tree of each of its windows and prints one line for each
# control a screen reader cannot name: a control whose name is empty or
# a class name ("GtkImage", "GtkDropDown", "PlnCalendarMonthView"), and a
# focusable object without a name or named by its class. It
# exits with 0 when there is none, 1 when there are, 77 when pyatspi is
# not installed, 2 when the application never appears on the bus.

import re
import sys
import time

try:
    import pyatspi
except ImportError:
    print('pyatspi is not installed (Debian: python3-pyatspi)')
    sys.exit(77)

# The roles a user operates: each must say what it does.
CONTROLS = {
    'push button', 'toggle button', 'check box', 'radio button', 'combo box',
    'text', 'entry', 'password text', 'spin button', 'slider', 'link',
    'switch', 'menu item', 'check menu item', 'radio menu item', 'page tab',
    'toggle', 'list', 'table', 'tree', 'tree table', 'calendar',
}

# Focusable containers a screen reader does not announce by a name of
# their own: it reads what they hold.
CONTENT = {
    'scroll pane', 'viewport', 'filler', 'panel', 'section', 'label',
    'grouping',
}

# The rows of list and column views: GTK 4.8 names them by their class
# and has no API to name them (GtkListItem:accessible-label is GTK 4.12);
# a screen reader reads the row's labels. They are not checked.
ROWS = {'list item', 'table row', 'table cell', 'tree item'}

CLASS_NAME = re.compile(r'^(Gtk|Adw|Pln)[A-Z]')

# A hang guard, not a measure: the application registers in well under
# a second; a regression that never registers fails here, not in meson.
DEADLINE_SECONDS = 60


def find_application(pid):
    deadline = time.monotonic() + DEADLINE_SECONDS
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                continue
        time.sleep(0.1)
    return None


def describe(node):
    try:
        return '%s “%s”' % (node.getRoleName(), node.name or '')
    except Exception:
        return '?'


def walk(node, trail, problems, seen, index=''):
    try:
        role = node.getRoleName()
        name = node.name or ''
        focusable = node.getState().contains(pyatspi.STATE_FOCUSABLE)
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return

    where = '%s [%s]' % (' › '.join(trail[-3:]), index.lstrip('.'))
    problem = None
    if name == 'GtkListItemWidget':
        pass  # a row of a list view, as above, whatever its role
    elif role in CONTROLS or (focusable and role not in ROWS):
        if CLASS_NAME.match(name):
            problem = 'named by its class'
        elif not name.strip() and (role in CONTROLS or role not in CONTENT):
            problem = 'no name'

    if problem is not None:
        line = '%s: %s %s (%s)' % (where, role, '“%s”' % name, problem)
        if line not in seen:
            seen.add(line)
            problems.append(line)

    if name.strip() and not CLASS_NAME.match(name):
        trail = trail + ['%s “%s”' % (role, name)]
    for i, child in enumerate(children):
        if child is not None:
            walk(child, trail, problems, seen, '%s.%d' % (index, i))


def main():
    pid = int(sys.argv[1])
    label = sys.argv[2] if len(sys.argv) > 2 else ''
    app = find_application(pid)
    if app is None:
        print('%s: the application (process %d) did not appear on the accessibility bus' % (label, pid))
        return 2

    problems = []
    seen = set()
    for i in range(app.childCount):
        window = app.getChildAtIndex(i)
        if window is not None:
            walk(window, [describe(window)], problems, seen)

    for line in problems:
        print('%s: %s' % (label, line))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
