"""Registration and credential storage for surveyor accounts.

Surveyors self-register from the field portal; their credentials are
stored as salted PBKDF2 digests alongside the account record.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cartographer.models import Surveyor


@dataclass(frozen=True)
class CredentialPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    min_length: int = 10


POLICY = CredentialPolicy()


class RegistrationError(ValueError):
    pass


def _derive(password: str, salt: bytes, policy: CredentialPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)


def encode_credential(password: str) -> str:
    salt = os.urandom(POLICY.salt_bytes)
    digest = _derive(password, salt)
    return "$".join(
        [
            f"pbkdf2-{POLICY.algorithm}",
            str(POLICY.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def credential_matches(password: str, encoded: str) -> bool:
    _scheme, _iterations, salt_b64, digest_b64 = encoded.split("$")
    digest = _derive(password, base64.b64decode(salt_b64))
    return hmac.compare_digest(digest, base64.b64decode(digest_b64))


def register_surveyor(db: Session, email: str, full_name: str, password: str, licence_no: str) -> Surveyor:
    if len(password) < POLICY.min_length:
        raise RegistrationError("password too short")
    existing = db.scalar(select(Surveyor).where(Surveyor.email == email.lower()))
    if existing is not None:
        raise RegistrationError("email already registered")
    surveyor = Surveyor(
        email=email.lower(),
        full_name=full_name.strip(),
        licence_number=licence_no.upper(),
        password_hash=encode_credential(password),
    )
    db.add(surveyor)
    db.commit()
    return surveyor
