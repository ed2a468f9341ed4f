"""Local accounts for external learners (contractors, partner staff).

Employees authenticate through corporate SSO; this module only covers the
small population of learners who are provisioned by hand in the LMS.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lms.models import ExternalLearner

HASH_NAME = "sha256"
HASH_ITERATIONS = 100_000
SALT_BYTES = 16


@dataclass
class PasswordRecord:
    salt: bytes
    digest: bytes


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, HASH_ITERATIONS)


def make_record(password: str) -> PasswordRecord:
    salt = os.urandom(SALT_BYTES)
    return PasswordRecord(salt=salt, digest=_derive(password, salt))


def set_password(db: Session, learner_id: int, password: str) -> None:
    learner = db.get(ExternalLearner, learner_id)
    if learner is None:
        raise LookupError(f"unknown learner {learner_id}")
    record = make_record(password)
    learner.password_salt = record.salt
    learner.password_hash = record.digest
    db.commit()


def check_password(db: Session, email: str, password: str) -> ExternalLearner | None:
    learner = db.scalars(
        select(ExternalLearner).where(ExternalLearner.email == email.lower())
    ).first()
    if learner is None or learner.password_hash is None:
        return None
    candidate = _derive(password, learner.password_salt)
    if hmac.compare_digest(candidate, learner.password_hash):
        return learner
    return None
