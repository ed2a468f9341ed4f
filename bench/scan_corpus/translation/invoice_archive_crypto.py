"""Encryption of archived freelancer invoices (PDF) in cold storage."""
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES

HEADER = b"INVA1"


class InvoiceArchiveCipher:
    mode = _AES.MODE_GCM

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("archive key must be 256 bits")
        self._key = key

    def encrypt(self, pdf: bytes) -> bytes:
        cipher = _AES.new(self._key, self.mode)
        ciphertext, tag = cipher.encrypt_and_digest(pdf)
        return HEADER + cipher.nonce + tag + ciphertext

    def decrypt(self, blob: bytes) -> bytes:
        if not blob.startswith(HEADER):
            raise ValueError("not an archived invoice")
        body = blob[len(HEADER):]
        nonce, tag, ciphertext = body[:16], body[16:32], body[32:]
        cipher = _AES.new(self._key, self.mode, nonce=nonce)
        return cipher.decrypt_and_verify(ciphertext, tag)


def archive_invoice(pdf_path: Path, archive_dir: Path) -> Path:
    cipher = InvoiceArchiveCipher(bytes.fromhex(os.environ["INVOICE_ARCHIVE_KEY"]))
    target = archive_dir / (pdf_path.stem + ".inv")
    target.write_bytes(cipher.encrypt(pdf_path.read_bytes()))
    return target
