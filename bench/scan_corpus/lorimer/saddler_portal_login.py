"""Sign-in for the saddlers' trade portal (FastAPI)."""
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, EmailStr

from .repository import TradeAccountRepo, get_repo
from .sessions import issue_session

router = APIRouter(prefix="/trade")

hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)


class Credentials(BaseModel):
    email: EmailStr
    password: str


class PasswordChange(BaseModel):
    current_password: str
    new_password: str


def _verify(stored: Optional[str], password: str) -> bool:
    if not stored:
        return False
    try:
        return hasher.verify(stored, password)
    except (VerifyMismatchError, InvalidHashError):
        return False


@router.post("/login")
def login(creds: Credentials, repo: TradeAccountRepo = Depends(get_repo)):
    account = repo.by_email(creds.email)
    if account is None or not _verify(account.password_hash, creds.password):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid email or password")
    if hasher.check_needs_rehash(account.password_hash):
        repo.update_password_hash(account.id, hasher.hash(creds.password))
    return {"session": issue_session(account.id), "account": account.business_name}


@router.post("/accounts/{account_id}/password")
def change_password(account_id: int, body: PasswordChange, repo: TradeAccountRepo = Depends(get_repo)):
    account = repo.get(account_id)
    if account is None or not _verify(account.password_hash, body.current_password):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Current password is wrong")
    if len(body.new_password) < 12:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "Password too short")
    repo.update_password_hash(account.id, hasher.hash(body.new_password))
    return {"ok": True}
