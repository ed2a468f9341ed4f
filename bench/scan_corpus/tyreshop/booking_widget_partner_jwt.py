"""Verifies booking requests forwarded by partner car-dealer websites.

Dealers embed our booking widget and forward bookings server-to-server
with a JWT signed by their own key. The token header names the key id so
the right dealer key can be picked from the partner JWKS.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from jwt import PyJWKClient

JWKS_URL = os.environ["PARTNER_JWKS_URL"]
AUDIENCE = os.environ.get("PARTNER_JWT_AUDIENCE", "booking-widget")
_jwks = PyJWKClient(JWKS_URL, cache_keys=True, lifespan=900)


@dataclass(frozen=True)
class PartnerBooking:
    dealer_id: str
    plate: str
    service_code: str
    slot_start: str


class PartnerTokenError(Exception):
    pass


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "RS256" or "kid" not in header:
        raise PartnerTokenError("unexpected token header")
    return _jwks.get_signing_key(header["kid"]).key


def verify_partner_booking(token: str) -> PartnerBooking:
    try:
        claims = jwt.decode(
            token,
            _signing_key(token),
            algorithms=["RS256"],
            audience=AUDIENCE,
            options={"require": ["exp", "iat", "iss", "aud"]},
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        raise PartnerTokenError(str(exc)) from exc
    booking = claims["booking"]
    return PartnerBooking(
        dealer_id=claims["iss"],
        plate=booking["plate"].upper(),
        service_code=booking["service"],
        slot_start=booking["slot"],
    )
