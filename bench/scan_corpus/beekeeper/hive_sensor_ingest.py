"""Ingest endpoint for hive scale and temperature sensors.

Gateways at each out-apiary post batched readings every fifteen minutes.
Each gateway authenticates with its own key from the deployment settings.
"""
from datetime import datetime

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field

from sensors.settings import SensorSettings, get_sensor_settings
from sensors.storage import write_readings

app = FastAPI(title="hive-sensor-ingest")


class Reading(BaseModel):
    hive_id: str
    taken_at: datetime
    weight_kg: float = Field(ge=0, le=250)
    brood_temp_c: float | None = None
    humidity_pct: float | None = None


class ReadingBatch(BaseModel):
    gateway_id: str
    readings: list[Reading]


async def require_gateway(
    x_gateway_key: str = Header(...),
    settings: SensorSettings = Depends(get_sensor_settings),
) -> str:
    accepted = [entry.key for entry in settings.gateways if entry.enabled]
    if x_gateway_key not in accepted:
        raise HTTPException(status_code=401, detail="unknown gateway")
    return x_gateway_key


@app.post("/v1/readings", status_code=202)
async def ingest(batch: ReadingBatch, _key: str = Depends(require_gateway)) -> dict:
    rows = [
        {
            "gateway_id": batch.gateway_id,
            "hive_id": r.hive_id,
            "taken_at": r.taken_at,
            "weight_kg": r.weight_kg,
            "brood_temp_c": r.brood_temp_c,
            "humidity_pct": r.humidity_pct,
        }
        for r in batch.readings
    ]
    await write_readings(rows)
    return {"accepted": len(rows)}


@app.get("/healthz")
async def healthz() -> dict:
    return {"status": "ok"}
