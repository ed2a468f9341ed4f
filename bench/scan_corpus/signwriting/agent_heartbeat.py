"""Heartbeat from the cutter-room agent to the office monitoring service.

Only a fixed set of non-secret deployment values is reported; credentials
in the agent's environment never leave the machine.
"""
from __future__ import annotations

import os
import platform
import socket
import time
from datetime import datetime, timezone

import requests

REPORTED_ENV_KEYS = ("AGENT_SITE_CODE", "AGENT_RELEASE", "AGENT_CHANNEL", "TZ")


class HeartbeatSender:
    def __init__(self, monitor_url: str, agent_token: str, interval: int = 60) -> None:
        self.monitor_url = monitor_url
        self.interval = interval
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {agent_token}"

    @staticmethod
    def deployment_info() -> dict[str, str]:
        return {k: os.environ[k] for k in REPORTED_ENV_KEYS if k in os.environ}

    def payload(self, cutters_online: int, queue_depth: int) -> dict:
        return {
            "host": socket.gethostname(),
            "os": platform.system(),
            "sent_at": datetime.now(timezone.utc).isoformat(),
            "cutters_online": cutters_online,
            "queue_depth": queue_depth,
            "deployment": self.deployment_info(),
        }

    def beat(self, cutters_online: int, queue_depth: int) -> bool:
        try:
            resp = self.session.post(
                self.monitor_url,
                json=self.payload(cutters_online, queue_depth),
                timeout=5,
            )
        except requests.RequestException:
            return False
        return resp.ok

    def run_forever(self, probe) -> None:
        while True:
            online, depth = probe()
            self.beat(online, depth)
            time.sleep(self.interval)


def from_env() -> HeartbeatSender:
    return HeartbeatSender(
        monitor_url=os.environ["MONITOR_URL"],
        agent_token=os.environ["AGENT_MONITOR_TOKEN"],
        interval=int(os.environ.get("HEARTBEAT_INTERVAL", "60")),
    )
