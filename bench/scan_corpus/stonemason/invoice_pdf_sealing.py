"""Seals invoice PDFs before they are emailed as protected attachments.

Each PDF is encrypted with ChaCha20-Poly1305 under the office key; the
random nonce travels in front of the ciphertext.
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

MAGIC = b"SMIV"
VERSION = 1


def fresh_nonce(length: int = 12) -> bytes:
    return os.urandom(length)


@dataclass
class SealedInvoice:
    invoice_no: str
    nonce: bytes
    ciphertext: bytes

    def to_bytes(self) -> bytes:
        ref = self.invoice_no.encode()
        return MAGIC + struct.pack(">BH", VERSION, len(ref)) + ref + self.nonce + self.ciphertext

    @classmethod
    def from_bytes(cls, data: bytes) -> "SealedInvoice":
        if data[:4] != MAGIC:
            raise ValueError("not a sealed invoice")
        version, ref_len = struct.unpack(">BH", data[4:7])
        if version != VERSION:
            raise ValueError(f"unsupported version {version}")
        ref = data[7:7 + ref_len].decode()
        rest = data[7 + ref_len:]
        return cls(invoice_no=ref, nonce=rest[:12], ciphertext=rest[12:])


class InvoiceSealer:
    def __init__(self, key: bytes) -> None:
        self._aead = ChaCha20Poly1305(key)

    def seal(self, invoice_no: str, pdf: bytes) -> bytes:
        nonce = fresh_nonce()
        ct = self._aead.encrypt(nonce, pdf, invoice_no.encode())
        return SealedInvoice(invoice_no, nonce, ct).to_bytes()

    def unseal(self, data: bytes) -> tuple[str, bytes]:
        sealed = SealedInvoice.from_bytes(data)
        pdf = self._aead.decrypt(sealed.nonce, sealed.ciphertext, sealed.invoice_no.encode())
        return sealed.invoice_no, pdf


if __name__ == "__main__":
    import sys

    with open(os.environ["INVOICE_SEAL_KEY_FILE"], "rb") as fh:
        sealer = InvoiceSealer(fh.read(32))
    with open(sys.argv[2], "rb") as src, open(sys.argv[2] + ".sealed", "wb") as dst:
        dst.write(sealer.seal(sys.argv[1], src.read()))
