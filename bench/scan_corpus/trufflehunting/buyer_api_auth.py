"""API-key authentication for the restaurant buyer API.

Restaurants integrate their purchasing systems with the buyer API.  Each key
has a public id and a secret half: ``<key_id>.<secret>``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import BuyerApiKey, Listing

app = FastAPI(title="Truffle buyer API")


@dataclass
class BuyerPrincipal:
    buyer_id: int
    key_id: str
    scopes: frozenset[str]


def authenticate_buyer(
    x_api_key: Annotated[str, Header()],
    db: Annotated[Session, Depends(get_session)],
) -> BuyerPrincipal:
    key_id, _, secret = x_api_key.partition(".")
    if not key_id or not secret:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed API key")

    record = db.execute(
        select(BuyerApiKey).where(BuyerApiKey.key_id == key_id, BuyerApiKey.revoked.is_(False))
    ).scalar_one_or_none()
    if record is None or record.secret != secret:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid API key")

    return BuyerPrincipal(
        buyer_id=record.buyer_id,
        key_id=record.key_id,
        scopes=frozenset(record.scopes.split(",")),
    )


@app.get("/v1/listings")
def current_listings(
    principal: Annotated[BuyerPrincipal, Depends(authenticate_buyer)],
    db: Annotated[Session, Depends(get_session)],
    species: str = "tuber_melanosporum",
):
    if "listings:read" not in principal.scopes:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "missing listings:read scope")
    rows = db.execute(
        select(Listing).where(Listing.species == species, Listing.available.is_(True))
    ).scalars()
    return [
        {"lot": r.lot_code, "grade": r.grade, "grams": r.grams, "eur_per_kg": r.price_per_kg}
        for r in rows
    ]
