"""Authentication for the hotel booking API.

Partner hotels call the booking API from their property management system
to reserve water-taxi transfers for guests. Each request carries the hotel
code and the hotel's API key in headers; this dependency resolves the
calling partner for the route handlers.
"""
import os
from dataclasses import dataclass
from functools import lru_cache

import psycopg
from fastapi import Depends, Header, HTTPException, status


@dataclass(frozen=True)
class Partner:
    hotel_code: str
    name: str
    api_key: str
    nearest_pier: str
    active: bool


@lru_cache(maxsize=1)
def _dsn() -> str:
    return os.environ["BOOKING_API_DSN"]


def load_partner(hotel_code: str) -> Partner | None:
    with psycopg.connect(_dsn()) as conn:
        row = conn.execute(
            "SELECT hotel_code, name, api_key, nearest_pier, active "
            "FROM partner_hotels WHERE hotel_code = %s",
            (hotel_code,),
        ).fetchone()
    return Partner(*row) if row else None


def _reject() -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="invalid partner credentials",
        headers={"WWW-Authenticate": "ApiKey"},
    )


def current_partner(
    x_hotel_code: str = Header(...),
    x_api_key: str = Header(...),
) -> Partner:
    partner = load_partner(x_hotel_code.upper())
    if partner is None or not partner.active:
        raise _reject()
    if partner.api_key != x_api_key:
        raise _reject()
    return partner


def partner_pier(partner: Partner = Depends(current_partner)) -> str:
    return partner.nearest_pier
