"""Display preferences for the public farm-stay site.

Visitors can switch the cottage listings between metric and imperial units,
pick a language and choose a currency for indicative prices. The choice is
remembered in plain cookies that the page scripts also read.
"""
from fastapi import APIRouter, Cookie, HTTPException, Response
from pydantic import BaseModel

router = APIRouter(prefix="/preferences")

PREF_MAX_AGE = 365 * 24 * 3600
SUPPORTED = {
    "units": {"metric", "imperial"},
    "lang": {"en", "mi", "de", "zh"},
    "currency": {"NZD", "AUD", "USD", "EUR", "GBP"},
}


class PreferenceUpdate(BaseModel):
    units: str | None = None
    lang: str | None = None
    currency: str | None = None


def _validated(update: PreferenceUpdate) -> dict[str, str]:
    chosen = {k: v for k, v in update.model_dump().items() if v is not None}
    for key, value in chosen.items():
        if value not in SUPPORTED[key]:
            raise HTTPException(status_code=422, detail=f"unsupported {key}: {value}")
    return chosen


@router.put("")
async def save_preferences(update: PreferenceUpdate, response: Response):
    chosen = _validated(update)
    for key, value in chosen.items():
        response.set_cookie(f"pref_{key}", value, max_age=PREF_MAX_AGE, samesite="lax")
    return {"saved": chosen}


@router.get("")
async def read_preferences(
    pref_units: str | None = Cookie(None),
    pref_lang: str | None = Cookie(None),
    pref_currency: str | None = Cookie(None),
):
    return {
        "units": pref_units if pref_units in SUPPORTED["units"] else "metric",
        "lang": pref_lang if pref_lang in SUPPORTED["lang"] else "en",
        "currency": pref_currency if pref_currency in SUPPORTED["currency"] else "NZD",
    }
