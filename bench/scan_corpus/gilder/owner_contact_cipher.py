"""Field encryption for private owners' contact details.

Some frames come from private collectors who do not want their address or
phone number readable in database dumps.  Fields are encrypted with AES-CBC
under a random IV and authenticated with HMAC-SHA256 (encrypt-then-MAC).
"""
import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

IV_LEN = 16
TAG_LEN = 32


class InvalidField(Exception):
    pass


class OwnerContactCipher:
    def __init__(self, master_key: bytes) -> None:
        self._enc_key = hmac.new(master_key, b"owner-contact/enc", hashlib.sha256).digest()
        self._mac_key = hmac.new(master_key, b"owner-contact/mac", hashlib.sha256).digest()

    @classmethod
    def from_env(cls) -> "OwnerContactCipher":
        return cls(base64.b64decode(os.environ["OWNER_FIELD_KEY"]))

    def encrypt(self, plaintext: str) -> str:
        iv = os.urandom(IV_LEN)
        padder = padding.PKCS7(128).padder()
        data = padder.update(plaintext.encode()) + padder.finalize()
        enc = Cipher(algorithms.AES(self._enc_key), modes.CBC(iv)).encryptor()
        body = iv + enc.update(data) + enc.finalize()
        tag = hmac.new(self._mac_key, body, hashlib.sha256).digest()
        return base64.b64encode(body + tag).decode()

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        body, tag = raw[:-TAG_LEN], raw[-TAG_LEN:]
        expected = hmac.new(self._mac_key, body, hashlib.sha256).digest()
        if not hmac.compare_digest(tag, expected):
            raise InvalidField("contact field failed authentication")
        iv, ciphertext = body[:IV_LEN], body[IV_LEN:]
        dec = Cipher(algorithms.AES(self._enc_key), modes.CBC(iv)).decryptor()
        data = dec.update(ciphertext) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode()
