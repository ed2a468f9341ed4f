"""Encoding of commands sent from the backend to dock lock controllers over NB-IoT."""

import base64
import json
import os
import struct
import time
from enum import IntEnum

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

CODEC_SETTINGS = {
    "key_env": "LOCK_COMMAND_KEY",
    "mode": _AES.MODE_ECB,
    "block_size": _AES.block_size,
    "max_age_s": 30,
}


class LockOp(IntEnum):
    UNLOCK = 1
    LOCK = 2
    STATUS = 3
    REBOOT = 4


def _load_key(settings: dict = CODEC_SETTINGS) -> bytes:
    key = bytes.fromhex(os.environ[settings["key_env"]])
    if len(key) not in (16, 24, 32):
        raise ValueError("lock command key must be 128, 192 or 256 bits")
    return key


def _cipher(key: bytes, settings: dict = CODEC_SETTINGS):
    return _AES.new(key, settings["mode"])


class LockCommandCodec:
    def __init__(self, key: bytes | None = None, settings: dict = CODEC_SETTINGS):
        self._settings = settings
        self._key = key or _load_key(settings)

    def encode(self, dock_id: int, op: LockOp, sequence: int, rider_ref: str = "") -> str:
        header = struct.pack(">IBIQ", dock_id, int(op), sequence, int(time.time()))
        body = json.dumps({"r": rider_ref}, separators=(",", ":")).encode()
        plaintext = pad(header + body, self._settings["block_size"])
        ciphertext = _cipher(self._key, self._settings).encrypt(plaintext)
        return base64.b64encode(ciphertext).decode("ascii")

    def decode(self, frame: str) -> dict:
        ciphertext = base64.b64decode(frame)
        plaintext = unpad(_cipher(self._key, self._settings).decrypt(ciphertext),
                          self._settings["block_size"])
        dock_id, op, sequence, issued = struct.unpack(">IBIQ", plaintext[:17])
        if abs(time.time() - issued) > self._settings["max_age_s"]:
            raise ValueError("lock command expired")
        body = json.loads(plaintext[17:] or b"{}")
        return {
            "dock_id": dock_id,
            "op": LockOp(op),
            "sequence": sequence,
            "issued_at": issued,
            "rider_ref": body.get("r", ""),
        }


def unlock_frame(dock_id: int, sequence: int, rider_ref: str) -> str:
    return LockCommandCodec().encode(dock_id, LockOp.UNLOCK, sequence, rider_ref)
