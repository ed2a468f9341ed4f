"""Seals offline feature-store snapshots (parquet) before they are copied to cold storage."""
import logging
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

log = logging.getLogger(__name__)

KEY_ENV = "SNAPSHOT_SEAL_KEY_HEX"
NONCE_LEN = 12
SNAPSHOT_AAD = b"feature-snapshot-v1"


def _aead() -> ChaCha20Poly1305:
    return ChaCha20Poly1305(bytes.fromhex(os.environ[KEY_ENV]))


def seal_snapshot(src: Path, dest_dir: Path) -> Path:
    nonce = os.urandom(NONCE_LEN)
    sealed = _aead().encrypt(nonce, src.read_bytes(), SNAPSHOT_AAD + src.name.encode())
    out = dest_dir / (src.name + ".sealed")
    out.write_bytes(nonce + sealed)
    log.info("sealed snapshot %s (%d bytes)", src.name, len(sealed))
    return out


def open_snapshot(path: Path) -> bytes:
    blob = path.read_bytes()
    nonce, sealed = blob[:NONCE_LEN], blob[NONCE_LEN:]
    original_name = path.name.removesuffix(".sealed")
    return _aead().decrypt(nonce, sealed, SNAPSHOT_AAD + original_name.encode())


def seal_directory(snapshot_dir: Path, dest_dir: Path) -> list[Path]:
    dest_dir.mkdir(parents=True, exist_ok=True)
    return [seal_snapshot(p, dest_dir) for p in sorted(snapshot_dir.glob("*.parquet"))]
