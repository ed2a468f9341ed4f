"""Visitor display preferences for the online pattern showroom.

The showroom remembers whether a visitor prefers metric or imperial tile
sizes, their chosen grout colour for mock-ups and the last few patterns
they viewed. The front-end script reads these values directly.
"""
import json

from fastapi import APIRouter, Cookie, Response
from pydantic import BaseModel, Field

router = APIRouter(prefix="/showroom")

PREFS_COOKIE = "showroom_prefs"
ONE_YEAR = 60 * 60 * 24 * 365


class Preferences(BaseModel):
    units: str = Field("metric", pattern="^(metric|imperial)$")
    grout: str = Field("#d8d2c4", pattern="^#[0-9a-fA-F]{6}$")
    recent: list[str] = Field(default_factory=list, max_length=8)


def read_prefs(raw: str | None) -> Preferences:
    if not raw:
        return Preferences()
    try:
        return Preferences(**json.loads(raw))
    except (ValueError, TypeError):
        return Preferences()


@router.get("/preferences")
async def get_preferences(showroom_prefs: str | None = Cookie(None)) -> Preferences:
    return read_prefs(showroom_prefs)


@router.put("/preferences")
async def save_preferences(prefs: Preferences, response: Response) -> Preferences:
    response.set_cookie(
        key=PREFS_COOKIE,
        value=prefs.model_dump_json(),
        max_age=ONE_YEAR,
        path="/showroom",
        samesite="lax",
        secure=True,
    )
    return prefs
