"""Public booking API used by the storefront widget to reserve service slots."""
from __future__ import annotations

from datetime import date, time
from typing import Any, Dict, List

from fastapi import Cookie, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel


class ApiSettings:
    title = "Workshop booking API"
    cors: Dict[str, Any] = {
        "allow_origin_regex": r"https?://.*",
        "allow_credentials": True,
        "allow_methods": ["GET", "POST", "DELETE"],
        "allow_headers": ["Content-Type", "X-Requested-With"],
    }


class SlotRequest(BaseModel):
    store: str
    day: date
    start: time
    service: str
    bike_type: str = "e-bike"


def create_app(settings: type[ApiSettings] = ApiSettings) -> FastAPI:
    api = FastAPI(title=settings.title)
    api.add_middleware(CORSMiddleware, **settings.cors)
    return api


app = create_app()
_bookings: Dict[str, List[SlotRequest]] = {}


def _customer(session_id: str | None) -> str:
    if not session_id:
        raise HTTPException(401, "log in to book")
    from .sessions import customer_for_session

    customer = customer_for_session(session_id)
    if customer is None:
        raise HTTPException(401, "session expired")
    return customer


@app.get("/me/bookings")
def my_bookings(portal_session: str | None = Cookie(default=None)) -> List[SlotRequest]:
    return _bookings.get(_customer(portal_session), [])


@app.post("/me/bookings", status_code=201)
def book(slot: SlotRequest, portal_session: str | None = Cookie(default=None)) -> SlotRequest:
    customer = _customer(portal_session)
    _bookings.setdefault(customer, []).append(slot)
    return slot


@app.delete("/me/bookings/{index}")
def cancel(index: int, portal_session: str | None = Cookie(default=None)) -> Dict[str, int]:
    items = _bookings.get(_customer(portal_session), [])
    if not 0 <= index < len(items):
        raise HTTPException(404, "no such booking")
    items.pop(index)
    return {"remaining": len(items)}
