"""Storage for key-safe codes customers give us for unattended access.

Engineers see the decrypted code on their job sheet only on the day of the visit.
"""

import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["KEYSAFE_ENC_KEY"])
    if len(key) not in (16, 24, 32):
        raise RuntimeError("KEYSAFE_ENC_KEY must decode to 16, 24 or 32 bytes")
    return key


class KeySafeVault:
    block_mode = _AES.MODE_ECB

    def __init__(self, key: bytes | None = None):
        self._key = key or _load_key()

    def _cipher(self):
        return _AES.new(self._key, self.block_mode)

    def seal(self, code: str) -> str:
        data = pad(code.encode("utf-8"), _AES.block_size)
        return base64.b64encode(self._cipher().encrypt(data)).decode("ascii")

    def open(self, token: str) -> str:
        raw = base64.b64decode(token)
        return unpad(self._cipher().decrypt(raw), _AES.block_size).decode("utf-8")


def attach_code_to_property(db, property_id: int, code: str, vault: KeySafeVault | None = None) -> None:
    vault = vault or KeySafeVault()
    db.execute(
        "UPDATE properties SET keysafe_code_enc = %s WHERE id = %s",
        (vault.seal(code), property_id),
    )
