"""Encrypted storage for Playwright storage_state snapshots.

Logged-in browser sessions for each automation profile are saved between runs
so that the bots do not have to go through SSO every time.
"""
import json
import os
import re
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12
_AAD_PREFIX = b"browser-state/v2:"
_PROFILE_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


class EncryptedStateStore:
    def __init__(self, directory: Path, key: bytes):
        self.directory = directory
        self._aead = AESGCM(key)

    def _path(self, profile: str) -> Path:
        if not _PROFILE_RE.match(profile):
            raise ValueError(f"invalid profile name: {profile!r}")
        return self.directory / f"{profile}.state"

    def save(self, profile: str, storage_state: dict) -> None:
        nonce = os.urandom(NONCE_LEN)
        data = json.dumps(storage_state).encode("utf-8")
        blob = nonce + self._aead.encrypt(nonce, data, _AAD_PREFIX + profile.encode())
        self.directory.mkdir(parents=True, exist_ok=True)
        fd = os.open(self._path(profile), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)

    def load(self, profile: str) -> dict | None:
        path = self._path(profile)
        if not path.exists():
            return None
        blob = path.read_bytes()
        nonce, ciphertext = blob[:NONCE_LEN], blob[NONCE_LEN:]
        data = self._aead.decrypt(nonce, ciphertext, _AAD_PREFIX + profile.encode())
        return json.loads(data)


def from_env() -> EncryptedStateStore:
    return EncryptedStateStore(
        Path(os.environ.get("BOT_STATE_DIR", "/var/lib/automation/state")),
        bytes.fromhex(os.environ["BOT_STATE_KEY"]),
    )
