"""On-disk store for card terminal session keys.

The payment terminal hands the kiosk agent a session key after each logon.
We keep it between agent restarts so the kiosk does not have to force a new
terminal logon (which takes ~20 s and blocks the lane) every time the agent
is updated.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

KEYSTORE_PATH = Path(os.environ.get("KIOSK_TERMINAL_KEYSTORE", "/var/lib/kiosk/terminal_keys.bin"))
WRAP_KEY_ENV = "KIOSK_TERMINAL_WRAP_KEY"


def _wrap_key() -> bytes:
    # 24-byte key material provisioned by the store setup tool; the terminal
    # firmware uses the same TDES key block format.
    key = bytes.fromhex(os.environ[WRAP_KEY_ENV])
    return DES3.adjust_key_parity(key)


class TerminalKeystore:
    def __init__(self, path: Path = KEYSTORE_PATH):
        self.path = path

    def save(self, terminal_id: str, session_key: bytes, ttl: int = 8 * 3600) -> None:
        blob = json.dumps(
            {"terminal_id": terminal_id, "key": session_key.hex(), "exp": int(time.time()) + ttl}
        ).encode()
        iv = get_random_bytes(8)
        cipher = DES3.new(_wrap_key(), DES3.MODE_CBC, iv=iv)
        self.path.write_bytes(iv + cipher.encrypt(pad(blob, DES3.block_size)))
        os.chmod(self.path, 0o600)

    def load(self, terminal_id: str) -> bytes | None:
        if not self.path.exists():
            return None
        data = self.path.read_bytes()
        iv, body = data[:8], data[8:]
        cipher = DES3.new(_wrap_key(), DES3.MODE_CBC, iv=iv)
        record = json.loads(unpad(cipher.decrypt(body), DES3.block_size))
        if record["terminal_id"] != terminal_id or record["exp"] < time.time():
            return None
        return bytes.fromhex(record["key"])

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
