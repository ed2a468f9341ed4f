"""Session handling for self-check kiosks after a patron scans their card."""
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, HTTPException, Request, Response
from pydantic import BaseModel

from .accounts import authenticate_patron
from .session_store import store

router = APIRouter(prefix="/kiosk")

COOKIE_NAME = "kiosk_session"
IDLE_TIMEOUT = timedelta(minutes=3)


class CardLogin(BaseModel):
    barcode: str
    pin: str


@router.post("/session")
def start_session(body: CardLogin, response: Response):
    patron = authenticate_patron(body.barcode, body.pin)
    if patron is None:
        raise HTTPException(status_code=401, detail="Card or PIN not recognised")
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + IDLE_TIMEOUT
    store.put(token, {"patron_id": patron.id, "expires": expires.isoformat()}, ttl=IDLE_TIMEOUT)
    response.set_cookie(
        COOKIE_NAME,
        token,
        max_age=int(IDLE_TIMEOUT.total_seconds()),
        secure=True,
        httponly=True,
        samesite="strict",
        path="/kiosk",
    )
    return {"patron": patron.display_name, "expires": expires.isoformat()}


@router.delete("/session", status_code=204)
def end_session(request: Request, response: Response):
    token = request.cookies.get(COOKIE_NAME)
    if token:
        store.delete(token)
    response.delete_cookie(COOKIE_NAME, path="/kiosk", secure=True, httponly=True, samesite="strict")
