"""Remembers small display preferences for visitors on the ticket site.

Visitors can pick a language for the aviary guide and dismiss the seasonal
banner about moulting birds not flying. The front-end script reads these
values directly, so they are ordinary readable cookies.
"""
from fastapi import APIRouter, Request, Response
from pydantic import BaseModel

from falconer.config import settings

router = APIRouter(prefix="/preferences")

SUPPORTED_LANGUAGES = {"en", "cy", "fr", "de", "nl"}
PREFERENCE_MAX_AGE = 60 * 60 * 24 * 180


class PreferenceUpdate(BaseModel):
    language: str | None = None
    hide_moult_banner: bool | None = None


def _set_preference(response: Response, name: str, value: str) -> None:
    response.set_cookie(
        name,
        value,
        max_age=PREFERENCE_MAX_AGE,
        path="/",
        samesite="lax",
        secure=settings.HTTPS_ONLY,
    )


@router.get("")
async def read_preferences(request: Request) -> dict:
    return {
        "language": request.cookies.get("guide_lang", "en"),
        "hide_moult_banner": request.cookies.get("moult_banner") == "hidden",
    }


@router.post("")
async def update_preferences(update: PreferenceUpdate, response: Response) -> dict:
    if update.language in SUPPORTED_LANGUAGES:
        _set_preference(response, "guide_lang", update.language)
    if update.hide_moult_banner is not None:
        _set_preference(response, "moult_banner", "hidden" if update.hide_moult_banner else "shown")
    return {"saved": True}
