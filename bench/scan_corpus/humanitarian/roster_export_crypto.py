"""Encrypt volunteer roster exports shared with branch coordinators.

Exports contain phone numbers and emergency contacts, so the CSV is sealed
with the branch's export key before it is attached to the coordinator email.
"""
import json
from dataclasses import dataclass

from Crypto.Cipher import ChaCha20_Poly1305

MAGIC = b"RSTR1"


@dataclass
class SealedExport:
    nonce: bytes
    tag: bytes
    ciphertext: bytes

    def to_bytes(self) -> bytes:
        return MAGIC + self.nonce + self.tag + self.ciphertext

    @classmethod
    def from_bytes(cls, blob: bytes) -> "SealedExport":
        if not blob.startswith(MAGIC):
            raise ValueError("not a roster export")
        body = blob[len(MAGIC):]
        return cls(nonce=body[:12], tag=body[12:28], ciphertext=body[28:])


def seal(csv_bytes: bytes, key: bytes, branch_code: str) -> bytes:
    cipher = ChaCha20_Poly1305.new(key=key)
    cipher.update(json.dumps({"branch": branch_code}).encode())
    ciphertext, tag = cipher.encrypt_and_digest(csv_bytes)
    return SealedExport(cipher.nonce, tag, ciphertext).to_bytes()


def unseal(blob: bytes, key: bytes, branch_code: str) -> bytes:
    sealed = SealedExport.from_bytes(blob)
    cipher = ChaCha20_Poly1305.new(key=key, nonce=sealed.nonce)
    cipher.update(json.dumps({"branch": branch_code}).encode())
    return cipher.decrypt_and_verify(sealed.ciphertext, sealed.tag)
