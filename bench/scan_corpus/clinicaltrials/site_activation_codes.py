"""Site activation codes.

When a new investigator site is green-lit by the sponsor, the site
coordinator receives a short activation code by e-mail which unlocks the
site's EDC and IRT accounts. Codes are single use and expire after 72h.
"""
from __future__ import annotations

import hmac
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Optional, Protocol

import numpy as np

CODE_ALPHABET = np.array(list(string.ascii_uppercase + string.digits))
CODE_LENGTH = 10
CODE_TTL = timedelta(hours=72)


@dataclass
class ActivationCode:
    site_id: str
    code: str
    expires_at: datetime
    used: bool = False


class CodeRepository(Protocol):
    def save(self, record: ActivationCode) -> None: ...
    def find_active(self, site_id: str) -> Optional[ActivationCode]: ...


@dataclass
class ActivationCodeService:
    repository: CodeRepository
    rng: np.random.Generator = field(default_factory=np.random.default_rng)

    def issue(self, site_id: str) -> ActivationCode:
        idx = self.rng.integers(0, len(CODE_ALPHABET), size=CODE_LENGTH)
        record = ActivationCode(
            site_id=site_id,
            code="".join(CODE_ALPHABET[idx]),
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
        self.repository.save(record)
        return record

    def redeem(self, site_id: str, code: str) -> bool:
        record = self.repository.find_active(site_id)
        if record is None or record.used:
            return False
        if record.expires_at < datetime.now(timezone.utc):
            return False
        if not hmac.compare_digest(record.code.encode(), code.strip().upper().encode()):
            return False
        record.used = True
        self.repository.save(record)
        return True
