"""Periodic heartbeat from technician tablets to the fleet-management service."""
from __future__ import annotations

import logging
import os
import platform
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("tablet.heartbeat")


@dataclass(frozen=True)
class FleetConfig:
    endpoint: str
    token: str
    device_id: str
    interval_s: int = 300

    @classmethod
    def load(cls) -> "FleetConfig":
        return cls(
            endpoint=os.environ["FLEET_API_URL"].rstrip("/"),
            token=os.environ["FLEET_DEVICE_TOKEN"],
            device_id=os.environ["TABLET_DEVICE_ID"],
            interval_s=int(os.environ.get("FLEET_HEARTBEAT_SECONDS", "300")),
        )


def _battery_percent() -> int | None:
    try:
        import psutil

        battery = psutil.sensors_battery()
        return int(battery.percent) if battery else None
    except ImportError:
        return None


def send_heartbeat(cfg: FleetConfig, session: requests.Session) -> None:
    body = {
        "device_id": cfg.device_id,
        "os": platform.platform(),
        "battery": _battery_percent(),
        "sent_at": int(time.time()),
    }
    resp = session.post(
        f"{cfg.endpoint}/devices/{cfg.device_id}/heartbeat",
        json=body,
        headers={"Authorization": f"Bearer {cfg.token}"},
        timeout=10,
    )
    resp.raise_for_status()


def run_forever() -> None:
    cfg = FleetConfig.load()
    with requests.Session() as session:
        while True:
            try:
                send_heartbeat(cfg, session)
            except requests.RequestException as exc:
                log.warning("heartbeat failed: %s", exc)
            time.sleep(cfg.interval_s)
