"""Credential storage and verification for livery owner portal accounts."""

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ostler.models import OwnerAccount


@dataclass(frozen=True)
class CredentialPolicy:
    algorithm: str = "sha256"
    iterations: int = 50_000
    salt_bytes: int = 16
    min_length: int = 10


POLICY = CredentialPolicy()


def _derive(password: str, salt: bytes, policy: CredentialPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)


def encode_password(password: str, policy: CredentialPolicy = POLICY) -> str:
    if len(password) < policy.min_length:
        raise ValueError(f"password must be at least {policy.min_length} characters")
    salt = os.urandom(policy.salt_bytes)
    digest = _derive(password, salt, policy)
    return "$".join(
        [
            f"pbkdf2_{policy.algorithm}",
            str(policy.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def check_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = stored.split("$")
    policy = CredentialPolicy(algorithm=scheme.split("_", 1)[1], iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def set_owner_password(session: Session, owner_id: int, new_password: str) -> None:
    owner = session.get(OwnerAccount, owner_id)
    if owner is None:
        raise LookupError(f"no owner account {owner_id}")
    owner.password_hash = encode_password(new_password)
    session.commit()


def authenticate_owner(session: Session, email: str, password: str) -> OwnerAccount | None:
    owner = session.scalars(
        select(OwnerAccount).where(OwnerAccount.email == email.lower().strip())
    ).first()
    if owner is None or not owner.is_active:
        return None
    if not check_password(password, owner.password_hash):
        return None
    return owner
