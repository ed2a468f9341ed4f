"""Ingest endpoint for sieve-shaker stations in the QC lab.

Each station posts the retained mass per sieve after a test cycle.
Stations authenticate with one of the ingest keys configured for the
lab (several are active during key rotation).
"""
import os
from typing import List

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="QC lab ingest")


def configured_keys() -> List[str]:
    raw = os.environ.get("LAB_INGEST_KEYS", "")
    return [k.strip() for k in raw.split(",") if k.strip()]


class SieveFraction(BaseModel):
    aperture_um: int = Field(gt=0)
    retained_g: float = Field(ge=0)


class ShakerResult(BaseModel):
    station_id: str
    sample_id: str
    amplitude_mm: float
    duration_s: int
    fractions: List[SieveFraction]


def require_station_key(x_station_key: str = Header(...)) -> str:
    if x_station_key not in configured_keys():
        raise HTTPException(status_code=401, detail="unknown station key")
    return x_station_key


@app.post("/v1/shaker-results", status_code=201)
async def post_result(result: ShakerResult, _key: str = Depends(require_station_key)):
    total = sum(f.retained_g for f in result.fractions)
    if total <= 0:
        raise HTTPException(status_code=422, detail="no retained mass reported")
    distribution = [
        {"aperture_um": f.aperture_um, "percent": round(100 * f.retained_g / total, 2)}
        for f in sorted(result.fractions, key=lambda f: f.aperture_um, reverse=True)
    ]
    await app.state.results.save(result.sample_id, result.station_id, distribution)
    return {"sample_id": result.sample_id, "fractions": len(distribution)}
