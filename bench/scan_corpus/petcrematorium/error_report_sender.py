"""Sends unhandled errors from the urn engraving service to the support error collector."""
from __future__ import annotations

import os
import platform
import sys
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone

import requests

SAFE_ENV_KEYS = ("APP_VERSION", "DEPLOY_REGION", "ENGRAVER_MODEL", "TZ")


def runtime_context() -> dict:
    context = {key: os.environ.get(key) for key in SAFE_ENV_KEYS}
    context["python"] = platform.python_version()
    context["platform"] = platform.platform(terse=True)
    return context


@dataclass
class ErrorReport:
    service: str
    exc_type: str
    message: str
    stack: list[str]
    context: dict = field(default_factory=runtime_context)
    occurred_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())


class ErrorReportSender:
    def __init__(self, collector_url: str, service: str = "urn-engraving"):
        self.collector_url = collector_url
        self.service = service
        self.session = requests.Session()

    def from_exception(self, exc: BaseException) -> ErrorReport:
        return ErrorReport(
            service=self.service,
            exc_type=type(exc).__name__,
            message=str(exc)[:500],
            stack=traceback.format_tb(exc.__traceback__),
        )

    def send(self, report: ErrorReport) -> bool:
        try:
            resp = self.session.post(self.collector_url, json=report.__dict__, timeout=5)
            return resp.ok
        except requests.RequestException:
            return False

    def excepthook(self, exc_type, exc, tb) -> None:
        self.send(self.from_exception(exc))
        sys.__excepthook__(exc_type, exc, tb)


def install() -> ErrorReportSender:
    sender = ErrorReportSender(os.environ["ERROR_COLLECTOR_URL"])
    sys.excepthook = sender.excepthook
    return sender
