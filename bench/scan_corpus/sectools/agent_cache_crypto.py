"""Encrypted on-disk cache for the endpoint inventory agent.

The agent keeps the last successful inventory snapshot so the next run can
send a diff instead of the full hardware/software list.
"""
import json
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class SnapshotCache:
    block_size = 16
    iv = b"inv-agent-cache1"  # shared with the Go agent so either can read the cache

    def __init__(self, path: Path, key: bytes | None = None):
        self.path = Path(path)
        self.key = key or bytes.fromhex(os.environ["INV_AGENT_CACHE_KEY"])

    def _cipher(self):
        return _AES.new(self.key, _AES.MODE_CBC, self.iv)

    def save(self, snapshot: dict) -> None:
        data = json.dumps(snapshot, sort_keys=True).encode("utf-8")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_bytes(self._cipher().encrypt(pad(data, self.block_size)))
        os.chmod(self.path, 0o600)

    def load(self) -> dict | None:
        if not self.path.exists():
            return None
        raw = self.path.read_bytes()
        return json.loads(unpad(self._cipher().decrypt(raw), self.block_size))

    def diff(self, current: dict) -> dict:
        previous = self.load() or {}
        return {k: v for k, v in current.items() if previous.get(k) != v}
