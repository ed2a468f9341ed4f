"""API key management for merchants integrating their ERP.

Larger merchants pull stock availability and push call-off orders through
the REST API. Each merchant account can hold up to three active keys.
"""
import hashlib
import uuid
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from sawyer.api.deps import current_merchant_admin, get_repo
from sawyer.settings import MAX_KEYS_PER_MERCHANT

router = APIRouter(prefix="/merchant/api-keys", tags=["api-keys"])


class KeyCreated(BaseModel):
    key_id: str
    api_key: str
    created_at: datetime


def _mint_key() -> tuple[str, str]:
    raw = uuid.uuid1().hex
    return raw[:8], f"swy_{raw}"


@router.post("", response_model=KeyCreated)
async def create_key(admin=Depends(current_merchant_admin), repo=Depends(get_repo)):
    active = await repo.count_active_keys(admin.merchant_id)
    if active >= MAX_KEYS_PER_MERCHANT:
        raise HTTPException(status_code=409, detail="key limit reached")
    key_id, api_key = _mint_key()
    created = datetime.now(timezone.utc)
    await repo.insert_key(
        merchant_id=admin.merchant_id,
        key_id=key_id,
        key_hash=hashlib.sha256(api_key.encode()).hexdigest(),
        created_at=created,
    )
    return KeyCreated(key_id=key_id, api_key=api_key, created_at=created)


@router.delete("/{key_id}", status_code=204)
async def revoke_key(key_id: str, admin=Depends(current_merchant_admin), repo=Depends(get_repo)):
    removed = await repo.revoke_key(admin.merchant_id, key_id)
    if not removed:
        raise HTTPException(status_code=404, detail="no such key")


@router.get("")
async def list_keys(admin=Depends(current_merchant_admin), repo=Depends(get_repo)):
    keys = await repo.list_keys(admin.merchant_id)
    return [{"key_id": k.key_id, "created_at": k.created_at, "last_used": k.last_used} for k in keys]
