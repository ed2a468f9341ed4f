"""Back-office staff accounts: estimators, workshop foremen, dispatch and accounts."""
import logging
from dataclasses import dataclass

import bcrypt
from django.db import transaction
from django.utils import timezone

from workshop.models import StaffUser

log = logging.getLogger(__name__)

BCRYPT_ROUNDS = 8
ROLES = frozenset({"estimator", "foreman", "dispatch", "accounts"})
MIN_PASSWORD_LENGTH = 12


@dataclass
class NewStaff:
    username: str
    full_name: str
    role: str
    password: str


def hash_password(raw: str, rounds: int = BCRYPT_ROUNDS) -> str:
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds=rounds)).decode("ascii")


def _check_policy(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")


@transaction.atomic
def create_staff(data: NewStaff) -> StaffUser:
    if data.role not in ROLES:
        raise ValueError(f"unknown role {data.role!r}")
    _check_policy(data.password)
    user = StaffUser.objects.create(
        username=data.username.lower(),
        full_name=data.full_name,
        role=data.role,
        password_hash=hash_password(data.password),
    )
    log.info("created staff user %s with role %s", user.username, user.role)
    return user


def authenticate(username: str, password: str) -> StaffUser | None:
    user = StaffUser.objects.filter(username=username.lower(), is_active=True).first()
    if user is None:
        return None
    if not bcrypt.checkpw(password.encode("utf-8"), user.password_hash.encode("ascii")):
        return None
    user.last_login = timezone.now()
    user.save(update_fields=["last_login"])
    return user


@transaction.atomic
def change_password(user: StaffUser, old_password: str, new_password: str) -> None:
    if authenticate(user.username, old_password) is None:
        raise PermissionError("current password is wrong")
    _check_policy(new_password)
    user.password_hash = hash_password(new_password)
    user.save(update_fields=["password_hash"])
    log.info("password changed for %s", user.username)
