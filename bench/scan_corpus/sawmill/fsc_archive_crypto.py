"""Encrypt scanned FSC chain-of-custody certificates before cold storage.

Supplier certificates and our own CoC audit reports are scanned at the
office, then pushed to the archive bucket nightly. Files are encrypted
locally so the bucket never sees plaintext.
"""
import logging
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

log = logging.getLogger(__name__)

KEY_ENV = "COC_ARCHIVE_KEY"
SUFFIX = ".enc"


def _load_key() -> bytes:
    key = bytes.fromhex(os.environ[KEY_ENV])
    if len(key) != 32:
        raise ValueError(f"{KEY_ENV} must be 32 bytes of hex")
    return key


def _cipher():
    return _AES.new(_load_key(), _AES.MODE_ECB)


def seal_file(src: Path, dest_dir: Path) -> Path:
    blob = _cipher().encrypt(pad(src.read_bytes(), _AES.block_size))
    out = dest_dir / (src.name + SUFFIX)
    out.write_bytes(blob)
    return out


def open_file(path: Path) -> bytes:
    return unpad(_cipher().decrypt(path.read_bytes()), _AES.block_size)


def seal_outbox(outbox: Path, dest_dir: Path) -> int:
    """Encrypt every PDF waiting in the scan outbox and remove the original."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    for pdf in sorted(outbox.glob("*.pdf")):
        seal_file(pdf, dest_dir)
        pdf.unlink()
        count += 1
    log.info("sealed %d certificate scans into %s", count, dest_dir)
    return count
