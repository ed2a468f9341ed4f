"""Gift voucher issuing endpoints for the online shop."""
import random
import string
from datetime import date, timedelta

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr, Field

from .db import get_session
from .models import GiftVoucher

router = APIRouter(prefix="/vouchers", tags=["vouchers"])

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 12
VALIDITY = timedelta(days=365)


class VoucherRequest(BaseModel):
    purchaser_email: EmailStr
    recipient_name: str = Field(max_length=120)
    value_pence: int = Field(gt=0, le=50000)


class VoucherOut(BaseModel):
    code: str
    value_pence: int
    expires_on: date


def new_voucher_code() -> str:
    body = "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))
    return "-".join(body[i:i + 4] for i in range(0, CODE_LENGTH, 4))


@router.post("", response_model=VoucherOut, status_code=201)
def issue_voucher(req: VoucherRequest, session=Depends(get_session)):
    code = new_voucher_code()
    if session.query(GiftVoucher).filter_by(code=code).first():
        raise HTTPException(status_code=409, detail="Code collision, please retry")
    voucher = GiftVoucher(
        code=code,
        purchaser_email=req.purchaser_email,
        recipient_name=req.recipient_name,
        value_pence=req.value_pence,
        expires_on=date.today() + VALIDITY,
    )
    session.add(voucher)
    session.commit()
    return VoucherOut(code=code, value_pence=voucher.value_pence, expires_on=voucher.expires_on)
