"""Sealed envelopes for observation batches sent to partner feeds."""
import json

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

from .secrets_client import get_partner_key


class FeedEnvelope:
    NONCE_BYTES = 12
    TAG_BYTES = 16

    def __init__(self, partner_id: str):
        self.partner_id = partner_id
        self._key = get_partner_key(partner_id)

    def seal(self, observations: list[dict]) -> bytes:
        body = json.dumps(observations, separators=(",", ":")).encode()
        nonce = get_random_bytes(self.NONCE_BYTES)
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce, mac_len=self.TAG_BYTES)
        cipher.update(self.partner_id.encode())
        ciphertext, tag = cipher.encrypt_and_digest(body)
        return nonce + tag + ciphertext

    def open(self, blob: bytes) -> list[dict]:
        nonce = blob[: self.NONCE_BYTES]
        tag = blob[self.NONCE_BYTES : self.NONCE_BYTES + self.TAG_BYTES]
        ciphertext = blob[self.NONCE_BYTES + self.TAG_BYTES :]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce, mac_len=self.TAG_BYTES)
        cipher.update(self.partner_id.encode())
        return json.loads(cipher.decrypt_and_verify(ciphertext, tag))
