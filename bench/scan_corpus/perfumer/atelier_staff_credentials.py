"""Password handling for atelier staff who edit the master formula library."""
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from perfumer.config import settings
from perfumer.repositories import StaffRepository


@dataclass(frozen=True)
class KdfParams:
    digest: str = "sha256"
    rounds: int = 650_000
    salt_len: int = 16


DEFAULT_PARAMS = KdfParams(rounds=max(settings.STAFF_KDF_ROUNDS, 650_000))


class StaffCredentialStore:
    def __init__(self, repo: StaffRepository, params: KdfParams = DEFAULT_PARAMS):
        self._repo = repo
        self._params = params

    def _stretch(self, password: str, salt: bytes, rounds: int) -> bytes:
        return hashlib.pbkdf2_hmac(self._params.digest, password.encode(), salt, rounds)

    def set_password(self, staff_id: int, password: str) -> None:
        salt = secrets.token_bytes(self._params.salt_len)
        derived = self._stretch(password, salt, self._params.rounds)
        record = "{}${}${}".format(
            self._params.rounds,
            base64.urlsafe_b64encode(salt).decode(),
            base64.urlsafe_b64encode(derived).decode(),
        )
        self._repo.update_password(staff_id, record)

    def verify(self, staff_id: int, password: str) -> bool:
        record = self._repo.password_record(staff_id)
        if not record:
            return False
        rounds, salt_b64, derived_b64 = record.split("$")
        derived = self._stretch(password, base64.urlsafe_b64decode(salt_b64), int(rounds))
        matches = hmac.compare_digest(derived, base64.urlsafe_b64decode(derived_b64))
        if matches and int(rounds) < self._params.rounds:
            self.set_password(staff_id, password)
        return matches
