"""Field-level encryption of farmer contact details in the holdings register.

Phone numbers and email addresses are encrypted before they are written
to the holdings table so that database extracts sent to analysts do not
expose personal contact details.
"""
import base64

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from knacker.config import settings


class ContactFieldCipher:
    block_bits = 128

    def __init__(self, key: bytes, iv: bytes):
        self._key = key
        self._iv = iv

    @classmethod
    def from_settings(cls) -> "ContactFieldCipher":
        return cls(
            bytes.fromhex(settings.CONTACT_FIELD_KEY),
            bytes.fromhex(settings.CONTACT_FIELD_IV),
        )

    def encrypt(self, plaintext: str) -> str:
        padder = padding.PKCS7(self.block_bits).padder()
        data = padder.update(plaintext.encode("utf-8")) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._key), modes.CBC(self._iv)).encryptor()
        return base64.b64encode(encryptor.update(data) + encryptor.finalize()).decode("ascii")

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        decryptor = Cipher(algorithms.AES(self._key), modes.CBC(self._iv)).decryptor()
        data = decryptor.update(raw) + decryptor.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


def protect_contact(row: dict, cipher: ContactFieldCipher | None = None) -> dict:
    cipher = cipher or ContactFieldCipher.from_settings()
    out = dict(row)
    for field_name in ("contact_phone", "contact_email"):
        if out.get(field_name):
            out[field_name] = cipher.encrypt(out[field_name])
    return out
