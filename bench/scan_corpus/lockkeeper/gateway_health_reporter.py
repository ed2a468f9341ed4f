"""Periodic health heartbeat from a lock sensor gateway to the operations dashboard."""
from __future__ import annotations

import logging
import os
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

log = logging.getLogger("gateway.health")


@dataclass(frozen=True)
class HealthSettings:
    dashboard_url: str
    gateway_id: str
    data_dir: Path
    interval_s: int = 60

    @classmethod
    def from_env(cls) -> "HealthSettings":
        return cls(
            dashboard_url=os.environ["OPS_DASHBOARD_URL"],
            gateway_id=os.environ["GATEWAY_ID"],
            data_dir=Path(os.environ.get("GATEWAY_DATA_DIR", "/var/lib/lockgate")),
            interval_s=int(os.environ.get("HEALTH_INTERVAL_S", "60")),
        )


@dataclass
class Heartbeat:
    gateway_id: str
    uptime_s: float
    load_1m: float
    disk_free_mb: int
    sensors_online: int


def _uptime() -> float:
    with open("/proc/uptime", encoding="ascii") as fh:
        return float(fh.read().split()[0])


def _sensors_online(data_dir: Path) -> int:
    return sum(1 for _ in (data_dir / "sensors").glob("*.alive"))


def collect(settings: HealthSettings) -> Heartbeat:
    return Heartbeat(
        gateway_id=settings.gateway_id,
        uptime_s=_uptime(),
        load_1m=os.getloadavg()[0],
        disk_free_mb=shutil.disk_usage(settings.data_dir).free // (1024 * 1024),
        sensors_online=_sensors_online(settings.data_dir),
    )


def run(settings: HealthSettings) -> None:
    with httpx.Client(timeout=10.0) as client:
        while True:
            beat = collect(settings)
            try:
                client.post(settings.dashboard_url, json=asdict(beat)).raise_for_status()
            except httpx.HTTPError as err:
                log.warning("heartbeat not delivered: %s", type(err).__name__)
            time.sleep(settings.interval_s)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(HealthSettings.from_env())
