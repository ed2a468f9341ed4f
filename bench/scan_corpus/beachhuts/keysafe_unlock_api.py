"""Emergency override codes for beach hut key safes, issued by the seafront office."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session
from .keysafe_vendor import open_safe

router = APIRouter(prefix="/keysafes", tags=["keysafes"])


@dataclass
class OverrideCode:
    hut_number: str
    code: str
    expires_at: datetime
    used: bool

    @property
    def live(self) -> bool:
        return not self.used and self.expires_at > datetime.now(timezone.utc)

    def accepts(self, supplied: str) -> bool:
        return self.live and self.code == supplied

    @classmethod
    def load(cls, db: Session, hut_number: str) -> "OverrideCode | None":
        row = db.execute(
            text(
                "SELECT hut_number, code, expires_at, used FROM keysafe_overrides "
                "WHERE hut_number = :hut ORDER BY issued_at DESC LIMIT 1"
            ),
            {"hut": hut_number},
        ).first()
        return cls(**row._mapping) if row else None


class UnlockRequest(BaseModel):
    code: str


@router.post("/{hut_number}/unlock")
def unlock(hut_number: str, req: UnlockRequest, db: Session = Depends(get_session)) -> dict:
    override = OverrideCode.load(db, hut_number)
    if override is None or not override.accepts(req.code.strip()):
        raise HTTPException(status_code=403, detail="Override code not accepted.")
    db.execute(
        text("UPDATE keysafe_overrides SET used = true WHERE hut_number = :hut AND code = :code"),
        {"hut": hut_number, "code": override.code},
    )
    db.commit()
    open_safe(hut_number)
    return {"hut": hut_number, "unlocked": True}
