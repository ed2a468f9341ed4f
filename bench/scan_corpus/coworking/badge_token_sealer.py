"""Seals mobile-badge tokens stored in the member app's wallet pass.

The pass carries an opaque blob that the door reader gateway opens with the
site key to learn which member is tapping their phone.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
VERSION = b"\x01"


@dataclass
class MobileBadge:
    member_id: int
    site_id: int
    issued_at: int
    expires_at: int


class BadgeSealer:
    def __init__(self, key: bytes | None = None) -> None:
        self._aead = AESGCM(key or bytes.fromhex(os.environ["MOBILE_BADGE_KEY"]))

    def seal(self, badge: MobileBadge) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        plaintext = json.dumps(asdict(badge), separators=(",", ":")).encode()
        return VERSION + nonce + self._aead.encrypt(nonce, plaintext, VERSION)

    def open(self, blob: bytes) -> MobileBadge | None:
        if len(blob) <= 1 + NONCE_BYTES or blob[:1] != VERSION:
            return None
        nonce, ciphertext = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        try:
            plaintext = self._aead.decrypt(nonce, ciphertext, VERSION)
        except InvalidTag:
            return None
        badge = MobileBadge(**json.loads(plaintext))
        if badge.expires_at < int(time.time()):
            return None
        return badge


def issue_for_member(member_id: int, site_id: int, days: int = 30) -> bytes:
    now = int(time.time())
    badge = MobileBadge(member_id=member_id, site_id=site_id, issued_at=now, expires_at=now + days * 86400)
    return BadgeSealer().seal(badge)
