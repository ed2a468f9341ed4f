"""Encryption of clinical attachments (x-rays, perio charts) sent with pre-authorisation requests."""
import os
from dataclasses import dataclass

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes


@dataclass(frozen=True)
class SealedAttachment:
    nonce: bytes
    tag: bytes
    ciphertext: bytes

    def to_bytes(self) -> bytes:
        return self.nonce + self.tag + self.ciphertext

    @classmethod
    def from_bytes(cls, raw: bytes) -> "SealedAttachment":
        return cls(nonce=raw[:12], tag=raw[12:28], ciphertext=raw[28:])


class AttachmentCipher:
    def __init__(self, key: bytes | None = None):
        self._key = key or bytes.fromhex(os.environ["PREAUTH_ATTACHMENT_KEY"])

    def seal(self, data: bytes, request_id: str) -> SealedAttachment:
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=get_random_bytes(12))
        cipher.update(request_id.encode("utf-8"))
        ciphertext, tag = cipher.encrypt_and_digest(data)
        return SealedAttachment(nonce=cipher.nonce, tag=tag, ciphertext=ciphertext)

    def open(self, sealed: SealedAttachment, request_id: str) -> bytes:
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=sealed.nonce)
        cipher.update(request_id.encode("utf-8"))
        return cipher.decrypt_and_verify(sealed.ciphertext, sealed.tag)
