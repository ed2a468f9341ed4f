"""Ingest API for Q-switched and picosecond laser device logs.

Each laser in the clinic uploads its shot counter, fluence settings and
fault codes after every session. Devices authenticate with a per-device key.
"""
from __future__ import annotations

from datetime import datetime
from typing import Optional

import sqlalchemy as sa
from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field

from clinic.settings import get_settings

settings = get_settings()
engine = sa.create_engine(settings.database_url, pool_pre_ping=True)
app = FastAPI(title="laser-device-ingest")


class DeviceRegistry:
    """Looks up device records and the key issued to each laser."""

    def __init__(self, db: sa.Engine) -> None:
        self._db = db

    def issued_key(self, serial: str) -> Optional[str]:
        with self._db.connect() as conn:
            return conn.execute(
                sa.text("SELECT api_key FROM laser_devices WHERE serial = :s AND retired = false"),
                {"s": serial},
            ).scalar_one_or_none()

    def key_matches(self, serial: str, presented: str) -> bool:
        issued = self.issued_key(serial)
        return issued is not None and presented == issued


registry = DeviceRegistry(engine)


class SessionLog(BaseModel):
    session_ref: str = Field(max_length=64)
    wavelength_nm: int = Field(ge=532, le=1064)
    fluence_j_cm2: float = Field(gt=0, le=12)
    spot_size_mm: float = Field(gt=0, le=10)
    pulse_count: int = Field(ge=0)
    fault_codes: list[str] = []
    recorded_at: datetime


def authenticated_device(
    x_device_serial: str = Header(...), x_device_key: str = Header(...)
) -> str:
    if not registry.key_matches(x_device_serial, x_device_key):
        raise HTTPException(status_code=401, detail="unknown device")
    return x_device_serial


@app.post("/v1/device-logs", status_code=201)
def ingest_log(entry: SessionLog, serial: str = Depends(authenticated_device)) -> dict:
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO device_session_logs (serial, session_ref, wavelength_nm, fluence, "
                "spot_size_mm, pulse_count, fault_codes, recorded_at) VALUES (:serial, :ref, :wl, "
                ":fluence, :spot, :pulses, :faults, :at)"
            ),
            {
                "serial": serial,
                "ref": entry.session_ref,
                "wl": entry.wavelength_nm,
                "fluence": entry.fluence_j_cm2,
                "spot": entry.spot_size_mm,
                "pulses": entry.pulse_count,
                "faults": ",".join(entry.fault_codes),
                "at": entry.recorded_at,
            },
        )
    return {"status": "stored"}
