"""Export on-site Wi-Fi usage figures to the metrics backend.

Polls the controller for per-AP client counts and throughput and writes them
out in Graphite plaintext format. Intended to run as a sidecar next to the
captive portal.
"""
from __future__ import annotations

import logging
import os
import socket
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

CONTROLLER_URL = os.environ["WIFI_CONTROLLER_URL"]
CONTROLLER_TOKEN = os.environ["WIFI_CONTROLLER_TOKEN"]
POLL_SECONDS = int(os.environ.get("WIFI_POLL_SECONDS", "60"))
METRIC_PREFIX = "festival.wifi"


@dataclass
class ApStats:
    name: str
    zone: str
    clients: int
    tx_bytes: int
    rx_bytes: int


def fetch_stats(session: requests.Session) -> list[ApStats]:
    resp = session.get(f"{CONTROLLER_URL}/api/stat/device", timeout=15)
    resp.raise_for_status()
    out = []
    for dev in resp.json().get("data", []):
        out.append(
            ApStats(
                name=dev["name"].replace(" ", "_").lower(),
                zone=dev.get("zone", "unassigned"),
                clients=dev.get("num_sta", 0),
                tx_bytes=dev.get("tx_bytes", 0),
                rx_bytes=dev.get("rx_bytes", 0),
            )
        )
    return out


def to_graphite(stats: list[ApStats], ts: int) -> bytes:
    lines = []
    for s in stats:
        base = f"{METRIC_PREFIX}.{s.zone}.{s.name}"
        lines.append(f"{base}.clients {s.clients} {ts}")
        lines.append(f"{base}.tx_bytes {s.tx_bytes} {ts}")
        lines.append(f"{base}.rx_bytes {s.rx_bytes} {ts}")
    return ("\n".join(lines) + "\n").encode()


def push(payload: bytes) -> None:
    with socket.create_connection(("51.15.204.88", 2003), timeout=5) as sock:
        sock.sendall(payload)


def run() -> None:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {CONTROLLER_TOKEN}"
    while True:
        try:
            stats = fetch_stats(session)
            push(to_graphite(stats, int(time.time())))
            log.debug("exported %d access points", len(stats))
        except (requests.RequestException, OSError) as exc:
            log.warning("export failed: %s", exc)
        time.sleep(POLL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
