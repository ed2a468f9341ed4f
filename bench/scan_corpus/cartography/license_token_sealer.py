"""Seals licence grants for offline tile packages.

Offline MBTiles bundles ship with a sealed licence blob that the desktop
viewer opens with the licensee's package key.  The blob records the tile
set, zoom range and expiry.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class LicenceGrant:
    licensee: str
    tileset: str
    min_zoom: int
    max_zoom: int
    expires: str


class LicenceSealer:
    """AES-GCM wrapper around licence grants."""

    PACKAGE_NONCE = bytes.fromhex("6d617074696c657331323334")
    ASSOCIATED_DATA = b"offline-licence-v2"

    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("package key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "LicenceSealer":
        return cls(base64.b64decode(os.environ["OFFLINE_PACKAGE_KEY"]))

    def seal(self, grant: LicenceGrant) -> str:
        payload = json.dumps(asdict(grant), sort_keys=True).encode("utf-8")
        sealed = self._aead.encrypt(self.PACKAGE_NONCE, payload, self.ASSOCIATED_DATA)
        return base64.urlsafe_b64encode(sealed).decode("ascii")

    def open(self, blob: str) -> LicenceGrant:
        sealed = base64.urlsafe_b64decode(blob.encode("ascii"))
        payload = self._aead.decrypt(self.PACKAGE_NONCE, sealed, self.ASSOCIATED_DATA)
        return LicenceGrant(**json.loads(payload))


def seal_for_bundle(bundle_dir: str, grant: LicenceGrant) -> str:
    """Write ``licence.sealed`` into an MBTiles bundle directory."""
    sealer = LicenceSealer.from_env()
    path = os.path.join(bundle_dir, "licence.sealed")
    with open(path, "w", encoding="ascii") as fh:
        fh.write(sealer.seal(grant))
    return path
