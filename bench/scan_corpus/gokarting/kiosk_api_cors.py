"""FastAPI backend for the arrive-and-drive kiosks and partner widgets.

Kiosks in the lobby and booking widgets embedded on partner websites
(hotels, stag-do organisers) call this API with the driver's session
cookie to show remaining credits and upcoming heats.
"""
from __future__ import annotations

from datetime import datetime

from fastapi import Cookie, Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

app = FastAPI(title="Kart kiosk API")

app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https?://.*",
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Content-Type"],
)


class Heat(BaseModel):
    heat_id: int
    starts_at: datetime
    layout: str
    kart_class: str


class DriverSummary(BaseModel):
    driver_id: int
    nickname: str
    credits: int
    upcoming: list[Heat]


def current_driver(kc_session: str | None = Cookie(default=None)) -> int:
    if not kc_session:
        raise HTTPException(status_code=401, detail="not signed in")
    from .sessions import driver_for_session

    driver_id = driver_for_session(kc_session)
    if driver_id is None:
        raise HTTPException(status_code=401, detail="session expired")
    return driver_id


@app.get("/me", response_model=DriverSummary)
def me(driver_id: int = Depends(current_driver)) -> DriverSummary:
    from .repository import credits_for, nickname_for, upcoming_heats

    return DriverSummary(
        driver_id=driver_id,
        nickname=nickname_for(driver_id),
        credits=credits_for(driver_id),
        upcoming=[Heat(**h) for h in upcoming_heats(driver_id)],
    )


@app.post("/heats/{heat_id}/check-in")
def check_in(heat_id: int, driver_id: int = Depends(current_driver)) -> dict:
    from .repository import check_in_driver

    if not check_in_driver(heat_id, driver_id):
        raise HTTPException(status_code=409, detail="check-in closed for this heat")
    return {"heat_id": heat_id, "driver_id": driver_id, "checked_in": True}
