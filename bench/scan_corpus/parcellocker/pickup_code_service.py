"""Generate and rotate compartment pickup codes for parcel recipients."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone
from typing import Callable, Protocol


class CodeStore(Protocol):
    def is_active(self, locker_id: str, code: str) -> bool: ...
    def save(self, locker_id: str, compartment: int, code: str, expires_at: datetime) -> None: ...
    def revoke(self, locker_id: str, compartment: int) -> None: ...


def numeric_code(digits: int) -> str:
    return f"{secrets.randbelow(10 ** digits):0{digits}d}"


class PickupCodeService:
    def __init__(
        self,
        store: CodeStore,
        digits: int = 8,
        ttl: timedelta = timedelta(hours=72),
        generator: Callable[[int], str] = numeric_code,
    ) -> None:
        self.store = store
        self.digits = digits
        self.ttl = ttl
        self._generate = generator

    def issue(self, locker_id: str, compartment: int) -> str:
        for _ in range(20):
            code = self._generate(self.digits)
            if not self.store.is_active(locker_id, code):
                break
        else:
            raise RuntimeError("code space exhausted for locker " + locker_id)
        self.store.save(locker_id, compartment, code,
                        datetime.now(timezone.utc) + self.ttl)
        return code

    def rotate(self, locker_id: str, compartment: int) -> str:
        self.store.revoke(locker_id, compartment)
        return self.issue(locker_id, compartment)
