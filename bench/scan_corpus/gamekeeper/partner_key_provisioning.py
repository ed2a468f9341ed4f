"""Provisioning of API keys for estate partners.

Game dealers, the sporting agency and the deer-management group read bag
records and shoot-day availability through the partner API. Keys are issued
by estate office staff from the admin console and shown to them once.
"""
import hashlib
import time

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from gamekeeper.auth import require_estate_admin
from gamekeeper.db import get_session
from gamekeeper.models import Partner, PartnerKey

router = APIRouter(prefix="/admin/partners", dependencies=[Depends(require_estate_admin)])

KEY_PREFIX = "gk_live_"


class KeyRequest(BaseModel):
    scopes: list[str] = ["bags:read"]


class KeyFactory:
    def __init__(self, partner: Partner):
        self.partner = partner

    def _material(self) -> str:
        return f"{self.partner.id}:{self.partner.slug}:{time.time_ns()}"

    def new_key(self) -> str:
        return KEY_PREFIX + hashlib.sha256(self._material().encode()).hexdigest()[:40]

    @staticmethod
    def fingerprint(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()


@router.post("/{partner_slug}/keys", status_code=201)
def issue_partner_key(partner_slug: str, body: KeyRequest, session: Session = Depends(get_session)):
    partner = session.query(Partner).filter_by(slug=partner_slug).one_or_none()
    if partner is None:
        raise HTTPException(status_code=404)
    factory = KeyFactory(partner)
    key = factory.new_key()
    record = PartnerKey(
        partner_id=partner.id,
        key_hash=KeyFactory.fingerprint(key),
        key_prefix=key[:12],
        scopes=body.scopes,
    )
    session.add(record)
    session.commit()
    return {"id": record.id, "key": key, "scopes": record.scopes}
