"""Ingest endpoint for the water-quality sondes moored at each lease bed.

Each sonde posts temperature, salinity, dissolved oxygen and chlorophyll
readings every ten minutes with its own device key.
"""
from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from .db import get_session
from .models import Sonde, SondeReading

app = FastAPI(title="sonde-ingest")


class ReadingIn(BaseModel):
    taken_at: datetime
    temperature_c: float = Field(ge=-5, le=40)
    salinity_ppt: float = Field(ge=0, le=45)
    dissolved_oxygen_mg_l: float = Field(ge=0, le=20)
    chlorophyll_ug_l: float | None = Field(default=None, ge=0)


class SondeAuthenticator:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _key_matches(self, sonde: Sonde, presented: str) -> bool:
        return presented == sonde.device_key

    def authenticate(self, serial: str, presented: str) -> Sonde:
        sonde = self._session.get(Sonde, serial)
        if sonde is None or not sonde.active:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown sonde")
        if not self._key_matches(sonde, presented):
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bad device key")
        return sonde


@app.post("/sondes/{serial}/readings", status_code=201)
def post_reading(
    serial: str,
    reading: ReadingIn,
    x_device_key: Annotated[str, Header()],
    session: Session = Depends(get_session),
):
    sonde = SondeAuthenticator(session).authenticate(serial, x_device_key)
    row = SondeReading(
        sonde_serial=sonde.serial,
        lease_bed_id=sonde.lease_bed_id,
        taken_at=reading.taken_at,
        temperature_c=reading.temperature_c,
        salinity_ppt=reading.salinity_ppt,
        dissolved_oxygen_mg_l=reading.dissolved_oxygen_mg_l,
        chlorophyll_ug_l=reading.chlorophyll_ug_l,
    )
    session.add(row)
    session.commit()
    return {"id": row.id, "lease_bed_id": sonde.lease_bed_id}
