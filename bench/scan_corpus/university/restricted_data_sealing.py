"""Envelope encryption for restricted (level 4) research datasets.

Every file gets its own nonce; the dataset id and file path are bound in
as associated data so ciphertexts cannot be swapped between deposits.
"""
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12
MAGIC = b"RDR1"


def _aad(dataset_id: str, rel_path: str) -> bytes:
    return f"{dataset_id}:{rel_path}".encode("utf-8")


def seal_file(key: bytes, dataset_id: str, src: Path, root: Path, dst_dir: Path) -> Path:
    rel = src.relative_to(root).as_posix()
    nonce = os.urandom(NONCE_LEN)
    ct = AESGCM(key).encrypt(nonce, src.read_bytes(), _aad(dataset_id, rel))
    dst = dst_dir / (rel + ".sealed")
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(MAGIC + nonce + ct)
    return dst


def unseal_file(key: bytes, dataset_id: str, sealed: Path, sealed_root: Path) -> bytes:
    blob = sealed.read_bytes()
    if blob[:4] != MAGIC:
        raise ValueError(f"{sealed} is not a sealed dataset file")
    nonce, ct = blob[4:4 + NONCE_LEN], blob[4 + NONCE_LEN:]
    rel = sealed.relative_to(sealed_root).as_posix().removesuffix(".sealed")
    return AESGCM(key).decrypt(nonce, ct, _aad(dataset_id, rel))


def seal_dataset(key: bytes, dataset_id: str, root: Path, dst_dir: Path) -> list[Path]:
    return [
        seal_file(key, dataset_id, p, root, dst_dir)
        for p in sorted(root.rglob("*")) if p.is_file()
    ]
