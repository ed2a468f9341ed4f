"""Encrypts stock snapshots exchanged between the workshop shop tills and the online catalogue."""

import json
from dataclasses import asdict, dataclass

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

from toyshop.config import settings

HEADER = b"TSYNC2"
NONCE_BYTES = 12
TAG_BYTES = 16


@dataclass
class StockSnapshot:
    till_id: str
    taken_at: str
    levels: dict[str, int]


class TillSyncCipher:
    def __init__(self, key_hex: str = settings.till_sync_key):
        self.key = bytes.fromhex(key_hex)
        if len(self.key) != 32:
            raise ValueError("till sync key must be 256 bits")

    def seal(self, snapshot: StockSnapshot) -> bytes:
        nonce = get_random_bytes(NONCE_BYTES)
        cipher = AES.new(self.key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
        cipher.update(HEADER)
        ciphertext, tag = cipher.encrypt_and_digest(json.dumps(asdict(snapshot)).encode())
        return HEADER + nonce + tag + ciphertext

    def unseal(self, blob: bytes) -> StockSnapshot:
        if not blob.startswith(HEADER):
            raise ValueError("not a till sync payload")
        body = blob[len(HEADER):]
        nonce, tag, ciphertext = body[:NONCE_BYTES], body[NONCE_BYTES:NONCE_BYTES + TAG_BYTES], body[NONCE_BYTES + TAG_BYTES:]
        cipher = AES.new(self.key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
        cipher.update(HEADER)
        data = json.loads(cipher.decrypt_and_verify(ciphertext, tag))
        return StockSnapshot(**data)
