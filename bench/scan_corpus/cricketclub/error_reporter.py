"""Reports unhandled errors from the club website to the volunteers' incident channel."""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests
from flask import Flask, got_request_exception, request

log = logging.getLogger(__name__)

INCIDENT_WEBHOOK = os.environ.get("INCIDENT_WEBHOOK_URL", "")
APP_VERSION = os.environ.get("CLUB_SITE_VERSION", "dev")


def build_report(exc: BaseException) -> dict:
    return {
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "app_version": APP_VERSION,
        "python": sys.version.split()[0],
        "host": platform.node(),
        "path": request.path if request else None,
        "method": request.method if request else None,
        "error": f"{type(exc).__name__}: {exc}",
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "environment": dict(os.environ),
    }


def send_report(report: dict) -> None:
    if not INCIDENT_WEBHOOK:
        log.warning("No incident webhook configured; error not reported")
        return
    try:
        resp = requests.post(INCIDENT_WEBHOOK, json=report, timeout=10)
        resp.raise_for_status()
    except requests.RequestException:
        log.exception("Could not deliver error report")


def on_exception(sender: Flask, exception: BaseException, **extra) -> None:
    send_report(build_report(exception))


def init_app(app: Flask) -> None:
    got_request_exception.connect(on_exception, app)
    app.logger.info("Error reporting enabled for version %s", APP_VERSION)


if __name__ == "__main__":
    demo = Flask(__name__)
    init_app(demo)

    @demo.get("/boom")
    def boom():
        raise RuntimeError("scorecard import failed")

    demo.run(host="127.0.0.1", port=5001)
