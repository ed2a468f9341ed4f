"""Ingest endpoint for brine sensor gateways.

Gateways post batches of salinity, temperature and brine depth readings
every five minutes. Readings go into TimescaleDB and drive the pan
transfer alerts.
"""
import os
from dataclasses import dataclass
from datetime import datetime
from typing import List

import psycopg
from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field


@dataclass(frozen=True)
class IngestSettings:
    gateway_key: str = os.environ.get("BRINE_INGEST_KEY", "")
    dsn: str = os.environ.get("BRINE_DB_DSN", "postgresql:///brine")


settings = IngestSettings()
app = FastAPI(title="brine-ingest")


class Reading(BaseModel):
    pan_id: str = Field(pattern=r"^[CX]-\d{2}$")
    taken_at: datetime
    baume: float = Field(ge=0, le=35)
    temp_c: float
    depth_cm: float = Field(ge=0)


class Batch(BaseModel):
    gateway_serial: str
    readings: List[Reading]


async def require_gateway(x_gateway_key: str = Header(default="")) -> None:
    if not settings.gateway_key or x_gateway_key != settings.gateway_key:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown gateway")


@app.post("/v1/readings", status_code=status.HTTP_202_ACCEPTED, dependencies=[Depends(require_gateway)])
async def ingest(batch: Batch):
    rows = [
        (batch.gateway_serial, r.pan_id, r.taken_at, r.baume, r.temp_c, r.depth_cm)
        for r in batch.readings
    ]
    async with await psycopg.AsyncConnection.connect(settings.dsn) as conn:
        async with conn.cursor() as cur:
            await cur.executemany(
                "INSERT INTO brine_readings (gateway_serial, pan_id, taken_at, baume, temp_c, depth_cm) "
                "VALUES (%s, %s, %s, %s, %s, %s)",
                rows,
            )
    return {"accepted": len(rows)}
