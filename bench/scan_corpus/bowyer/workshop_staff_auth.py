"""Password handling for workshop staff accounts (bench, finishing, dispatch)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 20_000
    salt_bytes: int = 16


SETTINGS = HashSettings()
MIN_LENGTH = 10


@dataclass
class StaffAccount:
    username: str
    role: str
    encoded_password: str = ""
    benches: list[str] = field(default_factory=list)


def encode_password(raw: str, settings: HashSettings = SETTINGS) -> str:
    salt = os.urandom(settings.salt_bytes)
    dk = hashlib.pbkdf2_hmac(settings.algorithm, raw.encode("utf-8"), salt, settings.iterations)
    return "$".join(
        [
            f"pbkdf2_{settings.algorithm}",
            str(settings.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(dk).decode("ascii"),
        ]
    )


def verify_password(raw: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, dk_b64 = encoded.split("$")
    except ValueError:
        return False
    algorithm = scheme.removeprefix("pbkdf2_")
    dk = hashlib.pbkdf2_hmac(
        algorithm, raw.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(dk, base64.b64decode(dk_b64))


def set_password(account: StaffAccount, raw: str) -> None:
    if len(raw) < MIN_LENGTH:
        raise ValueError(f"staff passwords need at least {MIN_LENGTH} characters")
    account.encoded_password = encode_password(raw)


def create_staff(username: str, role: str, raw_password: str, benches=None) -> StaffAccount:
    if role not in {"bench", "finishing", "dispatch", "manager"}:
        raise ValueError(f"unknown workshop role: {role}")
    account = StaffAccount(username=username.lower(), role=role, benches=list(benches or []))
    set_password(account, raw_password)
    return account


def authenticate(accounts: dict[str, StaffAccount], username: str, raw: str) -> StaffAccount | None:
    account = accounts.get(username.lower())
    if account is None or not account.encoded_password:
        return None
    return account if verify_password(raw, account.encoded_password) else None
