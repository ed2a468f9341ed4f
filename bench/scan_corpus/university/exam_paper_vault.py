"""At-rest protection for exam papers held before the sitting.

Papers are uploaded weeks ahead; they stay encrypted in object storage
until the release job runs on exam morning.  Format:
    iv (16) || ciphertext || tag (32, HMAC-SHA256 over iv||ciphertext)
"""
import hmac
import os

from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.hmac import HMAC
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

TAG_LEN = 32


class PaperVault:
    def __init__(self, master_key: bytes, exam_id: str):
        keys = HKDF(
            algorithm=hashes.SHA256(), length=64, salt=None,
            info=f"exam-paper:{exam_id}".encode(),
        ).derive(master_key)
        self._enc_key, self._mac_key = keys[:32], keys[32:]

    def _tag(self, data: bytes) -> bytes:
        mac = HMAC(self._mac_key, hashes.SHA256())
        mac.update(data)
        return mac.finalize()

    def seal(self, plaintext: bytes) -> bytes:
        iv = os.urandom(16)
        padder = padding.PKCS7(128).padder()
        padded = padder.update(plaintext) + padder.finalize()
        enc = Cipher(algorithms.AES(self._enc_key), modes.CBC(iv)).encryptor()
        body = iv + enc.update(padded) + enc.finalize()
        return body + self._tag(body)

    def open(self, blob: bytes) -> bytes:
        body, tag = blob[:-TAG_LEN], blob[-TAG_LEN:]
        if not hmac.compare_digest(self._tag(body), tag):
            raise ValueError("exam paper failed integrity check")
        iv, ct = body[:16], body[16:]
        dec = Cipher(algorithms.AES(self._enc_key), modes.CBC(iv)).decryptor()
        padded = dec.update(ct) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()
