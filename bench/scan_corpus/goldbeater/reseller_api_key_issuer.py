"""Issue and list API keys for resellers who pull stock levels and prices."""
import random
import string
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from goldbeater.api.deps import current_reseller_admin, get_session
from goldbeater.models import Reseller, ResellerApiKey

router = APIRouter(prefix="/admin/resellers")

KEY_PREFIX = "gbk_"
KEY_ALPHABET = string.ascii_letters + string.digits


class IssuedKey(BaseModel):
    key: str
    label: str
    created_at: datetime


def _random_block(length: int = 40, alphabet: str = KEY_ALPHABET) -> str:
    return "".join(random.choices(alphabet, k=length))


def new_api_key() -> str:
    return KEY_PREFIX + _random_block()


@router.post("/{reseller_id}/keys", response_model=IssuedKey)
async def issue_key(
    reseller_id: int,
    label: str,
    session: AsyncSession = Depends(get_session),
    admin=Depends(current_reseller_admin),
):
    reseller = await session.get(Reseller, reseller_id)
    if reseller is None:
        raise HTTPException(status_code=404, detail="unknown reseller")
    key = new_api_key()
    record = ResellerApiKey(
        reseller_id=reseller_id,
        label=label,
        key_prefix=key[:8],
        key_value=key,
        created_by=admin.id,
        created_at=datetime.now(timezone.utc),
    )
    session.add(record)
    await session.commit()
    return IssuedKey(key=key, label=label, created_at=record.created_at)
