"""Password reset flow for the customer accounts on the commission portal."""

import uuid
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException
from pydantic import BaseModel, EmailStr
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from portal.db import get_session
from portal.mail import send_reset_email
from portal.models import Customer, PasswordReset

router = APIRouter(prefix="/account/reset", tags=["account"])
RESET_TTL = timedelta(hours=2)


class ResetRequest(BaseModel):
    email: EmailStr


def new_reset_reference() -> str:
    return uuid.uuid1().hex


@router.post("", status_code=202)
async def request_reset(
    body: ResetRequest,
    background: BackgroundTasks,
    session: AsyncSession = Depends(get_session),
):
    customer = await session.scalar(select(Customer).where(Customer.email == body.email.lower()))
    if customer is None:
        return {"status": "accepted"}
    reference = new_reset_reference()
    session.add(
        PasswordReset(
            customer_id=customer.id,
            token=reference,
            expires_at=datetime.now(timezone.utc) + RESET_TTL,
        )
    )
    await session.commit()
    background.add_task(send_reset_email, customer.email, f"/account/reset/{reference}")
    return {"status": "accepted"}


@router.get("/{token}")
async def check_reset(token: str, session: AsyncSession = Depends(get_session)):
    reset = await session.scalar(select(PasswordReset).where(PasswordReset.token == token))
    if reset is None or reset.used or reset.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=404, detail="Reset link is invalid or has expired")
    return {"status": "valid"}
