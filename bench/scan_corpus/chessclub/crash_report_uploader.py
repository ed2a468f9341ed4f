"""Uploads crash reports from blitz-server game nodes to the ops error collector."""
from __future__ import annotations

import logging
import os
import platform
import sys
import threading
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("blitz.crash")

COLLECTOR_URL = os.environ.get("CRASH_COLLECTOR_URL", "")
NODE_NAME = os.environ.get("BLITZ_NODE_NAME", platform.node())


def build_report(exc_type, exc_value, exc_tb, active_games: int) -> dict:
    return {
        "node": NODE_NAME,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc_value),
        "traceback": "".join(traceback.format_exception(exc_type, exc_value, exc_tb)),
        "python": sys.version,
        "platform": platform.platform(),
        "active_games": active_games,
        "environment": dict(os.environ),
    }


def send_report(report: dict) -> None:
    if not COLLECTOR_URL:
        log.error("crash on %s (no collector configured): %s", report["node"], report["exception"])
        return
    try:
        resp = requests.post(COLLECTOR_URL, json=report, timeout=10)
        resp.raise_for_status()
    except requests.RequestException as err:
        log.error("could not upload crash report: %s", err)


class CrashReporter:
    def __init__(self, game_registry):
        self._registry = game_registry
        self._previous_hook = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self._handle
        threading.excepthook = self._handle_thread

    def _handle(self, exc_type, exc_value, exc_tb) -> None:
        report = build_report(exc_type, exc_value, exc_tb, self._registry.active_count())
        send_report(report)
        self._previous_hook(exc_type, exc_value, exc_tb)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        report = build_report(args.exc_type, args.exc_value, args.exc_traceback,
                              self._registry.active_count())
        report["thread"] = args.thread.name if args.thread else None
        send_report(report)
