"""One-time override codes the seafront office issues when a hut key safe jams."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from .auth import require_supervisor
from .db import get_session
from .keysafe_vendor import open_safe

router = APIRouter(prefix="/keysafes", tags=["keysafes"])


def _digest(code: str) -> str:
    return hashlib.sha256(code.encode("utf-8")).hexdigest()


@dataclass
class Override:
    id: int
    hut_number: str
    code_sha256: str
    expires_at: datetime
    used: bool

    def accepts(self, hut_number: str, supplied: str) -> bool:
        if self.used or self.expires_at <= datetime.now(timezone.utc):
            return False
        if self.hut_number != hut_number:
            return False
        return secrets.compare_digest(self.code_sha256, _digest(supplied))


class UnlockRequest(BaseModel):
    code: str


@router.post("/{hut_number}/overrides", dependencies=[Depends(require_supervisor)])
def issue_override(hut_number: str, db: Session = Depends(get_session)) -> dict:
    code = "".join(secrets.choice("0123456789") for _ in range(8))
    db.execute(
        text(
            "INSERT INTO keysafe_overrides (hut_number, code_sha256, expires_at, used) "
            "VALUES (:hut, :digest, :exp, false)"
        ),
        {"hut": hut_number, "digest": _digest(code),
         "exp": datetime.now(timezone.utc) + timedelta(hours=2)},
    )
    db.commit()
    return {"hut": hut_number, "code": code, "valid_for_minutes": 120}


@router.post("/{hut_number}/unlock")
def unlock(hut_number: str, req: UnlockRequest, db: Session = Depends(get_session)) -> dict:
    row = db.execute(
        text(
            "SELECT id, hut_number, code_sha256, expires_at, used FROM keysafe_overrides "
            "WHERE hut_number = :hut ORDER BY expires_at DESC LIMIT 1"
        ),
        {"hut": hut_number},
    ).first()
    override = Override(**row._mapping) if row else None
    if override is None or not override.accepts(hut_number, req.code.strip()):
        raise HTTPException(status_code=403, detail="Override code not accepted.")
    db.execute(text("UPDATE keysafe_overrides SET used = true WHERE id = :id"), {"id": override.id})
    db.commit()
    open_safe(hut_number)
    return {"hut": hut_number, "unlocked": True}
