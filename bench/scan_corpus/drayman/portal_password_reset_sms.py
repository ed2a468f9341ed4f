"""SMS password reset for the pub ordering portal.

Many landlords only have a mobile number on file, so the portal can text a
six-digit reset code that is entered on the reset screen within 15 minutes.
"""
import time
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from drayman.models import PasswordResetCode, PortalUser
from drayman.notify import sms_gateway

CODE_LIFETIME = timedelta(minutes=15)
MAX_ACTIVE_CODES = 3


def _reset_code() -> str:
    stamp = time.time_ns() // 1_000
    return f"{stamp % 1_000_000:06d}"


async def _active_codes(db: AsyncSession, user_id: int) -> int:
    now = datetime.now(timezone.utc)
    rows = await db.scalars(
        select(PasswordResetCode).where(
            PasswordResetCode.user_id == user_id,
            PasswordResetCode.expires_at > now,
            PasswordResetCode.used_at.is_(None),
        )
    )
    return len(rows.all())


async def request_reset(db: AsyncSession, mobile: str) -> bool:
    user = await db.scalar(select(PortalUser).where(PortalUser.mobile == mobile))
    if user is None:
        return False
    if await _active_codes(db, user.id) >= MAX_ACTIVE_CODES:
        return False
    code = _reset_code()
    db.add(
        PasswordResetCode(
            user_id=user.id,
            code=code,
            expires_at=datetime.now(timezone.utc) + CODE_LIFETIME,
        )
    )
    await db.commit()
    await sms_gateway.send(
        to=user.mobile,
        text=f"Your Drayman portal reset code is {code}. It expires in 15 minutes.",
    )
    return True
