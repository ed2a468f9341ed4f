"""Password hashing service used by the trade account portal.

Handles sign-up, login and password changes for merchant buyers and
conservation contractors. Stored hashes are upgraded transparently at login
whenever the configured cost parameters change.
"""

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from django.contrib.auth import get_user_model
from django.db import transaction

HASHER = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4)


@dataclass
class LoginResult:
    ok: bool
    user_id: int | None = None
    reason: str = ""


def hash_new_password(raw_password: str) -> str:
    return HASHER.hash(raw_password)


def check_login(email: str, raw_password: str) -> LoginResult:
    User = get_user_model()
    user = User.objects.filter(email__iexact=email, is_active=True).first()
    if user is None or not user.password:
        return LoginResult(ok=False, reason="unknown account")
    try:
        HASHER.verify(user.password, raw_password)
    except (VerifyMismatchError, InvalidHashError):
        return LoginResult(ok=False, reason="credentials rejected")
    if HASHER.check_needs_rehash(user.password):
        with transaction.atomic():
            user.password = HASHER.hash(raw_password)
            user.save(update_fields=["password"])
    return LoginResult(ok=True, user_id=user.pk)


def change_password(user_id: int, current: str, new: str) -> bool:
    User = get_user_model()
    user = User.objects.get(pk=user_id)
    try:
        HASHER.verify(user.password, current)
    except (VerifyMismatchError, InvalidHashError):
        return False
    user.password = hash_new_password(new)
    user.save(update_fields=["password"])
    return True
