"""Seals keg dispatch manifests shared with the contract haulier's portal."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


@dataclass
class KegManifest:
    dispatch_ref: str
    trade_account: str
    keg_serials: list[str]
    litres: int


class ManifestSealer:
    nonce_len = 12
    version = b"\x02"

    def __init__(self, key: bytes) -> None:
        self._aead = ChaCha20Poly1305(key)

    @classmethod
    def from_env(cls, var: str = "KEG_MANIFEST_KEY") -> "ManifestSealer":
        return cls(base64.b64decode(os.environ[var]))

    @staticmethod
    def _aad(manifest_ref: str) -> bytes:
        return f"keg-manifest:{manifest_ref}".encode()

    def seal(self, manifest: KegManifest) -> str:
        nonce = os.urandom(self.nonce_len)
        body = json.dumps(asdict(manifest), separators=(",", ":")).encode()
        ct = self._aead.encrypt(nonce, body, self._aad(manifest.dispatch_ref))
        return base64.urlsafe_b64encode(self.version + nonce + ct).decode()

    def open(self, dispatch_ref: str, token: str) -> KegManifest:
        raw = base64.urlsafe_b64decode(token)
        if raw[:1] != self.version:
            raise ValueError("unsupported manifest version")
        nonce, ct = raw[1 : 1 + self.nonce_len], raw[1 + self.nonce_len :]
        data = json.loads(self._aead.decrypt(nonce, ct, self._aad(dispatch_ref)))
        return KegManifest(**data)
