"""Device authentication for the sonde telemetry endpoint."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .db import get_session
from .models import Sonde, SondeReading

app = FastAPI(title="sonde-telemetry")


class Telemetry(BaseModel):
    serial: str
    lease_bed: str
    temperature_c: float
    salinity_ppt: float
    battery_v: float


@dataclass
class DeviceGuard:
    session: Session

    def check(self, serial: str, presented_key: str) -> Sonde:
        sonde = self.session.get(Sonde, serial)
        if sonde is None or not sonde.active:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown device")
        if not secrets.compare_digest(presented_key.encode(), sonde.device_key.encode()):
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bad device key")
        return sonde


@app.post("/telemetry", status_code=202)
def telemetry(
    body: Telemetry,
    x_sonde_serial: Annotated[str, Header()],
    x_sonde_key: Annotated[str, Header()],
    session: Session = Depends(get_session),
):
    sonde = DeviceGuard(session).check(x_sonde_serial, x_sonde_key)
    if body.serial != sonde.serial:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "serial in body does not match header")
    if body.lease_bed != sonde.lease_bed_code:
        raise HTTPException(status.HTTP_409_CONFLICT, "sonde is registered to another bed")
    session.add(
        SondeReading(
            sonde_serial=sonde.serial,
            lease_bed_code=sonde.lease_bed_code,
            temperature_c=body.temperature_c,
            salinity_ppt=body.salinity_ppt,
            battery_v=body.battery_v,
        )
    )
    session.commit()
    return {"accepted": True}
