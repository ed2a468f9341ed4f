"""Periodic heartbeat from processing nodes to the operations dashboard."""
import logging
import os
import platform
import shutil
import socket
import time

import requests

from . import __version__
from .queue import queue_depth

log = logging.getLogger("ops.heartbeat")

HEARTBEAT_URL = os.environ["OPS_HEARTBEAT_URL"]
HEARTBEAT_TOKEN = os.environ["OPS_HEARTBEAT_TOKEN"]
INTERVAL = int(os.environ.get("OPS_HEARTBEAT_INTERVAL", "60"))
NODE_ROLE = os.environ.get("NODE_ROLE", "processing")
SCRATCH_DIR = os.environ.get("SCRATCH_DIR", "/var/lib/ediscovery/scratch")


def snapshot() -> dict:
    total, used, free = shutil.disk_usage(SCRATCH_DIR)
    return {
        "node": socket.gethostname(),
        "role": NODE_ROLE,
        "version": __version__,
        "python": platform.python_version(),
        "load_avg": os.getloadavg()[0],
        "scratch_free_bytes": free,
        "queue_depth": queue_depth(),
        "ts": int(time.time()),
    }


def run_forever() -> None:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {HEARTBEAT_TOKEN}"
    while True:
        try:
            session.post(HEARTBEAT_URL, json=snapshot(), timeout=10).raise_for_status()
        except requests.RequestException as exc:
            log.warning("heartbeat failed: %s", exc)
        time.sleep(INTERVAL)
