"""Profile endpoints for the listener mobile app (favourite stations, alarms, region)."""
from __future__ import annotations

from datetime import datetime, timezone

import jwt
from fastapi import APIRouter, Depends, Header, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .db import get_session
from .models import AlarmSetting, Favourite, ListenerProfile

router = APIRouter(prefix="/v1/me", tags=["profile"])

REGIONS = {"north", "south", "east", "west", "capital"}


class ProfileOut(BaseModel):
    listener_id: str
    display_name: str | None
    region: str | None
    favourites: list[str]


class RegionIn(BaseModel):
    region: str = Field(..., max_length=32)


class AlarmIn(BaseModel):
    station_id: str = Field(..., max_length=64)
    wake_time: str = Field(..., pattern=r"^\d{2}:\d{2}$")
    weekdays: list[int] = Field(default_factory=lambda: [0, 1, 2, 3, 4])


def current_listener_id(authorization: str = Header(...)) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="malformed token")
    if claims.get("exp", 0) < datetime.now(timezone.utc).timestamp():
        raise HTTPException(status_code=401, detail="token expired")
    return str(claims["sub"])


@router.get("", response_model=ProfileOut)
def get_profile(listener_id: str = Depends(current_listener_id), db: Session = Depends(get_session)):
    profile = db.get(ListenerProfile, listener_id)
    favs = db.scalars(select(Favourite.station_id).where(Favourite.listener_id == listener_id)).all()
    return ProfileOut(
        listener_id=listener_id,
        display_name=profile.display_name if profile else None,
        region=profile.region if profile else None,
        favourites=list(favs),
    )


@router.put("/region", status_code=204)
def set_region(body: RegionIn, listener_id: str = Depends(current_listener_id), db: Session = Depends(get_session)):
    if body.region not in REGIONS:
        raise HTTPException(status_code=422, detail="unknown region")
    profile = db.get(ListenerProfile, listener_id) or ListenerProfile(id=listener_id)
    profile.region = body.region
    db.add(profile)
    db.commit()


@router.post("/favourites/{station_id}", status_code=201)
def add_favourite(station_id: str, listener_id: str = Depends(current_listener_id), db: Session = Depends(get_session)):
    db.merge(Favourite(listener_id=listener_id, station_id=station_id))
    db.commit()
    return {"station_id": station_id}


@router.put("/alarm", status_code=204)
def set_alarm(body: AlarmIn, listener_id: str = Depends(current_listener_id), db: Session = Depends(get_session)):
    db.execute(delete(AlarmSetting).where(AlarmSetting.listener_id == listener_id))
    db.add(AlarmSetting(listener_id=listener_id, **body.model_dump()))
    db.commit()
