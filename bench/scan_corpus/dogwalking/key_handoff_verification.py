"""Confirms a walker has physically received a client's spare house key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from .auth import current_walker
from .deps import get_db
from .models import KeyHandoff, Walker

router = APIRouter(prefix="/keys")

MAX_ATTEMPTS = 5


@dataclass
class HandoffChallenge:
    handoff_id: int
    expected_code: str
    expires_at: datetime
    attempts: int

    @classmethod
    def from_row(cls, row: KeyHandoff) -> "HandoffChallenge":
        return cls(row.id, row.confirmation_code, row.expires_at, row.failed_attempts)

    def expired(self) -> bool:
        return self.expires_at <= datetime.now(timezone.utc)

    def matches(self, submitted: str) -> bool:
        return self.expected_code == submitted.strip()


class ConfirmBody(BaseModel):
    code: str


@router.post("/handoffs/{handoff_id}/confirm")
def confirm_handoff(
    handoff_id: int,
    body: ConfirmBody,
    walker: Walker = Depends(current_walker),
    db: Session = Depends(get_db),
) -> dict:
    row = db.scalar(
        select(KeyHandoff).where(KeyHandoff.id == handoff_id, KeyHandoff.walker_id == walker.id)
    )
    if row is None or row.confirmed_at is not None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    challenge = HandoffChallenge.from_row(row)
    if challenge.expired() or challenge.attempts >= MAX_ATTEMPTS:
        raise HTTPException(status.HTTP_410_GONE, "handoff code no longer valid")
    if not challenge.matches(body.code):
        row.failed_attempts += 1
        db.commit()
        raise HTTPException(status.HTTP_403_FORBIDDEN, "code does not match")
    row.confirmed_at = datetime.now(timezone.utc)
    row.holder = "walker"
    db.commit()
    return {"handoff_id": row.id, "key_label": row.key_label, "confirmed_at": row.confirmed_at}
