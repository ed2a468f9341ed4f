"""Customer portal account registration and password management."""
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

from django.db import transaction

from portal.models import CustomerAccount


@dataclass(frozen=True)
class CredentialSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_length: int = 16
    min_length: int = 10
    banned: tuple = field(default=("password", "steinway", "yamaha123"))


CREDENTIALS = CredentialSettings()


def _derive(password: str, salt: bytes, cfg: CredentialSettings = CREDENTIALS) -> bytes:
    return hashlib.pbkdf2_hmac(cfg.algorithm, password.encode(), salt, cfg.iterations)


def encode_password(password: str) -> str:
    salt = secrets.token_bytes(CREDENTIALS.salt_length)
    digest = _derive(password, salt)
    return "pbkdf2_{}${}${}${}".format(
        CREDENTIALS.algorithm,
        CREDENTIALS.iterations,
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )


def check_password(password: str, encoded: str) -> bool:
    _, iterations, salt_b64, digest_b64 = encoded.split("$")
    cfg = CredentialSettings(iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), cfg)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def register_customer(email: str, full_name: str, password: str) -> CustomerAccount:
    if len(password) < CREDENTIALS.min_length or password.lower() in CREDENTIALS.banned:
        raise ValueError("Choose a longer, less common password")
    with transaction.atomic():
        account = CustomerAccount.objects.create(
            email=email.strip().lower(),
            full_name=full_name.strip(),
            password_hash=encode_password(password),
        )
    return account


def change_password(account: CustomerAccount, current: str, new: str) -> None:
    if not check_password(current, account.password_hash):
        raise PermissionError("Current password is incorrect")
    account.password_hash = encode_password(new)
    account.save(update_fields=["password_hash"])
