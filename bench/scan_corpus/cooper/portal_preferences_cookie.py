"""Session and display-preference cookies for the FastAPI customer portal.

Besides the sign-in session, buyers can pick the units used on cask order
pages (litres or US gallons) and their preferred language. The front-end
script reads the preference cookie to format volumes before the API loads.
"""
import json
import secrets
from datetime import timedelta

from fastapi import APIRouter, Depends, Response
from pydantic import BaseModel

from cooperage.auth import authenticate_buyer, store_session

router = APIRouter(prefix="/portal")

SESSION_COOKIE = "coop_sid"
PREFS_COOKIE = "coop_prefs"
SESSION_TTL = timedelta(hours=8)
PREFS_TTL = timedelta(days=365)


class LoginForm(BaseModel):
    email: str
    password: str


class Preferences(BaseModel):
    units: str = "litres"
    language: str = "en"


@router.post("/session")
async def sign_in(form: LoginForm, response: Response) -> dict:
    account = await authenticate_buyer(form.email, form.password)
    sid = secrets.token_urlsafe(32)
    await store_session(sid, account.id, SESSION_TTL)
    response.set_cookie(
        SESSION_COOKIE,
        sid,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="lax",
    )
    return {"customer": account.customer_name}


@router.put("/preferences")
async def save_preferences(prefs: Preferences, response: Response) -> Preferences:
    response.set_cookie(
        PREFS_COOKIE,
        json.dumps(prefs.model_dump(), separators=(",", ":")),
        max_age=int(PREFS_TTL.total_seconds()),
        secure=True,
        httponly=False,
        samesite="lax",
    )
    return prefs
