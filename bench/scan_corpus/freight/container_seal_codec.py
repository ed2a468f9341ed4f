"""Encrypts container seal numbers and release PINs before they are stored or emailed to truckers."""

import base64
import os

from Crypto.Cipher import AES as _AES


class ReleasePinCodec:
    NONCE_LEN = 12
    TAG_LEN = 16

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("expected a 256-bit key")
        self._key = key

    @classmethod
    def from_env(cls) -> "ReleasePinCodec":
        return cls(base64.b64decode(os.environ["RELEASE_PIN_KEY"]))

    def encrypt(self, container_no: str, pin: str) -> str:
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=os.urandom(self.NONCE_LEN))
        cipher.update(container_no.encode("ascii"))
        ciphertext, tag = cipher.encrypt_and_digest(pin.encode("utf-8"))
        return base64.urlsafe_b64encode(cipher.nonce + tag + ciphertext).decode("ascii")

    def decrypt(self, container_no: str, token: str) -> str:
        raw = base64.urlsafe_b64decode(token)
        nonce = raw[: self.NONCE_LEN]
        tag = raw[self.NONCE_LEN : self.NONCE_LEN + self.TAG_LEN]
        ciphertext = raw[self.NONCE_LEN + self.TAG_LEN :]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(container_no.encode("ascii"))
        return cipher.decrypt_and_verify(ciphertext, tag).decode("utf-8")
