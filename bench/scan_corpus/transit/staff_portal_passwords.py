"""Password storage for the staff self-service portal.

Drivers and depot staff use the portal to view payslips, book leave and
check their duty rosters. Passwords are hashed with bcrypt; the cost factor
is stored in the hash, so raising BCRYPT_ROUNDS upgrades users on next login.
"""
import bcrypt

from .models import StaffAccount

BCRYPT_ROUNDS = 12
MIN_PASSWORD_LENGTH = 12
# bcrypt only looks at the first 72 bytes of input.
MAX_PASSWORD_BYTES = 72


class PasswordPolicyError(ValueError):
    pass


def _encode(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise PasswordPolicyError(f"password longer than {MAX_PASSWORD_BYTES} bytes")
    return raw


def set_password(account: StaffAccount, password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordPolicyError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    salt = bcrypt.gensalt(rounds=BCRYPT_ROUNDS)
    account.password_hash = bcrypt.hashpw(_encode(password), salt).decode("ascii")


def _stored_rounds(password_hash: str) -> int:
    # $2b$12$<salt+hash>
    return int(password_hash.split("$")[2])


def verify_password(account: StaffAccount, password: str) -> bool:
    if not account.password_hash:
        return False
    try:
        ok = bcrypt.checkpw(_encode(password), account.password_hash.encode("ascii"))
    except PasswordPolicyError:
        return False
    if ok and _stored_rounds(account.password_hash) < BCRYPT_ROUNDS:
        set_password(account, password)
    return ok
