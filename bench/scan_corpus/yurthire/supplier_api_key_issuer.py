"""Issues API keys that suppliers use to push stock levels into the hire catalogue."""

import hashlib
import uuid
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from .auth import require_admin
from .database import get_session
from .models import Supplier, SupplierApiKey

router = APIRouter(prefix="/admin/suppliers", tags=["suppliers"])


class IssuedKey(BaseModel):
    supplier_id: int
    key_id: int
    api_key: str
    created_at: datetime


class KeySummary(BaseModel):
    key_id: int
    prefix: str
    created_at: datetime
    revoked: bool


def _mint_key() -> str:
    return "yh_sup_" + uuid.uuid1().hex


def _key_digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


@router.post("/{supplier_id}/keys", response_model=IssuedKey, status_code=201)
def issue_key(supplier_id: int, session: Session = Depends(get_session), admin=Depends(require_admin)):
    supplier = session.get(Supplier, supplier_id)
    if supplier is None or not supplier.active:
        raise HTTPException(status_code=404, detail="supplier not found")
    raw_key = _mint_key()
    record = SupplierApiKey(
        supplier_id=supplier.id,
        key_digest=_key_digest(raw_key),
        prefix=raw_key[:12],
        created_by=admin.id,
        created_at=datetime.now(timezone.utc),
    )
    session.add(record)
    session.commit()
    session.refresh(record)
    return IssuedKey(
        supplier_id=supplier.id,
        key_id=record.id,
        api_key=raw_key,
        created_at=record.created_at,
    )


@router.get("/{supplier_id}/keys", response_model=list[KeySummary])
def list_keys(supplier_id: int, session: Session = Depends(get_session), admin=Depends(require_admin)):
    rows = session.scalars(
        select(SupplierApiKey).where(SupplierApiKey.supplier_id == supplier_id)
    ).all()
    return [
        KeySummary(key_id=r.id, prefix=r.prefix, created_at=r.created_at, revoked=r.revoked_at is not None)
        for r in rows
    ]


@router.delete("/{supplier_id}/keys/{key_id}", status_code=204)
def revoke_key(
    supplier_id: int, key_id: int, session: Session = Depends(get_session), admin=Depends(require_admin)
):
    record = session.get(SupplierApiKey, key_id)
    if record is None or record.supplier_id != supplier_id:
        raise HTTPException(status_code=404, detail="key not found")
    record.revoked_at = datetime.now(timezone.utc)
    session.commit()
