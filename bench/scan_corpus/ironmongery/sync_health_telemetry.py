"""Heartbeat from stock sync workers to the operations dashboard.

Every few minutes each worker posts its status. Only a fixed set of
non-secret deployment variables is included so the dashboard can group
workers by release and region.
"""
from __future__ import annotations

import logging
import os
import platform
import socket
import time
from dataclasses import asdict, dataclass, field

import httpx

log = logging.getLogger("stock_sync.heartbeat")

REPORTED_ENV = ("APP_VERSION", "DEPLOY_REGION", "BRANCH_CODE", "SYNC_SCHEDULE")


def deployment_labels(environ=os.environ) -> dict[str, str]:
    return {name: environ[name] for name in REPORTED_ENV if name in environ}


@dataclass
class Heartbeat:
    worker: str
    suppliers_ok: list[str]
    suppliers_failing: list[str]
    queue_depth: int
    sent_at: float = field(default_factory=time.time)
    python: str = field(default_factory=platform.python_version)
    labels: dict[str, str] = field(default_factory=deployment_labels)


class HeartbeatSender:
    def __init__(self, dashboard_url: str, interval: float = 300.0) -> None:
        self.dashboard_url = dashboard_url.rstrip("/")
        self.interval = interval
        self._client = httpx.Client(timeout=10.0)

    def send(self, beat: Heartbeat) -> None:
        try:
            resp = self._client.post(f"{self.dashboard_url}/api/heartbeats", json=asdict(beat))
            resp.raise_for_status()
        except httpx.HTTPError as exc:
            log.warning("Heartbeat to dashboard failed: %s", exc)

    def run(self, status_source) -> None:
        worker = socket.gethostname()
        while True:
            ok, failing, depth = status_source()
            self.send(Heartbeat(worker=worker, suppliers_ok=ok, suppliers_failing=failing, queue_depth=depth))
            time.sleep(self.interval)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    sender = HeartbeatSender(os.environ["OPS_DASHBOARD_URL"])
    from .status import current_status

    sender.run(current_status)


if __name__ == "__main__":
    main()
