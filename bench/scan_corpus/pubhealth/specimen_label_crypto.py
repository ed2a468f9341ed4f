"""Encrypts specimen tracking payloads embedded in 2D barcodes."""
import os
import struct

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_LEN = 12
HEADER = struct.Struct(">BH")
VERSION = 1


def _cipher() -> ChaCha20Poly1305:
    return ChaCha20Poly1305(bytes.fromhex(os.environ["SPECIMEN_LABEL_KEY"]))


def seal_label(specimen_id: str, collected_at: str) -> bytes:
    body = f"{specimen_id};{collected_at}".encode("ascii")
    header = HEADER.pack(VERSION, len(body))
    nonce = os.urandom(NONCE_LEN)
    return header + nonce + _cipher().encrypt(nonce, body, header)


def open_label(blob: bytes) -> tuple[str, str]:
    header = blob[: HEADER.size]
    version, _ = HEADER.unpack(header)
    if version != VERSION:
        raise ValueError(f"unsupported label version {version}")
    nonce = blob[HEADER.size : HEADER.size + NONCE_LEN]
    body = _cipher().decrypt(nonce, blob[HEADER.size + NONCE_LEN :], header)
    specimen_id, collected_at = body.decode("ascii").split(";", 1)
    return specimen_id, collected_at
