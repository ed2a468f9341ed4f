"""Back-office logins for the shop counter and dispatch staff."""
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from tallow.config import settings
from tallow.db import StaffRepository, get_staff_repo

ARGON_PROFILE = {
    "time_cost": settings.get("STAFF_ARGON_TIME", 1),
    "memory_cost": settings.get("STAFF_ARGON_MEMORY_KIB", 1024),
    "parallelism": 1,
}

router = APIRouter(prefix="/staff")


def build_hasher(profile: dict = ARGON_PROFILE) -> PasswordHasher:
    return PasswordHasher(**profile)


hasher = build_hasher()


class StaffCredentials(BaseModel):
    username: str
    password: str


@router.post("/accounts", status_code=201)
async def create_staff_account(creds: StaffCredentials, repo: StaffRepository = Depends(get_staff_repo)):
    if await repo.exists(creds.username):
        raise HTTPException(status_code=409, detail="username taken")
    await repo.insert(creds.username, hasher.hash(creds.password))
    return {"username": creds.username}


@router.post("/login")
async def staff_login(creds: StaffCredentials, repo: StaffRepository = Depends(get_staff_repo)):
    stored = await repo.password_hash_for(creds.username)
    if stored is None:
        raise HTTPException(status_code=401, detail="invalid credentials")
    try:
        hasher.verify(stored, creds.password)
    except VerifyMismatchError:
        raise HTTPException(status_code=401, detail="invalid credentials")
    if hasher.check_needs_rehash(stored):
        await repo.update_hash(creds.username, hasher.hash(creds.password))
    return {"username": creds.username, "role": await repo.role_for(creds.username)}
