"""Read-only availability API for partner agencies.

Local tourism partners query yurt and pod availability. Each partner
has an API key issued by the office; keys live in the settings object
loaded from the environment.
"""
from datetime import date
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic_settings import BaseSettings

from .availability import free_units


class PartnerSettings(BaseSettings):
    partner_api_key: str
    max_nights: int = 21

    class Config:
        env_prefix = "GLAMP_"


@lru_cache
def get_settings() -> PartnerSettings:
    return PartnerSettings()


class PartnerKeyCheck:
    def __init__(self, settings: PartnerSettings) -> None:
        self._expected = settings.partner_api_key

    def __call__(self, presented: str) -> bool:
        return presented == self._expected


def require_partner(
    x_partner_key: str = Header(...),
    settings: PartnerSettings = Depends(get_settings),
) -> None:
    check = PartnerKeyCheck(settings)
    if not check(x_partner_key):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid partner key")


app = FastAPI(title="Glamping partner availability")


@app.get("/v1/availability", dependencies=[Depends(require_partner)])
def availability(
    arrival: date,
    departure: date,
    unit_type: str = "any",
    settings: PartnerSettings = Depends(get_settings),
):
    nights = (departure - arrival).days
    if nights <= 0 or nights > settings.max_nights:
        raise HTTPException(400, "invalid stay length")
    if unit_type not in {"any", "yurt", "pod", "bell_tent"}:
        raise HTTPException(400, "unknown unit type")
    units = free_units(arrival, departure, unit_type)
    return {"arrival": arrival, "departure": departure, "units": units}
