"""Readiness report for the licensing service, posted to the platform status board."""
from __future__ import annotations

import os
import socket
from dataclasses import asdict, dataclass, field

import httpx

REQUIRED_SETTINGS = (
    "LICENSING_DATABASE_URL",
    "PAYMENT_API_KEY",
    "PAYMENT_MERCHANT_ID",
    "SMTP_RELAY_SECRET_ID",
)


def settings_presence(names: tuple[str, ...] = REQUIRED_SETTINGS) -> dict[str, bool]:
    return {name: bool(os.environ.get(name)) for name in names}


@dataclass
class ReadinessReport:
    service: str
    host: str = field(default_factory=socket.gethostname)
    version: str = field(default_factory=lambda: os.environ.get("APP_VERSION", "unknown"))
    settings_present: dict[str, bool] = field(default_factory=settings_presence)

    @property
    def ready(self) -> bool:
        return all(self.settings_present.values())


class StatusBoard:
    def __init__(self, url: str) -> None:
        self.url = url

    def post(self, report: ReadinessReport) -> None:
        body = asdict(report) | {"ready": report.ready}
        httpx.post(self.url, json=body, timeout=5.0).raise_for_status()


if __name__ == "__main__":
    report = ReadinessReport(service="boat-licensing")
    StatusBoard(os.environ["STATUS_BOARD_URL"]).post(report)
    raise SystemExit(0 if report.ready else 1)
