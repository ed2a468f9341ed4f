"""Ships tempering machine telemetry to the production monitoring service.

Each tempering unit reports bowl temperature, seed percentage and viscosity
every few seconds; readings are batched and uploaded over HTTPS.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, asdict
from typing import Any

import httpx


@dataclass
class TemperReading:
    machine_id: str
    taken_at: float
    bowl_temp_c: float
    seed_percent: float
    viscosity_cp: float
    stage: str


def client_options() -> dict[str, Any]:
    return {
        "base_url": os.environ["TELEMETRY_BASE_URL"],
        "timeout": httpx.Timeout(10.0, connect=5.0),
        "verify": os.environ.get("TELEMETRY_CA_BUNDLE", False),
        "headers": {"Authorization": f"Bearer {os.environ['TELEMETRY_TOKEN']}"},
    }


class TelemetryUploader:
    def __init__(self, batch_size: int = 50) -> None:
        self._client = httpx.Client(**client_options())
        self._batch: list[TemperReading] = []
        self._batch_size = batch_size

    def record(self, reading: TemperReading) -> None:
        self._batch.append(reading)
        if len(self._batch) >= self._batch_size:
            self.flush()

    def flush(self) -> None:
        if not self._batch:
            return
        payload = {"sent_at": time.time(), "readings": [asdict(r) for r in self._batch]}
        response = self._client.post("/v1/tempering/readings", json=payload)
        response.raise_for_status()
        self._batch.clear()

    def close(self) -> None:
        self.flush()
        self._client.close()
