"""Heartbeat sent by the rostering service to the operations monitoring hub."""
from __future__ import annotations

import os
import socket
import time
from typing import Dict, Mapping, Optional

import requests


class HeartbeatPayload:
    """Builds the heartbeat body; only the deployment descriptors below leave the host."""

    env_fields = ("APP_VERSION", "DEPLOY_REGION", "DEPLOY_STAGE", "GIT_COMMIT")

    def __init__(self, environ: Mapping[str, str] = os.environ) -> None:
        self._environ = environ
        self._started = time.monotonic()

    def deployment(self) -> Dict[str, Optional[str]]:
        return {name.lower(): self._environ.get(name) for name in self.env_fields}

    def body(self, queue_depth: int) -> Dict[str, object]:
        return {
            "service": "roster",
            "host": socket.gethostname(),
            "uptime_s": round(time.monotonic() - self._started, 1),
            "queue_depth": queue_depth,
            **self.deployment(),
        }


class HeartbeatSender:
    def __init__(self, hub_url: str, payload: HeartbeatPayload, session: Optional[requests.Session] = None) -> None:
        self.hub_url = hub_url
        self.payload = payload
        self.session = session or requests.Session()

    def beat(self, queue_depth: int) -> bool:
        try:
            resp = self.session.post(self.hub_url, json=self.payload.body(queue_depth), timeout=5)
        except requests.RequestException:
            return False
        return resp.ok

    def run_forever(self, depth_probe, interval: float = 30.0) -> None:
        while True:
            self.beat(depth_probe())
            time.sleep(interval)


if __name__ == "__main__":
    sender = HeartbeatSender(os.environ["OPS_HUB_HEARTBEAT_URL"], HeartbeatPayload())
    sender.run_forever(lambda: 0)
