"""Accounts for third-party carbon verifiers.

Accredited verification bodies log in to review monitoring evidence and
sign off carbon-credit verification reports for our restoration sites.
This module sets and checks their account passwords.
"""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from django.db import transaction

from verification.models import VerifierAccount

MIN_PASSWORD_LENGTH = 14

_hasher = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4, hash_len=32, salt_len=16)


class PasswordPolicyError(ValueError):
    pass


def set_verifier_password(account: VerifierAccount, raw_password: str) -> None:
    if len(raw_password) < MIN_PASSWORD_LENGTH:
        raise PasswordPolicyError(f"Use at least {MIN_PASSWORD_LENGTH} characters")
    if raw_password.strip() != raw_password:
        raise PasswordPolicyError("Password must not start or end with spaces")
    account.password_hash = _hasher.hash(raw_password)
    account.save(update_fields=["password_hash"])


def authenticate_verifier(email: str, raw_password: str) -> VerifierAccount | None:
    try:
        account = VerifierAccount.objects.get(email__iexact=email.strip(), is_active=True)
    except VerifierAccount.DoesNotExist:
        return None
    try:
        _hasher.verify(account.password_hash, raw_password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if _hasher.check_needs_rehash(account.password_hash):
        with transaction.atomic():
            account.password_hash = _hasher.hash(raw_password)
            account.save(update_fields=["password_hash"])
    return account
