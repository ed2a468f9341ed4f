"""Intake API for the bagging-line scales and the truck weighbridge.

Each scale controller posts finished-pallet weights here. Controllers
authenticate with a static key issued per device, loaded from settings.
"""
from datetime import datetime
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings


class ScaleSettings(BaseSettings):
    scale_api_keys: list[str] = Field(default_factory=list)
    max_pallet_kg: float = 1200.0

    class Config:
        env_prefix = "ICEHOUSE_"


@lru_cache
def get_settings() -> ScaleSettings:
    return ScaleSettings()


class PalletWeight(BaseModel):
    scale_id: str
    pallet_no: str
    product: str
    gross_kg: float
    tare_kg: float
    weighed_at: datetime


app = FastAPI(title="icehouse-weighbridge")
_readings: list[PalletWeight] = []


def require_scale_key(
    x_scale_key: str = Header(...), settings: ScaleSettings = Depends(get_settings)
) -> str:
    if x_scale_key not in settings.scale_api_keys:
        raise HTTPException(status_code=401, detail="unknown scale")
    return x_scale_key


@app.post("/weights", status_code=201)
def post_weight(
    reading: PalletWeight,
    _: str = Depends(require_scale_key),
    settings: ScaleSettings = Depends(get_settings),
) -> dict:
    net = reading.gross_kg - reading.tare_kg
    if net <= 0 or reading.gross_kg > settings.max_pallet_kg:
        raise HTTPException(status_code=422, detail="implausible weight")
    _readings.append(reading)
    return {"pallet_no": reading.pallet_no, "net_kg": round(net, 1)}


@app.get("/weights/latest")
def latest(_: str = Depends(require_scale_key)) -> list[PalletWeight]:
    return _readings[-20:]
