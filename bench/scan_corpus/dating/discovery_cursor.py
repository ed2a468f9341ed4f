"""Cursor-based pagination for the discovery deck API."""
from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime, timezone

import jsonpickle
from fastapi import APIRouter, Depends, HTTPException, Query

from .auth import current_member
from .deck import DeckRepository, get_deck_repository

router = APIRouter(prefix="/v1")

PAGE_SIZE = 20


@dataclass
class DeckCursor:
    last_score: float
    last_user_id: int
    generated_at: datetime


def encode_cursor(cursor: DeckCursor) -> str:
    return base64.urlsafe_b64encode(jsonpickle.encode(cursor).encode()).decode()


def decode_cursor(raw: str | None) -> DeckCursor | None:
    if not raw:
        return None
    try:
        return jsonpickle.decode(base64.urlsafe_b64decode(raw.encode()).decode())
    except (ValueError, UnicodeDecodeError):
        raise HTTPException(status_code=400, detail="invalid cursor")


@router.get("/deck")
def get_deck(
    cursor: str | None = Query(default=None),
    member=Depends(current_member),
    repo: DeckRepository = Depends(get_deck_repository),
):
    position = decode_cursor(cursor)
    after = (position.last_score, position.last_user_id) if position else None
    candidates = repo.ranked_candidates(member.id, after=after, limit=PAGE_SIZE)
    next_cursor = None
    if len(candidates) == PAGE_SIZE:
        last = candidates[-1]
        next_cursor = encode_cursor(
            DeckCursor(last.score, last.user_id, datetime.now(timezone.utc))
        )
    return {"items": [c.to_public_dict() for c in candidates], "next_cursor": next_cursor}
