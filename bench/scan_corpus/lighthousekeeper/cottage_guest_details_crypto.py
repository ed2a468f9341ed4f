"""Field encryption for holiday-cottage guest details (phone, address, access needs)."""
import base64
import json

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

from lighthousekeeper.settings import settings

NONCE_LEN = 12
TAG_LEN = 16
VERSION = b"\x01"


class GuestDetailsCipher:
    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(settings.COTTAGE_FIELD_KEY)
        if len(self._key) not in (16, 24, 32):
            raise ValueError("invalid AES key length")

    def encrypt(self, booking_ref: str, details: dict) -> str:
        nonce = get_random_bytes(NONCE_LEN)
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
        cipher.update(booking_ref.encode("utf-8"))
        ciphertext, tag = cipher.encrypt_and_digest(json.dumps(details).encode("utf-8"))
        return base64.urlsafe_b64encode(VERSION + nonce + tag + ciphertext).decode("ascii")

    def decrypt(self, booking_ref: str, token: str) -> dict:
        blob = base64.urlsafe_b64decode(token)
        if blob[:1] != VERSION:
            raise ValueError("unsupported ciphertext version")
        nonce = blob[1 : 1 + NONCE_LEN]
        tag = blob[1 + NONCE_LEN : 1 + NONCE_LEN + TAG_LEN]
        ciphertext = blob[1 + NONCE_LEN + TAG_LEN :]
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
        cipher.update(booking_ref.encode("utf-8"))
        return json.loads(cipher.decrypt_and_verify(ciphertext, tag))
