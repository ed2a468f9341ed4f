"""Password storage for gym membership portal accounts.

Members log in to the portal to manage billing, freeze their membership
and book classes. Accounts migrated from the old front-desk system keep
their salt column, so we keep the same layout here.
"""
import hashlib as hl
import hmac
import secrets

from django.db import transaction

from memberships.models import Member

SALT_BYTES = 16


def _digest(password: str, salt: bytes) -> str:
    return hl.sha256(salt + password.encode("utf-8")).hexdigest()


@transaction.atomic
def set_password(member: Member, password: str) -> None:
    salt = secrets.token_bytes(SALT_BYTES)
    member.password_salt = salt.hex()
    member.password_hash = _digest(password, salt)
    member.save(update_fields=["password_salt", "password_hash"])


def check_password(member: Member, password: str) -> bool:
    if not member.password_hash:
        return False
    salt = bytes.fromhex(member.password_salt)
    candidate = _digest(password, salt)
    return hmac.compare_digest(candidate, member.password_hash)


def change_password(member: Member, old: str, new: str) -> bool:
    if not check_password(member, old):
        return False
    set_password(member, new)
    return True
