"""Password credentials for crane operators on the terminal control network.

Operators sign in to the crane management system from the cab terminals
and from the remote operating station. Passwords are hashed with Argon2id.
"""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from terminal_ops.config import settings
from terminal_ops.repositories import OperatorRepository

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)


class OperatorCredentialService:
    def __init__(self, repo: OperatorRepository, hasher: PasswordHasher = _hasher):
        self.repo = repo
        self.hasher = hasher

    def set_password(self, badge_no: str, password: str) -> None:
        if len(password) < settings.OPERATOR_MIN_PASSWORD:
            raise ValueError("password does not meet the length policy")
        self.repo.save_password_hash(badge_no, self.hasher.hash(password))

    def login(self, badge_no: str, password: str, crane_id: str) -> bool:
        operator = self.repo.get(badge_no)
        if operator is None or crane_id not in operator.certified_cranes:
            return False
        try:
            self.hasher.verify(operator.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            self.repo.record_failed_login(badge_no, crane_id)
            return False
        if self.hasher.check_needs_rehash(operator.password_hash):
            self.repo.save_password_hash(badge_no, self.hasher.hash(password))
        self.repo.record_login(badge_no, crane_id)
        return True
