"""Field-level encryption for passengers' emergency contacts stored with each booking."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from Crypto.Cipher import ChaCha20_Poly1305
from Crypto.Random import get_random_bytes

FORMAT_VERSION = b"\x01"
NONCE_SIZE = 12
TAG_SIZE = 16


@dataclass
class EmergencyContact:
    name: str
    relation: str
    phone: str


class ContactCipher:
    """Encrypts contacts so they only appear in clear on the launch-site tablet."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("contact key must be 32 bytes")
        self._key = key

    @classmethod
    def from_environment(cls) -> "ContactCipher":
        return cls(base64.b64decode(os.environ["CONTACT_FIELD_KEY"]))

    def encrypt(self, contact: EmergencyContact, booking_ref: str) -> str:
        nonce = get_random_bytes(NONCE_SIZE)
        cipher = ChaCha20_Poly1305.new(key=self._key, nonce=nonce)
        cipher.update(booking_ref.encode("utf-8"))
        ciphertext, tag = cipher.encrypt_and_digest(json.dumps(asdict(contact)).encode())
        return base64.urlsafe_b64encode(FORMAT_VERSION + nonce + tag + ciphertext).decode()

    def decrypt(self, token: str, booking_ref: str) -> EmergencyContact:
        blob = base64.urlsafe_b64decode(token.encode())
        if blob[:1] != FORMAT_VERSION:
            raise ValueError("unknown contact format")
        nonce = blob[1:1 + NONCE_SIZE]
        tag = blob[1 + NONCE_SIZE:1 + NONCE_SIZE + TAG_SIZE]
        ciphertext = blob[1 + NONCE_SIZE + TAG_SIZE:]
        cipher = ChaCha20_Poly1305.new(key=self._key, nonce=nonce)
        cipher.update(booking_ref.encode("utf-8"))
        plaintext = cipher.decrypt_and_verify(ciphertext, tag)
        return EmergencyContact(**json.loads(plaintext))


def seal_booking_contacts(bookings: list[dict], cipher: ContactCipher) -> list[dict]:
    sealed = []
    for booking in bookings:
        contact = EmergencyContact(**booking.pop("emergency_contact"))
        booking["emergency_contact_enc"] = cipher.encrypt(contact, booking["ref"])
        sealed.append(booking)
    return sealed
