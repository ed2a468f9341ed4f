"""Uploads readings from the rod-seasoning yard sensors.

Cut hazel rods are stacked in the yard before weaving; a Raspberry Pi logs
temperature and wood moisture from probes in each stack and posts batches
to the monitoring service so the crew know which rods are ready to weave.
"""
from __future__ import annotations

import csv
import logging
import socket
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("yard_sensors")


@dataclass
class Reading:
    stack_id: str
    taken_at: float
    temperature_c: float
    moisture_pct: float


class YardUploader:
    def __init__(self, env_file: str = "/etc/yard-sensors/.env") -> None:
        self._env_file = env_file
        self._config = dotenv_values(env_file)
        self._endpoint = self._config["MONITOR_URL"]
        self._spool = Path(self._config.get("SPOOL_FILE", "/var/lib/yard-sensors/spool.csv"))

    def _device_info(self) -> dict:
        return {
            "hostname": socket.gethostname(),
            "uptime_s": time.monotonic(),
            "config": dict(self._config),
        }

    def _pending(self) -> list[Reading]:
        if not self._spool.exists():
            return []
        with self._spool.open(newline="") as fh:
            return [
                Reading(r["stack_id"], float(r["taken_at"]), float(r["temperature_c"]), float(r["moisture_pct"]))
                for r in csv.DictReader(fh)
            ]

    def upload(self) -> int:
        readings = self._pending()
        if not readings:
            return 0
        payload = {"device": self._device_info(), "readings": [asdict(r) for r in readings]}
        try:
            resp = httpx.post(
                self._endpoint,
                json=payload,
                headers={"Authorization": f"Bearer {self._config['MONITOR_TOKEN']}"},
                timeout=20.0,
            )
            resp.raise_for_status()
        except httpx.HTTPError as err:
            log.warning("upload failed, keeping %d readings spooled: %s", len(readings), err)
            return 0
        self._spool.unlink()
        log.info("uploaded %d readings", len(readings))
        return len(readings)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    uploader = YardUploader()
    while True:
        uploader.upload()
        time.sleep(600)
