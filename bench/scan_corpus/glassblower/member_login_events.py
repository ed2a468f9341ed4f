"""Records login attempts by studio members for lockout and audit purposes."""

import logging
from datetime import datetime, timedelta, timezone

from fastapi import Request
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from hotshop.models import LoginAttempt

logger = logging.getLogger("hotshop.auth.events")

LOCKOUT_WINDOW = timedelta(minutes=15)
LOCKOUT_THRESHOLD = 8


def _client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def record_attempt(
    db: AsyncSession, request: Request, email: str, succeeded: bool, method: str = "password"
) -> None:
    db.add(
        LoginAttempt(
            email=email.lower(),
            ip_address=_client_ip(request),
            succeeded=succeeded,
            user_agent=request.headers.get("user-agent", "")[:200],
            attempted_at=datetime.now(timezone.utc),
        )
    )
    await db.commit()
    logger.info(
        "member login %s email=%s ip=%s auth_method=%s",
        "succeeded" if succeeded else "failed",
        email.lower(),
        _client_ip(request),
        method,
    )


async def is_locked_out(db: AsyncSession, email: str) -> bool:
    since = datetime.now(timezone.utc) - LOCKOUT_WINDOW
    failures = await db.scalar(
        select(func.count(LoginAttempt.id)).where(
            LoginAttempt.email == email.lower(),
            LoginAttempt.succeeded.is_(False),
            LoginAttempt.attempted_at >= since,
        )
    )
    if failures >= LOCKOUT_THRESHOLD:
        logger.warning("member account %s locked after %d failures", email.lower(), failures)
        return True
    return False
