"""Device tokens for the van tablets.

Each tablet is enrolled once at the depot. It receives a random device token
which it presents on every sync; the office keeps only a SHA-256 digest of
the token so a database leak doesn't let anyone impersonate a tablet.
"""
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Dict, Optional


@dataclass
class EnrolledTablet:
    tablet_id: str
    van_reg: str
    token_digest: str
    enrolled_at: datetime
    revoked: bool = False


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


class TabletRegistry:
    def __init__(self) -> None:
        self._tablets: Dict[str, EnrolledTablet] = {}

    def enrol(self, tablet_id: str, van_reg: str) -> str:
        token = secrets.token_hex(32)
        self._tablets[tablet_id] = EnrolledTablet(
            tablet_id=tablet_id,
            van_reg=van_reg.upper().replace(" ", ""),
            token_digest=_digest(token),
            enrolled_at=datetime.now(timezone.utc),
        )
        return token

    def revoke(self, tablet_id: str) -> None:
        if tablet_id in self._tablets:
            self._tablets[tablet_id].revoked = True

    def authenticate(self, tablet_id: str, presented: str) -> Optional[EnrolledTablet]:
        tablet = self._tablets.get(tablet_id)
        if tablet is None or tablet.revoked:
            return None
        if not secrets.compare_digest(_digest(presented), tablet.token_digest):
            return None
        return tablet
