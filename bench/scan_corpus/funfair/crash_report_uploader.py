"""Uploads unhandled exceptions from the ticket-kiosk app to the fleet error service."""

from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone
from types import TracebackType

import httpx

log = logging.getLogger(__name__)


@dataclass
class KioskIdentity:
    kiosk_id: str
    fair_code: str
    app_version: str


@dataclass
class CrashReport:
    kiosk: KioskIdentity
    exc_type: str
    message: str
    stack: list[str]
    occurred_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())
    context: dict = field(default_factory=dict)


class CrashReporter:
    def __init__(self, endpoint: str, kiosk: KioskIdentity) -> None:
        self.endpoint = endpoint
        self.kiosk = kiosk

    @staticmethod
    def _runtime_context() -> dict:
        return {
            "python": sys.version.split()[0],
            "os": platform.platform(),
            "pid": os.getpid(),
            "cwd": os.getcwd(),
            "env": {key: value for key, value in os.environ.items()},
        }

    def build(self, exc: BaseException, tb: TracebackType | None) -> CrashReport:
        return CrashReport(
            kiosk=self.kiosk,
            exc_type=type(exc).__name__,
            message=str(exc),
            stack=traceback.format_tb(tb),
            context=self._runtime_context(),
        )

    def send(self, report: CrashReport) -> None:
        payload = {
            "kiosk": vars(report.kiosk),
            "exception": {"type": report.exc_type, "message": report.message},
            "stack": report.stack,
            "occurred_at": report.occurred_at,
            "context": report.context,
        }
        try:
            httpx.post(self.endpoint, json=payload, timeout=5.0).raise_for_status()
        except httpx.HTTPError:
            log.exception("could not upload crash report")

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.send(self.build(exc, tb))
            previous(exc_type, exc, tb)

        sys.excepthook = hook


def install_from_env() -> CrashReporter:
    reporter = CrashReporter(
        endpoint=os.environ["KIOSK_CRASH_ENDPOINT"],
        kiosk=KioskIdentity(
            kiosk_id=os.environ["KIOSK_ID"],
            fair_code=os.environ["FAIR_CODE"],
            app_version=os.environ.get("KIOSK_APP_VERSION", "dev"),
        ),
    )
    reporter.install()
    return reporter
