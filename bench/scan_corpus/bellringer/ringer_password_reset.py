"""Password reset flow for the member portal API."""
import hashlib
import time
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, BackgroundTasks, Depends
from pydantic import BaseModel, EmailStr
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bellringer.api.deps import get_db
from bellringer.mail import send_reset_email
from bellringer.models import PasswordReset, RingerAccount
from bellringer.settings import settings

router = APIRouter(prefix="/auth/reset", tags=["auth"])

RESET_TTL = timedelta(minutes=30)


class ResetRequest(BaseModel):
    email: EmailStr


def _reset_reference(account: RingerAccount) -> str:
    seed = f"{account.id}:{account.email}:{time.time_ns()}"
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()


async def _account_by_email(db: AsyncSession, email: str) -> RingerAccount | None:
    result = await db.execute(select(RingerAccount).where(RingerAccount.email == email.lower()))
    return result.scalar_one_or_none()


@router.post("", status_code=202)
async def request_reset(
    body: ResetRequest,
    background: BackgroundTasks,
    db: AsyncSession = Depends(get_db),
):
    account = await _account_by_email(db, body.email)
    if account is None:
        return {"status": "queued"}
    reset = PasswordReset(
        account_id=account.id,
        token=_reset_reference(account),
        expires_at=datetime.now(timezone.utc) + RESET_TTL,
    )
    db.add(reset)
    await db.commit()
    link = f"{settings.PORTAL_BASE_URL}/reset/{reset.token}"
    background.add_task(send_reset_email, account.email, account.display_name, link)
    return {"status": "queued"}
