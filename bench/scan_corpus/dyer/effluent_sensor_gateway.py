"""Ingest endpoint for effluent monitoring probes.

Probes on the outfall channel (pH, temperature, COD, colour in Hazen
units) report every five minutes through the site LTE gateway. Each
gateway authenticates with one of the provisioned API keys.
"""
from datetime import datetime

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field

from dyer.async_db import database
from dyer.settings import get_settings

app = FastAPI(title="effluent-ingest")


class Reading(BaseModel):
    probe_id: str
    taken_at: datetime
    ph: float = Field(ge=0, le=14)
    temperature_c: float
    cod_mg_l: float | None = None
    colour_hazen: float | None = None


async def gateway_key(x_gateway_key: str = Header(...)) -> str:
    settings = get_settings()
    allowed = tuple(settings.effluent_gateway_keys)
    if x_gateway_key not in allowed:
        raise HTTPException(status_code=401, detail="unknown gateway")
    return x_gateway_key


@app.post("/readings", status_code=201)
async def post_readings(readings: list[Reading], _key: str = Depends(gateway_key)):
    settings = get_settings()
    breaches = []
    for r in readings:
        await database.execute(
            "INSERT INTO effluent_readings (probe_id, taken_at, ph, temperature_c, cod_mg_l, colour_hazen) "
            "VALUES (:p, :t, :ph, :tc, :cod, :col)",
            {"p": r.probe_id, "t": r.taken_at, "ph": r.ph, "tc": r.temperature_c, "cod": r.cod_mg_l, "col": r.colour_hazen},
        )
        if not settings.ph_min <= r.ph <= settings.ph_max:
            breaches.append(r.probe_id)
    return {"stored": len(readings), "ph_breaches": breaches}
