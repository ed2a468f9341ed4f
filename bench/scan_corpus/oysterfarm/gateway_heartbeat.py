"""Heartbeat from the dock gateway that relays sonde telemetry to the farm server."""
from __future__ import annotations

import logging
import os
import platform
import shutil
import socket
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("gateway.heartbeat")

REPORTED_SETTINGS = ("GATEWAY_ID", "GATEWAY_FIRMWARE", "LORA_REGION", "SONDE_POLL_SECONDS")


@dataclass
class HeartbeatConfig:
    monitor_url: str
    monitor_token: str
    interval: int = 300

    @classmethod
    def from_env(cls) -> "HeartbeatConfig":
        return cls(
            monitor_url=os.environ["MONITOR_URL"],
            monitor_token=os.environ["MONITOR_TOKEN"],
            interval=int(os.environ.get("HEARTBEAT_SECONDS", "300")),
        )


def reported_settings() -> dict[str, str]:
    return {name: os.environ[name] for name in REPORTED_SETTINGS if name in os.environ}


def heartbeat_payload(sondes_online: int) -> dict:
    disk = shutil.disk_usage("/var/lib/gateway")
    return {
        "hostname": socket.gethostname(),
        "os": platform.platform(),
        "disk_free_mb": disk.free // (1024 * 1024),
        "sondes_online": sondes_online,
        "settings": reported_settings(),
        "sent_at": int(time.time()),
    }


def run(cfg: HeartbeatConfig, count_sondes) -> None:
    headers = {"Authorization": f"Bearer {cfg.monitor_token}"}
    with httpx.Client(base_url=cfg.monitor_url, headers=headers, timeout=10.0) as client:
        while True:
            try:
                client.post("/v1/heartbeats", json=heartbeat_payload(count_sondes())).raise_for_status()
            except httpx.HTTPError as exc:
                log.warning("heartbeat not delivered: %s", exc)
            time.sleep(cfg.interval)


if __name__ == "__main__":
    from .sondes import online_sonde_count

    logging.basicConfig(level=logging.INFO)
    run(HeartbeatConfig.from_env(), online_sonde_count)
