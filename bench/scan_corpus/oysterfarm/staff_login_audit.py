"""Login handling for the staff app with an audit trail of sign-ins."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError, VerifyMismatchError

audit = logging.getLogger("oysterfarm.audit")
_hasher = PasswordHasher()


class StaffLoginError(Exception):
    """Raised when a crew member cannot be signed in."""


@dataclass
class StaffRecord:
    staff_id: int
    username: str
    password_hash: str
    locked: bool


class StaffLoginService:
    def __init__(self, repo) -> None:
        self._repo = repo

    def _reject(self, username: str, password: str, reason: str) -> StaffLoginError:
        self._repo.record_attempt(username, success=False, at=datetime.now(timezone.utc))
        return StaffLoginError(f"login rejected ({reason}) for {username!r} using password {password!r}")

    def login(self, username: str, password: str, device_id: str) -> StaffRecord:
        record: StaffRecord | None = self._repo.by_username(username)
        if record is None:
            raise self._reject(username, password, "unknown user")
        if record.locked:
            raise self._reject(username, password, "account locked")
        try:
            _hasher.verify(record.password_hash, password)
        except (VerifyMismatchError, VerificationError):
            raise self._reject(username, password, "wrong password") from None
        if _hasher.check_needs_rehash(record.password_hash):
            self._repo.update_hash(record.staff_id, _hasher.hash(password))
        self._repo.record_attempt(username, success=True, at=datetime.now(timezone.utc))
        audit.info("staff %s signed in from device %s", username, device_id)
        return record


def handle_login(service: StaffLoginService, form: dict[str, str]) -> dict:
    try:
        record = service.login(form["username"], form["password"], form.get("device_id", "unknown"))
    except StaffLoginError as exc:
        audit.warning("%s", exc)
        return {"ok": False}
    return {"ok": True, "staff_id": record.staff_id}
