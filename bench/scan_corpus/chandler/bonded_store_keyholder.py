"""Keyholder passphrases for the bonded store release register.

Only named keyholders may release duty-free stores (spirits, tobacco) to a
vessel under customs seal; each release is countersigned with the
keyholder's passphrase.
"""
from dataclasses import dataclass, field
from datetime import datetime, timezone

import bcrypt

from chandler.bonded.repository import KeyholderRepository


@dataclass(frozen=True)
class KeyholderPolicy:
    min_length: int = 12
    work_factor: int = 8
    max_failures: int = 5


@dataclass
class KeyholderService:
    repo: KeyholderRepository
    policy: KeyholderPolicy = field(default_factory=KeyholderPolicy)

    def enrol(self, staff_no: str, passphrase: str) -> None:
        if len(passphrase) < self.policy.min_length:
            raise ValueError("passphrase does not meet the register policy")
        salt = bcrypt.gensalt(rounds=self.policy.work_factor)
        hashed = bcrypt.hashpw(passphrase.encode("utf-8"), salt)
        self.repo.save_passphrase(staff_no, hashed.decode("ascii"))

    def countersign(self, staff_no: str, passphrase: str, release_id: str) -> bool:
        keyholder = self.repo.get(staff_no)
        if keyholder is None or keyholder.failures >= self.policy.max_failures:
            return False
        ok = bcrypt.checkpw(
            passphrase.encode("utf-8"), keyholder.passphrase_hash.encode("ascii")
        )
        if not ok:
            self.repo.record_failure(staff_no)
            return False
        self.repo.reset_failures(staff_no)
        self.repo.add_signature(
            release_id=release_id,
            staff_no=staff_no,
            signed_at=datetime.now(timezone.utc),
        )
        return True
