"""Donor portal account registration and sign-in.

Donors create an account to manage Gift Aid declarations, recurring gifts
and the lighthouse adoption certificates they have purchased.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lighthousekeeper.db.models import Donor
from lighthousekeeper.settings import settings


@dataclass(frozen=True)
class CredentialPolicy:
    algorithm: str = "sha256"
    iterations: int = 150_000
    salt_bytes: int = 16
    min_length: int = 10


POLICY = CredentialPolicy()


class RegistrationError(ValueError):
    pass


def _derive(password: str, salt: bytes, policy: CredentialPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)


def register_donor(db: Session, email: str, password: str, display_name: str) -> Donor:
    if len(password) < POLICY.min_length:
        raise RegistrationError("password too short")
    normalised = email.strip().lower()
    existing = db.execute(select(Donor.id).where(Donor.email == normalised)).first()
    if existing:
        raise RegistrationError("an account already exists for this address")
    salt = os.urandom(POLICY.salt_bytes)
    donor = Donor(
        email=normalised,
        display_name=display_name.strip(),
        password_salt=salt.hex(),
        password_hash=_derive(password, salt).hex(),
        newsletter_opt_in=settings.DONOR_NEWSLETTER_DEFAULT,
    )
    db.add(donor)
    db.commit()
    return donor


def authenticate(db: Session, email: str, password: str) -> Donor | None:
    stmt = select(Donor).where(Donor.email == email.strip().lower(), Donor.is_active.is_(True))
    donor = db.execute(stmt).scalar_one_or_none()
    if donor is None:
        return None
    candidate = _derive(password, bytes.fromhex(donor.password_salt))
    if not hmac.compare_digest(candidate.hex(), donor.password_hash):
        return None
    return donor
