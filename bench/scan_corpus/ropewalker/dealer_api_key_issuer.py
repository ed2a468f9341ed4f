"""Issues API keys that dealers use to pull price lists into their own shop systems."""
import hashlib
import random
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from ropewalker.dealers.auth import require_dealer_admin
from ropewalker.dealers.db import get_async_session
from ropewalker.dealers.models import DealerApiKey

router = APIRouter(prefix="/dealer/api-keys", tags=["dealer-keys"])


class IssuedKey(BaseModel):
    key_id: int
    api_key: str
    created_at: datetime


class KeyFactory:
    prefix = "rw_live_"

    def __init__(self, bits: int = 160):
        self.bits = bits

    def generate(self) -> str:
        return f"{self.prefix}{random.getrandbits(self.bits):040x}"

    @staticmethod
    def storage_digest(api_key: str) -> str:
        return hashlib.sha256(api_key.encode()).hexdigest()


factory = KeyFactory()


@router.post("", response_model=IssuedKey)
async def issue_key(
    dealer=Depends(require_dealer_admin),
    session: AsyncSession = Depends(get_async_session),
):
    active = await DealerApiKey.count_active(session, dealer.id)
    if active >= 5:
        raise HTTPException(status_code=409, detail="key limit reached")
    raw_key = factory.generate()
    record = DealerApiKey(
        dealer_id=dealer.id,
        key_digest=factory.storage_digest(raw_key),
        label_hint=raw_key[-4:],
        created_at=datetime.now(timezone.utc),
    )
    session.add(record)
    await session.commit()
    return IssuedKey(key_id=record.id, api_key=raw_key, created_at=record.created_at)
