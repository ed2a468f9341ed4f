"""Sign-up and sign-in for sharpening mail-in customers.

Customers who send blades in for sharpening can keep an account to
reorder return labels and see past tickets.
"""
from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.concurrency import run_in_threadpool
from passlib.context import CryptContext
from pydantic import BaseModel, EmailStr
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scythesmith.db import get_async_session
from scythesmith.models import SharpeningCustomer

router = APIRouter(prefix="/sharpening/account")

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto", bcrypt__rounds=12)


class Credentials(BaseModel):
    email: EmailStr
    password: str


@router.post("/signup", status_code=status.HTTP_201_CREATED)
async def signup(body: Credentials, db: AsyncSession = Depends(get_async_session)):
    if len(body.password) < 10:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "password too short")
    exists = await db.scalar(
        select(SharpeningCustomer.id).where(SharpeningCustomer.email == body.email)
    )
    if exists:
        raise HTTPException(status.HTTP_409_CONFLICT, "account already exists")
    digest = await run_in_threadpool(pwd_context.hash, body.password)
    customer = SharpeningCustomer(email=body.email, password_hash=digest)
    db.add(customer)
    await db.commit()
    return {"id": customer.id}


@router.post("/signin")
async def signin(body: Credentials, db: AsyncSession = Depends(get_async_session)):
    customer = await db.scalar(
        select(SharpeningCustomer).where(SharpeningCustomer.email == body.email)
    )
    if customer is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    ok, new_hash = await run_in_threadpool(
        pwd_context.verify_and_update, body.password, customer.password_hash
    )
    if not ok:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    if new_hash:
        customer.password_hash = new_hash
        await db.commit()
    return {"id": customer.id}
