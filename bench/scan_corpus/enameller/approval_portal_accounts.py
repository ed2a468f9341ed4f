"""Accounts for the customer proof-approval portal."""
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from django.db import transaction

from portal.models import PortalAccount

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)


@dataclass
class LoginResult:
    account: PortalAccount | None
    rehashed: bool = False


def register(email: str, password: str, club_name: str) -> PortalAccount:
    if len(password) < 10:
        raise ValueError("Passwords need at least 10 characters.")
    with transaction.atomic():
        return PortalAccount.objects.create(
            email=email.strip().lower(),
            club_name=club_name.strip(),
            password_hash=_hasher.hash(password),
        )


def login(email: str, password: str) -> LoginResult:
    try:
        account = PortalAccount.objects.get(email=email.strip().lower(), is_active=True)
    except PortalAccount.DoesNotExist:
        return LoginResult(None)
    try:
        _hasher.verify(account.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return LoginResult(None)
    rehashed = False
    if _hasher.check_needs_rehash(account.password_hash):
        account.password_hash = _hasher.hash(password)
        account.save(update_fields=["password_hash"])
        rehashed = True
    return LoginResult(account, rehashed)


def change_password(account: PortalAccount, current: str, new: str) -> bool:
    if not login(account.email, current).account:
        return False
    if len(new) < 10:
        raise ValueError("Passwords need at least 10 characters.")
    account.password_hash = _hasher.hash(new)
    account.save(update_fields=["password_hash"])
    return True
