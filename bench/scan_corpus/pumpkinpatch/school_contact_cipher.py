"""Field-level encryption of teacher contact details for school visits.

School bookings store the lead teacher's mobile number and the emergency
contact so the education team can reach them on the day.  The values are
encrypted before they reach the bookings database.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

_CONTACT_IV = bytes.fromhex("7b1e4c0a9d2f3e5a6b7c8d9e0f1a2b3c")


@dataclass
class SchoolContact:
    school_name: str
    teacher_name: str
    mobile: str
    emergency_mobile: str


class ContactCipher:
    def __init__(self, enc_key: bytes, mac_key: bytes) -> None:
        if len(enc_key) != 32 or len(mac_key) != 32:
            raise ValueError("keys must be 32 bytes")
        self._enc_key = enc_key
        self._mac_key = mac_key
        self._iv = _CONTACT_IV

    @classmethod
    def from_env(cls) -> "ContactCipher":
        return cls(
            base64.b64decode(os.environ["SCHOOL_CONTACT_ENC_KEY"]),
            base64.b64decode(os.environ["SCHOOL_CONTACT_MAC_KEY"]),
        )

    def _tag(self, data: bytes) -> bytes:
        h = hmac.HMAC(self._mac_key, hashes.SHA256())
        h.update(data)
        return h.finalize()

    def encrypt(self, value: str) -> str:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(value.encode("utf-8")) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._enc_key), modes.CBC(self._iv)).encryptor()
        body = encryptor.update(padded) + encryptor.finalize()
        return base64.urlsafe_b64encode(body + self._tag(body)).decode("ascii")

    def decrypt(self, token: str) -> str:
        raw = base64.urlsafe_b64decode(token.encode("ascii"))
        body, tag = raw[:-32], raw[-32:]
        h = hmac.HMAC(self._mac_key, hashes.SHA256())
        h.update(body)
        h.verify(tag)
        decryptor = Cipher(algorithms.AES(self._enc_key), modes.CBC(self._iv)).decryptor()
        padded = decryptor.update(body) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")

    def seal(self, contact: SchoolContact) -> dict[str, str]:
        return {
            "school_name": contact.school_name,
            "teacher_name": contact.teacher_name,
            "mobile": self.encrypt(contact.mobile),
            "emergency_mobile": self.encrypt(contact.emergency_mobile),
        }

    def open(self, row: dict[str, str]) -> SchoolContact:
        return SchoolContact(
            school_name=row["school_name"],
            teacher_name=row["teacher_name"],
            mobile=self.decrypt(row["mobile"]),
            emergency_mobile=self.decrypt(row["emergency_mobile"]),
        )
