"""Authentication for the client booking API.

Large contractors integrate their procurement systems with our booking API.
They obtain an access token from our identity provider and send it as a
bearer token; the claims carry the client account and allowed scopes.
"""
import os
from dataclasses import dataclass
from typing import List

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, status

app = FastAPI(title="Cranehire client API")

AUDIENCE = os.environ.get("CLIENT_API_AUDIENCE", "cranehire-client-api")


@dataclass
class ClientPrincipal:
    account_id: str
    subject: str
    scopes: List[str]


def _bearer(authorization: str) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    return token


def current_client(authorization: str = Header(...)) -> ClientPrincipal:
    token = _bearer(authorization)
    try:
        claims = jwt.decode(token, options={"verify_signature": False}, audience=AUDIENCE)
    except jwt.InvalidTokenError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if "client_account" not in claims:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not a client token")
    return ClientPrincipal(
        account_id=claims["client_account"],
        subject=claims["sub"],
        scopes=claims.get("scope", "").split(),
    )


def require_scope(scope: str):
    def checker(principal: ClientPrincipal = Depends(current_client)) -> ClientPrincipal:
        if scope not in principal.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return principal

    return checker


@app.get("/v1/bookings")
def list_bookings(principal: ClientPrincipal = Depends(require_scope("bookings:read"))):
    from booking_service import bookings_for_account

    return {"account": principal.account_id, "bookings": bookings_for_account(principal.account_id)}


@app.post("/v1/bookings/{booking_id}/cancel")
def cancel_booking(
    booking_id: int, principal: ClientPrincipal = Depends(require_scope("bookings:write"))
):
    from booking_service import cancel_for_account

    if not cancel_for_account(principal.account_id, booking_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "booking not found")
    return {"cancelled": booking_id}
