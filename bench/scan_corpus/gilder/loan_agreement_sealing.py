"""Seals scanned loan agreements before they are stored in the document store.

Loan agreements carry the lender's signature, insured values and couriers'
names, so they are kept encrypted with AES-256-GCM.  Each blob is laid out
as ``version(1) | nonce(12) | ciphertext+tag``.
"""
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_VERSION = 1
NONCE_SIZE = 12
CONTEXT = b"gilder/loan-agreement"


def _aad(agreement_no: str) -> bytes:
    return CONTEXT + b"|" + agreement_no.encode()


class AgreementSealer:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, agreement_no: str, pdf_bytes: bytes) -> bytes:
        nonce = os.urandom(NONCE_SIZE)
        ct = self._aead.encrypt(nonce, pdf_bytes, _aad(agreement_no))
        return bytes([FORMAT_VERSION]) + nonce + ct

    def unseal(self, agreement_no: str, blob: bytes) -> bytes:
        if not blob or blob[0] != FORMAT_VERSION:
            raise ValueError("unknown sealed agreement format")
        nonce = blob[1:1 + NONCE_SIZE]
        return self._aead.decrypt(nonce, blob[1 + NONCE_SIZE:], _aad(agreement_no))


def seal_file(sealer: AgreementSealer, agreement_no: str, src: Path, dest_dir: Path) -> Path:
    dest = dest_dir / f"{agreement_no}.sealed"
    dest.write_bytes(sealer.seal(agreement_no, src.read_bytes()))
    return dest


def open_file(sealer: AgreementSealer, agreement_no: str, dest_dir: Path) -> bytes:
    return sealer.unseal(agreement_no, (dest_dir / f"{agreement_no}.sealed").read_bytes())


if __name__ == "__main__":
    import base64
    import sys

    key = base64.b64decode(os.environ["LOAN_AGREEMENT_KEY"])
    out = seal_file(AgreementSealer(key), sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
    print(f"sealed -> {out}")
