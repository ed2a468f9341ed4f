"""Field-level encryption for free-text notes front-desk staff keep on member accounts."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class NoteKeys:
    enc_key: bytes
    mac_key: bytes

    @classmethod
    def from_master(cls, master: bytes) -> "NoteKeys":
        return cls(
            enc_key=hmac.new(master, b"member-notes/enc", hashlib.sha256).digest(),
            mac_key=hmac.new(master, b"member-notes/mac", hashlib.sha256).digest(),
        )


class MemberNoteCipher:
    iv_len = 16

    def __init__(self, keys: NoteKeys) -> None:
        self._keys = keys

    def _fresh_iv(self) -> bytes:
        return os.urandom(self.iv_len)

    def _tag(self, iv: bytes, body: bytes) -> bytes:
        return hmac.new(self._keys.mac_key, iv + body, hashlib.sha256).digest()

    def encrypt(self, note: str) -> str:
        iv = self._fresh_iv()
        padder = padding.PKCS7(128).padder()
        padded = padder.update(note.encode("utf-8")) + padder.finalize()
        enc = Cipher(algorithms.AES(self._keys.enc_key), modes.CBC(iv)).encryptor()
        body = enc.update(padded) + enc.finalize()
        return base64.b64encode(iv + body + self._tag(iv, body)).decode("ascii")

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        iv, body, tag = raw[: self.iv_len], raw[self.iv_len : -32], raw[-32:]
        if not hmac.compare_digest(tag, self._tag(iv, body)):
            raise ValueError("note integrity check failed")
        dec = Cipher(algorithms.AES(self._keys.enc_key), modes.CBC(iv)).decryptor()
        padded = dec.update(body) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")


def cipher_from_env() -> MemberNoteCipher:
    return MemberNoteCipher(NoteKeys.from_master(base64.b64decode(os.environ["MEMBER_NOTES_MASTER_KEY"])))
