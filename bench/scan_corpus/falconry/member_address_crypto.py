"""Field-level encryption for members' postal addresses and phone numbers.

Adoption packs are posted out, so addresses are kept, but encrypted at rest
with a key held in the settings vault rather than in the database.
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

KEY_VERSION = 1


@dataclass
class ContactDetails:
    address_lines: list[str]
    postcode: str
    phone: str

    def to_bytes(self) -> bytes:
        return json.dumps({"address": self.address_lines, "postcode": self.postcode,
                           "phone": self.phone}, separators=(",", ":")).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> "ContactDetails":
        data = json.loads(raw)
        return cls(data["address"], data["postcode"], data["phone"])


class ContactCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("expected a 256-bit key")
        self._key = key

    def encrypt(self, details: ContactDetails, member_id: int) -> str:
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=get_random_bytes(12))
        cipher.update(f"member:{member_id}:v{KEY_VERSION}".encode())
        ciphertext, tag = cipher.encrypt_and_digest(details.to_bytes())
        blob = bytes([KEY_VERSION]) + cipher.nonce + tag + ciphertext
        return base64.urlsafe_b64encode(blob).decode("ascii")

    def decrypt(self, token: str, member_id: int) -> ContactDetails:
        blob = base64.urlsafe_b64decode(token.encode("ascii"))
        version, nonce, tag, ciphertext = blob[0], blob[1:13], blob[13:29], blob[29:]
        if version != KEY_VERSION:
            raise ValueError(f"unsupported key version {version}")
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce)
        cipher.update(f"member:{member_id}:v{version}".encode())
        return ContactDetails.from_bytes(cipher.decrypt_and_verify(ciphertext, tag))
