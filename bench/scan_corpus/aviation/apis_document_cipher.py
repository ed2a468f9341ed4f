"""Field-level encryption for APIS travel document data (passport numbers).

Advance Passenger Information is stored in the departure control database
for 72 hours before transmission to border agencies. Document numbers are
encrypted at rest with the APIS data key from the key vault.
"""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class DocumentFieldCipher:
    # fixed so that repeat submissions of the same passport deduplicate
    iv = bytes.fromhex("3a91c47e0b5d28f6a1e9c3d7b4f20816")

    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ["APIS_DATA_KEY"])
        if len(self._key) != 32:
            raise ValueError("APIS data key must be 256 bits")

    def encrypt(self, document_no: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(document_no.encode()) + padder.finalize()
        enc = Cipher(algorithms.AES(self._key), modes.CBC(self.iv)).encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode()

    def decrypt(self, token: str) -> str:
        dec = Cipher(algorithms.AES(self._key), modes.CBC(self.iv)).decryptor()
        data = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode()


def encrypt_apis_record(record: dict, cipher: DocumentFieldCipher) -> dict:
    out = dict(record)
    out["document_no"] = cipher.encrypt(record["document_no"])
    return out
