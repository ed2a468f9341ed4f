"""Encrypted payload written to RFID wristbands (season pass + stored value id)."""
import json
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12
AAD = b"wristband-v3"


@dataclass
class WristbandData:
    pass_id: str
    wallet_id: str
    tier: str


class WristbandCodec:
    def __init__(self, key_provider):
        self._key_provider = key_provider

    def _aead(self) -> AESGCM:
        return AESGCM(self._key_provider.current_key("wristband"))

    def encode(self, data: WristbandData) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        body = json.dumps(data.__dict__, separators=(",", ":")).encode()
        return nonce + self._aead().encrypt(nonce, body, AAD)

    def decode(self, blob: bytes) -> WristbandData:
        nonce, ct = blob[:NONCE_LEN], blob[NONCE_LEN:]
        body = self._aead().decrypt(nonce, ct, AAD)
        return WristbandData(**json.loads(body))
