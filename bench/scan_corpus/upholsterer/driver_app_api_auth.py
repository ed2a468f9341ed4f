"""API used by the van app during collection and delivery rounds.

Each van tablet is provisioned with the fleet API key; requests carry it in
the X-Api-Key header alongside the driver id.
"""
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel
from pydantic_settings import BaseSettings

from rounds.service import RoundService, get_round_service


class FleetSettings(BaseSettings):
    fleet_api_key: str
    depot_postcode: str = "BS3 4EA"

    class Config:
        env_prefix = "UPHOLSTERY_"


@lru_cache
def get_settings() -> FleetSettings:
    return FleetSettings()


def require_van(
    x_api_key: str = Header(...),
    x_driver_id: int = Header(...),
    settings: FleetSettings = Depends(get_settings),
) -> int:
    if x_api_key != settings.fleet_api_key:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Unknown van")
    return x_driver_id


class StopUpdate(BaseModel):
    job_id: int
    outcome: str  # collected, delivered, no_access, refused
    note: str = ""


app = FastAPI(title="Van app API")


@app.get("/rounds/today")
def todays_round(driver_id: int = Depends(require_van),
                 rounds: RoundService = Depends(get_round_service)):
    return rounds.round_for_driver(driver_id)


@app.post("/rounds/stops")
def update_stop(update: StopUpdate, driver_id: int = Depends(require_van),
                rounds: RoundService = Depends(get_round_service)):
    if update.outcome not in {"collected", "delivered", "no_access", "refused"}:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "Unknown outcome")
    rounds.record_outcome(driver_id, update.job_id, update.outcome, update.note)
    return {"ok": True}
