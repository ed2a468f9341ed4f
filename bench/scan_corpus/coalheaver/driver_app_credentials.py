"""Credentials for the driver mobile app's back-office login.

Round supervisors use the same app as drivers but sign in with a full
password, which is kept as an Argon2id hash.
"""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel

from coalheaver.config import settings
from coalheaver.repositories import SupervisorRepository, get_supervisor_repo

ARGON2_PARAMS = {
    "time_cost": 3,
    "memory_cost": 64 * 1024,
    "parallelism": 4,
    "hash_len": 32,
    "salt_len": 16,
}

hasher = PasswordHasher(**ARGON2_PARAMS)

router = APIRouter(prefix="/supervisors", tags=["supervisors"])


class PasswordChange(BaseModel):
    current_password: str
    new_password: str


def hash_secret(plain: str) -> str:
    return hasher.hash(plain)


def verify_secret(stored: str, plain: str) -> bool:
    try:
        return hasher.verify(stored, plain)
    except (VerifyMismatchError, InvalidHashError):
        return False


@router.post("/{supervisor_id}/password", status_code=status.HTTP_204_NO_CONTENT)
async def change_password(
    supervisor_id: int,
    body: PasswordChange,
    repo: SupervisorRepository = Depends(get_supervisor_repo),
):
    supervisor = await repo.get(supervisor_id)
    if supervisor is None or not verify_secret(supervisor.password_hash, body.current_password):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "current password not accepted")
    if len(body.new_password) < settings.MIN_PASSWORD_LENGTH:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "password too short")
    new_hash = hash_secret(body.new_password)
    if hasher.check_needs_rehash(new_hash):
        raise HTTPException(status.HTTP_500_INTERNAL_SERVER_ERROR, "hasher misconfigured")
    await repo.set_password_hash(supervisor_id, new_hash)
