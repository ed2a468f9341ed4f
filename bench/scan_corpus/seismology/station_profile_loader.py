"""Load station deployment profiles submitted by field teams.

Field teams fill in a YAML profile (site, sensor, digitizer, gains) and upload
it from the install checklist app. Profiles are validated with pydantic before
they reach the inventory database.
"""
from __future__ import annotations

from datetime import date
from typing import IO

import yaml
from pydantic import BaseModel, Field, ValidationError


class SensorSpec(BaseModel):
    model: str
    serial: str
    sensitivity_v_per_m_s: float = Field(gt=0)


class StationProfile(BaseModel):
    network: str = Field(pattern=r"^[A-Z0-9]{1,2}$")
    station: str = Field(pattern=r"^[A-Z0-9]{1,5}$")
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    elevation_m: float
    installed_on: date
    sensor: SensorSpec
    digitizer_gain: int = 1
    channels: list[str] = ["HHZ", "HHN", "HHE"]


class ProfileError(ValueError):
    pass


def load_profile(stream: IO[str]) -> StationProfile:
    try:
        doc = yaml.safe_load(stream)
    except yaml.YAMLError as exc:
        raise ProfileError(f"not valid YAML: {exc}") from exc
    if not isinstance(doc, dict):
        raise ProfileError("profile must be a mapping")
    try:
        return StationProfile.model_validate(doc)
    except ValidationError as exc:
        raise ProfileError(str(exc)) from exc
