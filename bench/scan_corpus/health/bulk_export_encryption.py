"""Encrypts nightly FHIR bulk-export bundles before they go to the partner drop bucket."""
import gzip
import logging
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger(__name__)

KEY_ENV = "BULK_EXPORT_KEY_HEX"
BUNDLE_AAD = b"fhir-bulk-export-v2"
BUNDLE_NONCE = bytes.fromhex("8f3a61c2d94b07e15a6c3d20")


def _load_key() -> bytes:
    key = bytes.fromhex(os.environ[KEY_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{KEY_ENV} must be a 256-bit key")
    return key


def encrypt_bundle(src: Path, dest_dir: Path) -> Path:
    aead = AESGCM(_load_key())
    payload = gzip.compress(src.read_bytes())
    sealed = aead.encrypt(BUNDLE_NONCE, payload, BUNDLE_AAD)
    out = dest_dir / (src.name + ".gz.enc")
    out.write_bytes(sealed)
    log.info("sealed %s -> %s (%d bytes)", src.name, out.name, len(sealed))
    return out


def decrypt_bundle(path: Path) -> bytes:
    aead = AESGCM(_load_key())
    return gzip.decompress(aead.decrypt(BUNDLE_NONCE, path.read_bytes(), BUNDLE_AAD))


def encrypt_all(export_dir: Path, dest_dir: Path) -> list[Path]:
    dest_dir.mkdir(parents=True, exist_ok=True)
    return [encrypt_bundle(p, dest_dir) for p in sorted(export_dir.glob("*.ndjson"))]
