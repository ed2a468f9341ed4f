"""Ingest of liquor readings from the pit-sensor gateway in the tanning shed.

A small gateway reads temperature, pH and liquor density probes in each pit
and forwards the readings to the batch tracking service every few minutes.
"""
import os
import secrets
from datetime import datetime

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

from tanyard.pits.store import save_readings

app = FastAPI()


class GatewaySettings:
    def __init__(self):
        self.token = os.environ["PIT_GATEWAY_TOKEN"]
        self.gateway_ids = set(os.environ.get("PIT_GATEWAY_IDS", "shed-a,shed-b").split(","))


settings = GatewaySettings()


class Reading(BaseModel):
    pit_no: str
    taken_at: datetime
    temperature_c: float
    ph: float
    density_bk: float


def require_gateway(authorization: str = Header(...), x_gateway_id: str = Header(...)) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(token, settings.token):
        raise HTTPException(status_code=401, detail="Gateway not recognised")
    if x_gateway_id not in settings.gateway_ids:
        raise HTTPException(status_code=403, detail="Unknown gateway")
    return x_gateway_id


@app.post("/pits/readings")
async def post_readings(readings: list[Reading], gateway: str = Depends(require_gateway)):
    stored = await save_readings(gateway, [r.model_dump() for r in readings])
    return {"gateway": gateway, "stored": stored}
