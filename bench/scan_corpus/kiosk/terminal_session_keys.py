"""Persists card terminal session keys across kiosk agent restarts."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

STORE_PATH = Path(os.environ.get("KIOSK_TERMINAL_KEYSTORE", "/var/lib/kiosk/terminal_keys.bin"))


def _wrapping_key() -> bytes:
    key = bytes.fromhex(os.environ["KIOSK_TERMINAL_WRAP_KEY"])
    if len(key) != 32:
        raise RuntimeError("KIOSK_TERMINAL_WRAP_KEY must be 32 bytes of hex")
    return key


class SessionKeyStore:
    def __init__(self, path: Path = STORE_PATH):
        self.path = path
        self._aead = ChaCha20Poly1305(_wrapping_key())

    def save(self, terminal_id: str, session_key: bytes, ttl: int = 8 * 3600) -> None:
        record = json.dumps(
            {"terminal_id": terminal_id, "key": session_key.hex(), "exp": int(time.time()) + ttl}
        ).encode()
        nonce = os.urandom(12)
        blob = nonce + self._aead.encrypt(nonce, record, terminal_id.encode())
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)

    def load(self, terminal_id: str) -> bytes | None:
        if not self.path.exists():
            return None
        blob = self.path.read_bytes()
        record = json.loads(self._aead.decrypt(blob[:12], blob[12:], terminal_id.encode()))
        if record["exp"] < time.time():
            return None
        return bytes.fromhex(record["key"])

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
