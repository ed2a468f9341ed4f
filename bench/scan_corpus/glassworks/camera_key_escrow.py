"""Escrow the per-camera image signing keys under the plant master key.

Each inspection camera signs its defect images with its own Ed25519 key.
A copy of every camera key is wrapped under the plant key-encryption key
(AES-256, RFC 3394 key wrap) and stored in the escrow table, so images can
still be re-verified after a camera PC is replaced.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.keywrap import aes_key_unwrap, aes_key_wrap

RAW = serialization.Encoding.Raw
RAW_PRIVATE = serialization.PrivateFormat.Raw
NO_ENCRYPTION = serialization.NoEncryption()


@dataclass
class EscrowRecord:
    camera_id: str
    public_key_b64: str
    wrapped_key_b64: str


def _kek() -> bytes:
    kek = base64.b64decode(os.environ["CAMERA_ESCROW_KEK"])
    if len(kek) != 32:
        raise ValueError("escrow KEK must be 256 bits")
    return kek


def escrow_key(camera_id: str, key: Ed25519PrivateKey) -> EscrowRecord:
    raw = key.private_bytes(RAW, RAW_PRIVATE, NO_ENCRYPTION)
    wrapped = aes_key_wrap(_kek(), raw)
    public = key.public_key().public_bytes(RAW, serialization.PublicFormat.Raw)
    return EscrowRecord(
        camera_id=camera_id,
        public_key_b64=base64.b64encode(public).decode(),
        wrapped_key_b64=base64.b64encode(wrapped).decode(),
    )


def recover_key(record: EscrowRecord) -> Ed25519PrivateKey:
    raw = aes_key_unwrap(_kek(), base64.b64decode(record.wrapped_key_b64))
    key = Ed25519PrivateKey.from_private_bytes(raw)
    public = key.public_key().public_bytes(RAW, serialization.PublicFormat.Raw)
    if base64.b64encode(public).decode() != record.public_key_b64:
        raise ValueError(f"escrowed key for {record.camera_id} does not match its public key")
    return key


def provision_camera(camera_id: str) -> tuple[Ed25519PrivateKey, EscrowRecord]:
    key = Ed25519PrivateKey.generate()
    return key, escrow_key(camera_id, key)
