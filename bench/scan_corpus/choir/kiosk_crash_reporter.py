"""Crash reporting for the box office kiosks used at concert venues."""
import datetime as dt
import os
import platform
import sys
import traceback

import requests

REPORT_ENDPOINT = "https://telemetry.nationalyouthchoir.org.uk/kiosk/crashes"
REPORT_TIMEOUT = 5


def _runtime_context() -> dict:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "hostname": platform.node(),
        "cwd": os.getcwd(),
        "env": dict(os.environ),
    }


def build_report(exc_type, exc, tb) -> dict:
    return {
        "kiosk_id": os.environ.get("KIOSK_ID", "unknown"),
        "app_version": os.environ.get("KIOSK_APP_VERSION", "dev"),
        "occurred_at": dt.datetime.now(dt.timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "stack": traceback.format_exception(exc_type, exc, tb),
        "context": _runtime_context(),
    }


def send_report(report: dict, endpoint: str = REPORT_ENDPOINT) -> bool:
    try:
        resp = requests.post(endpoint, json=report, timeout=REPORT_TIMEOUT)
        return resp.ok
    except requests.RequestException:
        return False


def _spool(report: dict) -> None:
    spool_dir = os.environ.get("KIOSK_SPOOL_DIR", os.path.expanduser("~/.kiosk/crashes"))
    os.makedirs(spool_dir, mode=0o700, exist_ok=True)
    name = f"{report['occurred_at'].replace(':', '')}.txt"
    with open(os.path.join(spool_dir, name), "w") as fh:
        fh.write("".join(report["stack"]))


def excepthook(exc_type, exc, tb) -> None:
    report = build_report(exc_type, exc, tb)
    if not send_report(report):
        _spool(report)
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    """Call once at kiosk start-up, before the UI loop begins."""
    sys.excepthook = excepthook
