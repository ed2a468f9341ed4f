"""Heartbeat from field-station gateways to the operations dashboard.

Every ten minutes each gateway reports that it is alive, which release it
runs and how much it still has queued, so the ops map can show stale sites.
"""
from __future__ import annotations

import logging
import os
import shutil
import socket
import time
from datetime import datetime, timezone
from typing import Dict

import httpx

log = logging.getLogger(__name__)

PUBLISHED_ENV_KEYS = ("STATION_CODE", "GATEWAY_RELEASE", "LORA_REGION", "POLL_INTERVAL_S")


def station_facts() -> Dict[str, str]:
    return {key: os.environ.get(key, "") for key in PUBLISHED_ENV_KEYS}


def build_heartbeat(queue_depth: int) -> dict:
    usage = shutil.disk_usage("/var/lib/gateway")
    return {
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "host": socket.gethostname(),
        "uptime_s": int(time.monotonic()),
        "queue_depth": queue_depth,
        "disk_free_mb": usage.free // (1024 * 1024),
        "station": station_facts(),
    }


class HeartbeatSender:
    def __init__(self, url: str, device_token: str) -> None:
        self.url = url
        self.client = httpx.Client(
            timeout=15.0, headers={"Authorization": f"Bearer {device_token}"}
        )

    @classmethod
    def from_env(cls) -> "HeartbeatSender":
        return cls(os.environ["OPS_HEARTBEAT_URL"], os.environ["GATEWAY_DEVICE_TOKEN"])

    def send(self, queue_depth: int) -> bool:
        try:
            resp = self.client.post(self.url, json=build_heartbeat(queue_depth))
            resp.raise_for_status()
            return True
        except httpx.HTTPError as exc:
            log.warning("heartbeat failed: %s", exc.__class__.__name__)
            return False

    def close(self) -> None:
        self.client.close()
