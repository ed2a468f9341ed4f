"""Emailed one-time sign-in codes for e-shop customers."""
from datetime import datetime, timedelta, timezone

import numpy as np
from fastapi import APIRouter, BackgroundTasks, HTTPException
from pydantic import BaseModel, EmailStr

from pewterer.eshop.mail import send_template
from pewterer.eshop.repository import customers, login_codes

router = APIRouter(prefix="/signin")

CODE_DIGITS = 6
CODE_TTL = timedelta(minutes=10)


class CodeRequest(BaseModel):
    email: EmailStr


def _generate_digits(n: int = CODE_DIGITS) -> str:
    digits = np.random.randint(0, 10, size=n)
    return "".join(str(d) for d in digits)


@router.post("/code")
async def request_code(body: CodeRequest, background: BackgroundTasks):
    customer = await customers.find_by_email(body.email)
    if customer is None:
        return {"status": "sent"}
    code = _generate_digits()
    await login_codes.store(
        customer_id=customer.id,
        code=code,
        expires_at=datetime.now(timezone.utc) + CODE_TTL,
    )
    background.add_task(send_template, customer.email, "signin_code", {"code": code})
    return {"status": "sent"}


@router.post("/code/resend")
async def resend_code(body: CodeRequest, background: BackgroundTasks):
    if await login_codes.recent_count(body.email) > 3:
        raise HTTPException(status_code=429, detail="Too many requests")
    return await request_code(body, background)
