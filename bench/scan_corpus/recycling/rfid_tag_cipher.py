"""Encode/decode the household reference written to bin RFID tags.

Tags hold 32 bytes of user memory. We store an encrypted household
reference so a scanned tag can't be tied back to an address without the
depot key.
"""

import os
import struct

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

TAG_PROFILE = {
    "key_env": "RFID_TAG_KEY_HEX",
    "mode": _AES.MODE_ECB,
    "block_size": 16,
    "memory_bytes": 32,
}

# household_id, bin_type, bin_size_litres, issued (days since 2000-01-01)
_RECORD = struct.Struct(">IHHI")


class TagFormatError(ValueError):
    pass


class TagCodec:
    def __init__(self, key: bytes | None = None, profile: dict = TAG_PROFILE):
        self._profile = profile
        self._key = key or bytes.fromhex(os.environ[profile["key_env"]])

    def _cipher(self):
        return _AES.new(self._key, self._profile["mode"])

    def encode(self, household_id: int, bin_type: int, bin_size_l: int, issued_day: int) -> bytes:
        plain = _RECORD.pack(household_id, bin_type, bin_size_l, issued_day)
        blob = self._cipher().encrypt(pad(plain, self._profile["block_size"]))
        if len(blob) > self._profile["memory_bytes"]:
            raise TagFormatError("record does not fit tag memory")
        return blob.ljust(self._profile["memory_bytes"], b"\x00")

    def decode(self, memory: bytes) -> dict:
        blob = memory[: self._profile["block_size"]]
        try:
            plain = unpad(self._cipher().decrypt(blob), self._profile["block_size"])
            household_id, bin_type, bin_size_l, issued_day = _RECORD.unpack(plain)
        except (ValueError, struct.error) as exc:
            raise TagFormatError("unreadable tag") from exc
        return {
            "household_id": household_id,
            "bin_type": bin_type,
            "bin_size_l": bin_size_l,
            "issued_day": issued_day,
        }
