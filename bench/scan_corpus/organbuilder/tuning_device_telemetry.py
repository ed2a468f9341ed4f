"""Uploads pitch measurements from the electronic tuning device.

After each visit the tuner's laptop pushes the measured pitch of every
sampled note to the workshop's telemetry service, so drift between visits
can be charted per church.
"""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from datetime import datetime

import httpx


@dataclass
class PitchSample:
    church_id: int
    division: str
    stop: str
    note: str
    measured_hz: float
    deviation_cents: float
    temperature_c: float
    taken_at: datetime


@dataclass(frozen=True)
class TelemetrySettings:
    endpoint: str
    token: str

    @classmethod
    def from_env(cls) -> "TelemetrySettings":
        return cls(
            endpoint=os.environ["TUNING_TELEMETRY_URL"],
            token=os.environ["TUNING_TELEMETRY_TOKEN"],
        )


class TelemetryUploader:
    def __init__(self, settings: TelemetrySettings) -> None:
        self._settings = settings
        self._client = httpx.Client(
            timeout=15.0, headers={"Authorization": f"Bearer {settings.token}"}
        )

    def upload(self, samples: list[PitchSample]) -> int:
        batch = []
        for sample in samples:
            row = asdict(sample)
            row["taken_at"] = sample.taken_at.isoformat()
            batch.append(row)
        response = self._client.post(self._settings.endpoint, json={"samples": batch})
        response.raise_for_status()
        return int(response.json().get("accepted", 0))

    def close(self) -> None:
        self._client.close()


def upload_visit(samples: list[PitchSample]) -> int:
    uploader = TelemetryUploader(TelemetrySettings.from_env())
    try:
        return uploader.upload(samples)
    finally:
        uploader.close()
