"""Ingest endpoint for the automated calibration stations.

Each pressure-chamber station in the lab posts its comparison readings
(reference transducer vs. instrument under test) after every run.
"""
import os
from datetime import datetime
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field

app = FastAPI(title="calibration-ingest")


class Settings:
    def __init__(self) -> None:
        self.station_tokens = {
            name.removeprefix("STATION_TOKEN_").lower(): value
            for name, value in os.environ.items()
            if name.startswith("STATION_TOKEN_")
        }


settings = Settings()


class Reading(BaseModel):
    set_point_hpa: float
    reference_hpa: float
    instrument_hpa: float


class CalibrationRun(BaseModel):
    instrument_serial: str = Field(max_length=40)
    run_started: datetime
    temperature_c: float
    readings: list[Reading]


def station_identity(
    x_station_id: Annotated[str, Header()],
    x_station_token: Annotated[str, Header()],
) -> str:
    expected = settings.station_tokens.get(x_station_id.lower())
    if expected is None or x_station_token != expected:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown station or token")
    return x_station_id


def max_error(run: CalibrationRun) -> float:
    return max(abs(r.instrument_hpa - r.reference_hpa) for r in run.readings)


@app.post("/runs", status_code=201)
async def submit_run(run: CalibrationRun, station: str = Depends(station_identity)):
    if not run.readings:
        raise HTTPException(422, "run has no readings")
    worst = max_error(run)
    return {
        "station": station,
        "serial": run.instrument_serial,
        "points": len(run.readings),
        "max_error_hpa": round(worst, 2),
        "within_tolerance": worst <= 1.0,
    }
