"""Prometheus exporter for receiver cryostat temperatures on an antenna control computer.

The exporter binds to the loopback interface; the site's node_exporter proxy
scrapes it and forwards the samples over the authenticated site link.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from prometheus_client import Gauge, start_http_server

LISTEN_ADDR = "127.0.0.1"
LISTEN_PORT = int(os.environ.get("RT_CRYO_EXPORTER_PORT", "9417"))
SENSOR_ROOT = Path(os.environ.get("RT_CRYO_SENSORS", "/sys/class/rt_cryo"))

STAGE_TEMP = Gauge("rt_cryo_stage_kelvin", "Cryostat stage temperature", ["antenna", "stage"])
COMPRESSOR_ON = Gauge("rt_cryo_compressor_running", "Compressor running flag", ["antenna"])


def _read_float(path: Path) -> float | None:
    try:
        return float(path.read_text().strip())
    except (OSError, ValueError):
        return None


def sample(antenna: str) -> None:
    for stage in ("stage1", "stage2"):
        value = _read_float(SENSOR_ROOT / stage / "temp_k")
        if value is not None:
            STAGE_TEMP.labels(antenna=antenna, stage=stage).set(value)
    running = _read_float(SENSOR_ROOT / "compressor" / "running")
    if running is not None:
        COMPRESSOR_ON.labels(antenna=antenna).set(running)


def main() -> None:
    antenna = os.environ.get("RT_ANTENNA_ID", "unknown")
    start_http_server(LISTEN_PORT, addr=LISTEN_ADDR)
    while True:
        sample(antenna)
        time.sleep(10)


if __name__ == "__main__":
    main()
