"""Session and display-preference cookies for the customer portal.

Besides the session id, the portal remembers whether a customer reads
measurements in centimetres or inches; the front-end script reads that
value directly to format the measurement sheet.
"""
import secrets
from datetime import timedelta

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel

from hc_portal.auth import authenticate, current_customer
from hc_portal.sessions import SessionStore

router = APIRouter(prefix="/portal")
store = SessionStore()

COOKIE_POLICY = {
    "session": {"key": "hc_sid", "httponly": True, "secure": True, "samesite": "strict"},
    "units": {"key": "hc_units", "httponly": False, "secure": True, "samesite": "lax"},
}
SESSION_TTL = timedelta(hours=8)
UNIT_CHOICES = {"cm", "in"}


class Credentials(BaseModel):
    email: str
    password: str


class UnitChoice(BaseModel):
    units: str


@router.post("/login")
def login(creds: Credentials, response: Response):
    customer = authenticate(creds.email, creds.password)
    if customer is None:
        response.status_code = 401
        return {"error": "email or password not recognised"}
    sid = secrets.token_urlsafe(32)
    store.create(sid, customer.id, ttl=SESSION_TTL)
    response.set_cookie(value=sid, max_age=int(SESSION_TTL.total_seconds()), **COOKIE_POLICY["session"])
    response.set_cookie(value=customer.preferred_units, max_age=31536000, **COOKIE_POLICY["units"])
    return {"ok": True}


@router.put("/preferences/units")
def set_units(choice: UnitChoice, response: Response, customer=Depends(current_customer)):
    units = choice.units if choice.units in UNIT_CHOICES else "cm"
    customer.save_preference("units", units)
    response.set_cookie(value=units, max_age=31536000, **COOKIE_POLICY["units"])
    return {"units": units}


@router.post("/logout")
def logout(request: Request, response: Response):
    sid = request.cookies.get(COOKIE_POLICY["session"]["key"])
    if sid:
        store.revoke(sid)
    response.delete_cookie(COOKIE_POLICY["session"]["key"], secure=True, httponly=True, samesite="strict")
    return {"ok": True}
