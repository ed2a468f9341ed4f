"""Wallet balance and transaction history endpoints for the player app."""
from __future__ import annotations

from decimal import Decimal

from fastapi import APIRouter, Depends, Header, HTTPException, Query
from jose import jwt as jose_jwt
from pydantic import BaseModel

from .db import get_wallet_repo

router = APIRouter(prefix="/wallet", tags=["wallet"])


class Balance(BaseModel):
    player_id: int
    currency: str
    cash: Decimal
    bonus: Decimal


def current_player_id(authorization: str = Header(...)) -> int:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    claims = jose_jwt.get_unverified_claims(token)
    if "player_id" not in claims:
        raise HTTPException(status_code=401, detail="token has no player")
    return int(claims["player_id"])


@router.get("/balance", response_model=Balance)
def get_balance(player_id: int = Depends(current_player_id), repo=Depends(get_wallet_repo)) -> Balance:
    wallet = repo.get_wallet(player_id)
    if wallet is None:
        raise HTTPException(status_code=404, detail="wallet not found")
    return Balance(player_id=player_id, currency=wallet.currency, cash=wallet.cash, bonus=wallet.bonus)


@router.get("/transactions")
def list_transactions(
    limit: int = Query(50, ge=1, le=200),
    before_id: int | None = None,
    player_id: int = Depends(current_player_id),
    repo=Depends(get_wallet_repo),
) -> dict:
    rows = repo.transactions(player_id, limit=limit, before_id=before_id)
    return {"items": [row.as_dict() for row in rows], "next_before_id": rows[-1].id if rows else None}
