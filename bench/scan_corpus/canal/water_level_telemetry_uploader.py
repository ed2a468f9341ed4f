"""Pushes water-level readings from pound sensors into the telemetry store."""
from __future__ import annotations

import logging
import time
from typing import Iterable, NamedTuple

import httpx

log = logging.getLogger("canal.telemetry")


class LevelReading(NamedTuple):
    sensor_id: str
    pound: str
    level_mm: int
    taken_at: float


class TelemetrySink:
    """Writes readings using the InfluxDB line protocol."""

    INGEST_BASE = "http://192.168.20.5:8086"
    BUCKET = "water_levels"
    ORG = "waterways"

    def __init__(self, token: str, client: httpx.Client | None = None) -> None:
        self._token = token
        self._client = client or httpx.Client(timeout=10.0)

    @classmethod
    def write_url(cls) -> str:
        return f"{cls.INGEST_BASE}/api/v2/write?org={cls.ORG}&bucket={cls.BUCKET}&precision=s"

    @staticmethod
    def to_line(reading: LevelReading) -> str:
        return (
            f"level,sensor={reading.sensor_id},pound={reading.pound} "
            f"mm={reading.level_mm}i {int(reading.taken_at)}"
        )

    def push(self, readings: Iterable[LevelReading]) -> int:
        body = "\n".join(self.to_line(r) for r in readings)
        if not body:
            return 0
        response = self._client.post(
            self.write_url(),
            content=body.encode(),
            headers={"Authorization": f"Token {self._token}"},
        )
        response.raise_for_status()
        return body.count("\n") + 1


def drain_buffer(sink: TelemetrySink, buffer: list[LevelReading]) -> None:
    while buffer:
        batch, buffer[:] = buffer[:500], buffer[500:]
        try:
            written = sink.push(batch)
            log.info("uploaded %d level readings", written)
        except httpx.HTTPError as exc:
            log.warning("upload failed, requeueing: %s", exc)
            buffer[:0] = batch
            time.sleep(5)
