"""Password handling for the booth supervisor back-office login.

Supervisors sign in to reconcile cash drawers and approve manual lane
overrides. Hashes are produced with Argon2id.
"""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from tollkeeper.db import session_scope
from tollkeeper.models import BoothSupervisor

_hasher = PasswordHasher(
    time_cost=3,
    memory_cost=64 * 1024,
    parallelism=4,
    hash_len=32,
    salt_len=16,
)


class SupervisorPasswordService:
    def __init__(self, hasher: PasswordHasher = _hasher):
        self.hasher = hasher

    def set_password(self, supervisor_id: int, password: str) -> None:
        if len(password) < 12:
            raise ValueError("password too short")
        with session_scope() as session:
            supervisor = session.get(BoothSupervisor, supervisor_id)
            supervisor.password_hash = self.hasher.hash(password)

    def authenticate(self, username: str, password: str) -> BoothSupervisor | None:
        with session_scope() as session:
            supervisor = (
                session.query(BoothSupervisor).filter_by(username=username).one_or_none()
            )
            if supervisor is None or not supervisor.active:
                return None
            try:
                self.hasher.verify(supervisor.password_hash, password)
            except (VerifyMismatchError, InvalidHashError):
                return None
            if self.hasher.check_needs_rehash(supervisor.password_hash):
                supervisor.password_hash = self.hasher.hash(password)
            session.expunge(supervisor)
            return supervisor
