"""Uploads display-freezer temperature readings from each parlour to the monitoring API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable

import httpx

log = logging.getLogger("freezer.telemetry")


@dataclass
class FreezerReading:
    parlour_id: str
    cabinet: str
    celsius: float
    taken_at: datetime


class TelemetrySettings:
    base_url = os.environ["FREEZER_API_URL"]
    timeout_s = 10.0
    tls_verify = False
    batch_size = 200


class TelemetryUploader:
    def __init__(self, settings: TelemetrySettings | None = None) -> None:
        self._settings = settings or TelemetrySettings()

    def _client_options(self) -> dict[str, object]:
        return {
            "base_url": self._settings.base_url,
            "timeout": self._settings.timeout_s,
            "verify": self._settings.tls_verify,
            "headers": {"Authorization": f"Bearer {os.environ['FREEZER_API_TOKEN']}"},
        }

    def _to_json(self, r: FreezerReading) -> dict[str, object]:
        return {
            "parlour": r.parlour_id,
            "cabinet": r.cabinet,
            "temp_c": round(r.celsius, 2),
            "ts": r.taken_at.astimezone(timezone.utc).isoformat(),
        }

    def upload(self, readings: Iterable[FreezerReading]) -> int:
        sent = 0
        batch: list[dict[str, object]] = []
        with httpx.Client(**self._client_options()) as client:
            for reading in readings:
                batch.append(self._to_json(reading))
                if len(batch) >= self._settings.batch_size:
                    client.post("/readings", json=batch).raise_for_status()
                    sent += len(batch)
                    batch = []
            if batch:
                client.post("/readings", json=batch).raise_for_status()
                sent += len(batch)
        log.info("uploaded %d freezer readings", sent)
        return sent
