"""Encrypts customer phone numbers and addresses kept for commission follow-ups."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

NONCE_BYTES = 12
TAG_BYTES = 16


@dataclass
class ContactDetails:
    name: str
    phone: str
    address: str


class ContactCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("contact cipher key must be 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls) -> "ContactCipher":
        return cls(base64.b64decode(os.environ["CONTACT_CIPHER_KEY"]))

    @staticmethod
    def _cipher(key: bytes, nonce: bytes, tag: bytes | None = None) -> Cipher:
        return Cipher(algorithms.AES(key), modes.GCM(nonce, tag))

    def seal(self, details: ContactDetails, customer_id: int) -> str:
        nonce = os.urandom(NONCE_BYTES)
        encryptor = self._cipher(self._key, nonce).encryptor()
        encryptor.authenticate_additional_data(str(customer_id).encode("ascii"))
        plaintext = json.dumps(asdict(details)).encode("utf-8")
        ciphertext = encryptor.update(plaintext) + encryptor.finalize()
        return base64.urlsafe_b64encode(nonce + ciphertext + encryptor.tag).decode("ascii")

    def open(self, token: str, customer_id: int) -> ContactDetails:
        blob = base64.urlsafe_b64decode(token.encode("ascii"))
        nonce, body, tag = blob[:NONCE_BYTES], blob[NONCE_BYTES:-TAG_BYTES], blob[-TAG_BYTES:]
        decryptor = self._cipher(self._key, nonce, tag).decryptor()
        decryptor.authenticate_additional_data(str(customer_id).encode("ascii"))
        plaintext = decryptor.update(body) + decryptor.finalize()
        return ContactDetails(**json.loads(plaintext))
