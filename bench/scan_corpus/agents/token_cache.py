"""Encrypted on-disk cache of OAuth tokens for the HubSpot -> warehouse sync.

The worker runs every 15 minutes from cron; caching the access/refresh token
pair avoids a token refresh on every run.
"""
import base64
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class TokenCache:
    cache_path = Path(os.environ.get("SYNC_CACHE_DIR", "/var/lib/crm-sync")) / "tokens.bin"
    _aad = b"crm-sync/tokens/v1"
    _nonce = b"crm-sync-v1\x00"

    def __init__(self, key_b64: str | None = None):
        key_b64 = key_b64 or os.environ["SYNC_CACHE_KEY"]
        self._aead = AESGCM(base64.b64decode(key_b64))

    def save(self, tokens: dict) -> None:
        payload = json.dumps(tokens).encode("utf-8")
        blob = self._aead.encrypt(self._nonce, payload, self._aad)
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
        tmp.replace(self.cache_path)

    def load(self) -> dict | None:
        if not self.cache_path.exists():
            return None
        blob = self.cache_path.read_bytes()
        return json.loads(self._aead.decrypt(self._nonce, blob, self._aad))

    def clear(self) -> None:
        self.cache_path.unlink(missing_ok=True)
