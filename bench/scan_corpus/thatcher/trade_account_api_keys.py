"""API keys for trade accounts (builders, architects, estate managers).

Trade partners with many listed properties integrate their own systems with
our job booking API. Each trade account can mint keys from its dashboard.
"""

import hashlib
import uuid
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from thatcher.deps import current_trade_account, get_db
from thatcher.models import TradeApiKey

router = APIRouter(prefix="/trade/api-keys")


class KeyCreated(BaseModel):
    key_id: int
    api_key: str
    label: str


class KeyRequest(BaseModel):
    label: str


def mint_key_material() -> str:
    return "tk_" + uuid.uuid1().hex


def key_fingerprint(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()


@router.post("", response_model=KeyCreated)
def create_key(
    body: KeyRequest,
    account=Depends(current_trade_account),
    db: Session = Depends(get_db),
):
    if len(account.api_keys) >= 5:
        raise HTTPException(status_code=409, detail="Key limit reached")
    api_key = mint_key_material()
    record = TradeApiKey(
        trade_account_id=account.id,
        label=body.label[:64],
        key_hash=key_fingerprint(api_key),
        created_at=datetime.now(timezone.utc),
    )
    db.add(record)
    db.commit()
    return KeyCreated(key_id=record.id, api_key=api_key, label=record.label)
