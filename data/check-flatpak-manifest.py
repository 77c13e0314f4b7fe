#!/usr/bin/env python3
"""Checks the Flatpak manifest: JSON, the keys flatpak-builder needs, and
sandbox permissions limited to what a GNOME app needs."""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    manifest = json.load(f)

problems = []
for key in ("id", "runtime", "runtime-version", "sdk", "command", "finish-args", "modules"):
    if key not in manifest:
        problems.append(f"missing key “{key}”")

if manifest.get("id") != "io.github.plenary.Plenary":
    problems.append("id is not io.github.plenary.Plenary")
if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
    problems.append("runtime and sdk must be org.gnome.Platform and org.gnome.Sdk")
# GVfs, for workspaces on WebDAV and SMB shares (dav://, smb://): the host's
# gvfsd on the session bus and its socket. The network: a delegation's
# subscriptions to a secretariat's public edition are refreshed over
# HTTP(S) and WebDAV.
allowed = {"--share=ipc", "--share=network", "--socket=wayland", "--socket=fallback-x11", "--device=dri",
           "--talk-name=org.gtk.vfs.*", "--filesystem=xdg-run/gvfsd"}
for arg in manifest.get("finish-args", []):
    if arg not in allowed:
        problems.append(f"finish-arg {arg} is more than the app needs (files go through portals, subscriptions need only the network)")
modules = manifest.get("modules", [])
if not modules or not isinstance(modules[-1], dict) or modules[-1].get("name") != "plenary":
    problems.append("the last module must be plenary itself")
elif modules[-1].get("buildsystem") != "meson":
    problems.append("plenary is built with meson")

for p in problems:
    print(p)
sys.exit(1 if problems else 0)
