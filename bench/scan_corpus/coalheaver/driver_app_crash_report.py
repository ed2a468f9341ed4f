"""Crash reports from the driver round sync worker.

The sync worker runs on each driver's handset dock.  On a crash it posts the
traceback to the team's chat channel through an incoming webhook whose URL
is provisioned in the dock's environment.
"""
import os
import sys
import traceback

import requests

WEBHOOK_ENV = "ROUND_SYNC_ALERT_WEBHOOK"
MAX_TRACE_CHARS = 3500


def _webhook_url():
    return os.environ.get(WEBHOOK_ENV)


def _format_message(exc_type, exc, tb, dock_id: str) -> dict:
    trace = "".join(traceback.format_exception(exc_type, exc, tb))[-MAX_TRACE_CHARS:]
    return {
        "text": f":fire: round sync crashed on dock {dock_id}: {exc_type.__name__}",
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": f"```{trace}```"}},
        ],
    }


def report_crash(exc_type, exc, tb, dock_id: str) -> None:
    url = _webhook_url()
    if not url:
        return
    try:
        requests.post(url, json=_format_message(exc_type, exc, tb, dock_id), timeout=5)
    except requests.RequestException:
        pass


def install(dock_id: str) -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        report_crash(exc_type, exc, tb, dock_id)
        previous(exc_type, exc, tb)

    sys.excepthook = hook
