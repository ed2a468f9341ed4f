"""Encrypted storage of recipient phone numbers and e-mail addresses.

Contact details are encrypted at rest. Support agents still need to find a
shipment by phone number, so we keep a keyed blind index alongside the
ciphertext instead of encrypting deterministically.
"""
import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from courier.secrets import get_secret

NONCE_LEN = 12


class ContactCipher:
    def __init__(self):
        self._aead = AESGCM(base64.b64decode(get_secret("contact-data-key")))
        self._index_key = base64.b64decode(get_secret("contact-index-key"))

    def blind_index(self, value: str) -> str:
        normalised = value.replace(" ", "").lower()
        return hmac.new(self._index_key, normalised.encode(), hashlib.sha256).hexdigest()

    def encrypt(self, value: str, shipment_id: str) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        return nonce + self._aead.encrypt(nonce, value.encode("utf-8"), shipment_id.encode())

    def decrypt(self, blob: bytes, shipment_id: str) -> str:
        nonce, ciphertext = blob[:NONCE_LEN], blob[NONCE_LEN:]
        return self._aead.decrypt(nonce, ciphertext, shipment_id.encode()).decode("utf-8")


def store_contact(row, phone: str, cipher: ContactCipher) -> None:
    row.phone_enc = cipher.encrypt(phone, str(row.shipment_id))
    row.phone_idx = cipher.blind_index(phone)


def find_by_phone(session, model, phone: str, cipher: ContactCipher):
    return session.query(model).filter(model.phone_idx == cipher.blind_index(phone)).all()
