"""Encrypts signed liability waivers (PDF) before upload to object storage."""
import os
import struct

from Crypto.Cipher import AES as _AES


class WaiverSealer:
    VERSION = 2
    HEADER = struct.Struct(">B12s16s")

    def __init__(self, key: bytes):
        self._key = key

    @classmethod
    def from_env(cls) -> "WaiverSealer":
        return cls(bytes.fromhex(os.environ["WAIVER_KEY_HEX"]))

    def seal(self, pdf_bytes: bytes, member_id: int) -> bytes:
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=os.urandom(12))
        cipher.update(str(member_id).encode())
        ciphertext, tag = cipher.encrypt_and_digest(pdf_bytes)
        return self.HEADER.pack(self.VERSION, cipher.nonce, tag) + ciphertext

    def open(self, blob: bytes, member_id: int) -> bytes:
        version, nonce, tag = self.HEADER.unpack_from(blob)
        if version != self.VERSION:
            raise ValueError(f"unsupported waiver version {version}")
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(str(member_id).encode())
        return cipher.decrypt_and_verify(blob[self.HEADER.size:], tag)


def store_waiver(storage, sealer: WaiverSealer, member_id: int, pdf: bytes) -> str:
    key = f"waivers/{member_id}.bin"
    storage.put_object(key, sealer.seal(pdf, member_id))
    return key
