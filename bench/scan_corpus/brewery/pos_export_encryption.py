"""Encrypt nightly POS exports before they are uploaded to the accountant's bucket.

The accountant's import agent (v7+) reads Fernet tokens; older .tpx
containers are no longer produced.
"""
import logging
import os
from pathlib import Path

from cryptography.fernet import Fernet, MultiFernet

log = logging.getLogger(__name__)


def _fernet() -> MultiFernet:
    # Comma-separated so keys can be rotated: first key encrypts, all keys decrypt.
    keys = [k.strip() for k in os.environ["POS_EXPORT_KEYS"].split(",") if k.strip()]
    if not keys:
        raise RuntimeError("POS_EXPORT_KEYS is empty")
    return MultiFernet([Fernet(k) for k in keys])


def encrypt_export(csv_path: Path) -> Path:
    token = _fernet().encrypt(csv_path.read_bytes())
    out = csv_path.with_suffix(csv_path.suffix + ".fernet")
    out.write_bytes(token)
    log.info("encrypted %s (%d bytes)", out.name, len(token))
    return out


def decrypt_export(path: Path) -> bytes:
    return _fernet().decrypt(path.read_bytes())


def rotate_exports(directory: Path) -> int:
    """Re-encrypt stored exports under the newest key after a rotation."""
    f = _fernet()
    count = 0
    for path in directory.glob("*.fernet"):
        path.write_bytes(f.rotate(path.read_bytes()))
        count += 1
    return count
