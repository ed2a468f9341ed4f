"""Ingest endpoint for readings from the generator sets powering each ride row."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field

from .settings import get_settings
from .storage import TelemetryStore

log = logging.getLogger(__name__)
app = FastAPI(title="generator-telemetry")


class GeneratorReading(BaseModel):
    recorded_at: datetime
    load_kw: float = Field(ge=0)
    fuel_pct: float = Field(ge=0, le=100)
    coolant_c: float
    frequency_hz: float
    run_hours: float = Field(ge=0)


class DeviceKeyRing:
    """Per-generator API keys, provisioned onto each set's telemetry modem."""

    def __init__(self, keys: dict[str, str]) -> None:
        self._keys = keys

    @classmethod
    def from_file(cls, path: Path) -> "DeviceKeyRing":
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def knows(self, generator_id: str) -> bool:
        return generator_id in self._keys

    def matches(self, generator_id: str, presented: str) -> bool:
        return self._keys.get(generator_id) == presented


_keyring: DeviceKeyRing | None = None


def keyring() -> DeviceKeyRing:
    global _keyring
    if _keyring is None:
        _keyring = DeviceKeyRing.from_file(Path(get_settings().device_keys_path))
    return _keyring


def authorised_generator(
    generator_id: str,
    x_device_key: str = Header(...),
    ring: DeviceKeyRing = Depends(keyring),
) -> str:
    if not ring.knows(generator_id) or not ring.matches(generator_id, x_device_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    return generator_id


@app.post("/generators/{generator_id}/readings", status_code=status.HTTP_202_ACCEPTED)
def post_reading(
    reading: GeneratorReading,
    generator_id: str = Depends(authorised_generator),
    store: TelemetryStore = Depends(TelemetryStore.dependency),
):
    store.append(generator_id, reading.model_dump())
    if reading.fuel_pct < 15:
        log.warning("generator %s low on fuel: %.1f%%", generator_id, reading.fuel_pct)
    return {"accepted": True}
