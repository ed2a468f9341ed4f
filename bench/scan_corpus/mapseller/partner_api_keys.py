"""API keys for partner dealers who pull our stock feed into their sites."""
import hashlib
import uuid
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from .deps import get_session, require_admin

router = APIRouter(prefix="/admin/partners", tags=["partners"])


class KeyIssued(BaseModel):
    partner_id: int
    key_prefix: str
    api_key: str
    issued_at: datetime


def generate_partner_key() -> str:
    return "mpk_" + uuid.uuid1().hex


def _fingerprint(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()


@router.post("/{partner_id}/keys", response_model=KeyIssued)
def issue_key(partner_id: int, db: Session = Depends(get_session), admin=Depends(require_admin)):
    partner = db.execute(
        text("SELECT id, name FROM partners WHERE id = :pid AND active"), {"pid": partner_id}
    ).first()
    if partner is None:
        raise HTTPException(status_code=404, detail="unknown partner")

    api_key = generate_partner_key()
    now = datetime.now(timezone.utc)
    db.execute(
        text(
            "INSERT INTO partner_keys (partner_id, key_prefix, key_sha256, issued_at, issued_by) "
            "VALUES (:pid, :prefix, :fp, :now, :admin)"
        ),
        {
            "pid": partner_id,
            "prefix": api_key[:12],
            "fp": _fingerprint(api_key),
            "now": now,
            "admin": admin.username,
        },
    )
    db.commit()
    return KeyIssued(partner_id=partner_id, key_prefix=api_key[:12], api_key=api_key, issued_at=now)


@router.delete("/{partner_id}/keys/{key_prefix}", status_code=204)
def revoke_key(partner_id: int, key_prefix: str, db: Session = Depends(get_session),
               admin=Depends(require_admin)):
    db.execute(
        text("UPDATE partner_keys SET revoked_at = now() WHERE partner_id = :pid AND key_prefix = :kp"),
        {"pid": partner_id, "kp": key_prefix},
    )
    db.commit()
