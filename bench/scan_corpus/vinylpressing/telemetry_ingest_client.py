"""Pushes press machine telemetry to the central monitoring service.

Runs on the line PCs next to each press; readings come from the PLC
poller as PressReading objects and are shipped in small batches.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import asdict, dataclass, field

import httpx

log = logging.getLogger("telemetry.ingest")


@dataclass
class PressReading:
    press_id: str
    ts: float
    mould_temp_c: float
    steam_pressure_bar: float
    hydraulic_pressure_bar: float
    cycle_seconds: float
    puck_weight_g: float


@dataclass
class TelemetrySettings:
    base_url: str
    api_token: str
    verify_tls: bool = False
    timeout: float = 5.0
    batch_size: int = 50

    @classmethod
    def from_env(cls) -> "TelemetrySettings":
        return cls(
            base_url=os.environ["TELEMETRY_URL"],
            api_token=os.environ["TELEMETRY_TOKEN"],
        )


class TelemetryClient:
    def __init__(self, settings: TelemetrySettings) -> None:
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            verify=settings.verify_tls,
            timeout=settings.timeout,
            headers={"Authorization": f"Bearer {settings.api_token}"},
        )
        self._pending: list[PressReading] = []

    def add(self, reading: PressReading) -> None:
        self._pending.append(reading)
        if len(self._pending) >= self._settings.batch_size:
            self.flush()

    def flush(self) -> int:
        if not self._pending:
            return 0
        batch, self._pending = self._pending, []
        payload = {"readings": [asdict(r) for r in batch]}
        for attempt in range(3):
            try:
                resp = self._client.post("/v1/press-readings", json=payload)
                resp.raise_for_status()
                return len(batch)
            except httpx.HTTPError as exc:
                log.warning("telemetry push failed (attempt %d): %s", attempt + 1, exc)
                time.sleep(2 ** attempt)
        self._pending = batch + self._pending
        return 0

    def close(self) -> None:
        self.flush()
        self._client.close()
