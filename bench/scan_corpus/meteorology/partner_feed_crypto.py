"""Payload encryption for the outbound partner observation feed.

Each partner gets its own AES key from the secrets manager; batches of
decoded station observations are JSON encoded, encrypted and posted.
"""
import json
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

from .secrets_client import get_partner_key


class FeedEncryptor:
    BLOCK = AES.block_size
    FEED_IV = bytes(16)

    def __init__(self, partner_id: str):
        self.partner_id = partner_id
        self._key = get_partner_key(partner_id)

    def seal(self, observations: list[dict]) -> bytes:
        body = json.dumps(observations, separators=(",", ":")).encode()
        cipher = AES.new(self._key, AES.MODE_CBC, iv=self.FEED_IV)
        return cipher.encrypt(pad(body, self.BLOCK))

    def open(self, blob: bytes) -> list[dict]:
        cipher = AES.new(self._key, AES.MODE_CBC, iv=self.FEED_IV)
        return json.loads(unpad(cipher.decrypt(blob), self.BLOCK))


def encrypt_batch_for(partner_id: str, batch: list[dict]) -> bytes:
    if os.environ.get("FEED_ENCRYPTION", "on") == "off":
        return json.dumps(batch).encode()
    return FeedEncryptor(partner_id).seal(batch)
