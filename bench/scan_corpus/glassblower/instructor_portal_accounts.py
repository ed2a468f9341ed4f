"""Account storage for instructors who log into the studio teaching portal."""

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hotshop.models import Instructor


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_POLICY = HashingPolicy()


class InstructorAccounts:
    """Create and authenticate instructor logins for the teaching portal."""

    def __init__(self, session: Session, policy: HashingPolicy = DEFAULT_POLICY):
        self.session = session
        self.policy = policy

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.policy.algorithm, password.encode("utf-8"), salt, self.policy.iterations
        )

    def create(self, email: str, full_name: str, password: str) -> Instructor:
        salt = os.urandom(self.policy.salt_bytes)
        instructor = Instructor(
            email=email.strip().lower(),
            full_name=full_name,
            password_salt=salt.hex(),
            password_hash=self._derive(password, salt).hex(),
        )
        self.session.add(instructor)
        self.session.commit()
        return instructor

    def authenticate(self, email: str, password: str) -> Instructor | None:
        instructor = self.session.scalar(
            select(Instructor).where(Instructor.email == email.strip().lower())
        )
        if instructor is None or not instructor.is_active:
            return None
        candidate = self._derive(password, bytes.fromhex(instructor.password_salt))
        if hmac.compare_digest(candidate.hex(), instructor.password_hash):
            return instructor
        return None

    def change_password(self, instructor: Instructor, new_password: str) -> None:
        salt = os.urandom(self.policy.salt_bytes)
        instructor.password_salt = salt.hex()
        instructor.password_hash = self._derive(new_password, salt).hex()
        self.session.commit()
