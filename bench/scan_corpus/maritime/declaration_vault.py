"""Envelope format for customs declarations kept in the long-term archive bucket."""
import os
import struct

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

VAULT_CRYPTO = {
    "key_env": "CUSTOMS_ARCHIVE_KEY",
    "nonce_bytes": 12,
    "format_version": 2,
}

_HEADER = struct.Struct(">BB")


def _aead() -> AESGCM:
    return AESGCM(bytes.fromhex(os.environ[VAULT_CRYPTO["key_env"]]))


def seal_declaration(mrn: str, raw: bytes) -> bytes:
    nonce = os.urandom(VAULT_CRYPTO["nonce_bytes"])
    header = _HEADER.pack(VAULT_CRYPTO["format_version"], len(nonce))
    ct = _aead().encrypt(nonce, raw, header + mrn.encode("ascii"))
    return header + nonce + ct


def open_declaration(mrn: str, blob: bytes) -> bytes:
    version, nonce_len = _HEADER.unpack_from(blob)
    if version != VAULT_CRYPTO["format_version"]:
        raise ValueError(f"unsupported archive format {version}")
    start = _HEADER.size
    nonce = blob[start:start + nonce_len]
    ct = blob[start + nonce_len:]
    aad = _HEADER.pack(version, nonce_len) + mrn.encode("ascii")
    return _aead().decrypt(nonce, ct, aad)
