"""Encrypted share links for photo packages.

Guests can share a link to their gallery; the link carries the package id
and expiry encrypted with AES-GCM so it can be validated without a lookup.
"""
import base64
import json
import os
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
ASSOCIATED_DATA = b"zp-photo-share-v1"


class ShareLinkInvalid(Exception):
    pass


@dataclass
class ShareGrant:
    package_id: str
    expires_at: int
    allow_download: bool = False


class ShareLinkCipher:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "ShareLinkCipher":
        return cls(base64.urlsafe_b64decode(os.environ["ZP_SHARE_LINK_KEY"]))

    def seal(self, grant: ShareGrant) -> str:
        nonce = os.urandom(NONCE_BYTES)
        plaintext = json.dumps(grant.__dict__, separators=(",", ":")).encode()
        sealed = nonce + self._aead.encrypt(nonce, plaintext, ASSOCIATED_DATA)
        return base64.urlsafe_b64encode(sealed).decode().rstrip("=")

    def open(self, token: str) -> ShareGrant:
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            nonce, ciphertext = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
            grant = ShareGrant(**json.loads(self._aead.decrypt(nonce, ciphertext, ASSOCIATED_DATA)))
        except (ValueError, InvalidTag, TypeError) as exc:
            raise ShareLinkInvalid("share link is not valid") from exc
        if grant.expires_at < int(time.time()):
            raise ShareLinkInvalid("share link has expired")
        return grant
