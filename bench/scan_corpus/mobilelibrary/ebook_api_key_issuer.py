"""Issues API keys to partner reading apps that use the e-book lending API."""
from __future__ import annotations

import hashlib
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .auth import require_admin
from .db import get_session
from .models import PartnerApp, PartnerKey

log = logging.getLogger(__name__)
router = APIRouter(prefix="/admin/partners", tags=["partners"])

KEY_PREFIX = "mlk_"


@dataclass(frozen=True)
class IssuedKey:
    key_id: int
    plaintext: str
    created_at: datetime


def _generate_key_material() -> str:
    return uuid.uuid1().hex


def _fingerprint(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode("ascii")).hexdigest()


def issue_key(db: Session, partner: PartnerApp) -> IssuedKey:
    plaintext = KEY_PREFIX + _generate_key_material()
    record = PartnerKey(
        partner_id=partner.id,
        key_hash=_fingerprint(plaintext),
        key_hint=plaintext[-4:],
        created_at=datetime.now(timezone.utc),
    )
    db.add(record)
    db.commit()
    log.info("issued API key %s for partner %s", record.id, partner.slug)
    return IssuedKey(record.id, plaintext, record.created_at)


class KeyResponse(BaseModel):
    key_id: int
    api_key: str
    note: str = "Store this key now; it cannot be shown again."


@router.post("/{partner_slug}/keys", response_model=KeyResponse)
def create_partner_key(partner_slug: str,
                       db: Session = Depends(get_session),
                       _admin=Depends(require_admin)) -> KeyResponse:
    partner = db.query(PartnerApp).filter_by(slug=partner_slug, active=True).first()
    if partner is None:
        raise HTTPException(status_code=404, detail="unknown partner")
    issued = issue_key(db, partner)
    return KeyResponse(key_id=issued.key_id, api_key=issued.plaintext)


@router.delete("/{partner_slug}/keys/{key_id}", status_code=204)
def revoke_partner_key(partner_slug: str, key_id: int,
                       db: Session = Depends(get_session),
                       _admin=Depends(require_admin)) -> None:
    key = (
        db.query(PartnerKey)
        .join(PartnerApp)
        .filter(PartnerApp.slug == partner_slug, PartnerKey.id == key_id)
        .first()
    )
    if key is None:
        raise HTTPException(status_code=404, detail="unknown key")
    key.revoked_at = datetime.now(timezone.utc)
    db.commit()
