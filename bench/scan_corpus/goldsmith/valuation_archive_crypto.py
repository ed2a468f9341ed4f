"""Encrypts archived insurance valuation PDFs before they go to cold storage."""
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

MAGIC = b"AVA1"
NONCE_LEN = 12
TAG_LEN = 16


def _load_key() -> bytes:
    key = bytes.fromhex(os.environ["VALUATION_ARCHIVE_KEY"])
    if len(key) not in (16, 24, 32):
        raise RuntimeError("VALUATION_ARCHIVE_KEY has the wrong length")
    return key


def encrypt_bytes(plaintext: bytes, associated: bytes, key: bytes | None = None) -> bytes:
    key = key or _load_key()
    nonce = os.urandom(NONCE_LEN)
    enc = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
    enc.authenticate_additional_data(associated)
    body = enc.update(plaintext) + enc.finalize()
    return MAGIC + nonce + body + enc.tag


def decrypt_bytes(blob: bytes, associated: bytes, key: bytes | None = None) -> bytes:
    if not blob.startswith(MAGIC):
        raise ValueError("not an archived valuation")
    key = key or _load_key()
    nonce = blob[len(MAGIC):len(MAGIC) + NONCE_LEN]
    body, tag = blob[len(MAGIC) + NONCE_LEN:-TAG_LEN], blob[-TAG_LEN:]
    dec = Cipher(algorithms.AES(key), modes.GCM(nonce, tag)).decryptor()
    dec.authenticate_additional_data(associated)
    return dec.update(body) + dec.finalize()


def archive_pdf(pdf_path: Path, archive_dir: Path) -> Path:
    certificate_no = pdf_path.stem
    sealed = encrypt_bytes(pdf_path.read_bytes(), certificate_no.encode())
    target = archive_dir / f"{certificate_no}.ava"
    target.write_bytes(sealed)
    return target


def restore_pdf(archive_path: Path, out_dir: Path) -> Path:
    certificate_no = archive_path.stem
    pdf = decrypt_bytes(archive_path.read_bytes(), certificate_no.encode())
    target = out_dir / f"{certificate_no}.pdf"
    target.write_bytes(pdf)
    return target
