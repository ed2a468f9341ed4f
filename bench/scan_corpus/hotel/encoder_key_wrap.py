"""Distribute site keys to keycard encoders.

Each encoder at the front desk holds a device key-encryption key (KEK) that
was loaded during commissioning. When the property rotates its card site key
we wrap the new key under every encoder's KEK (RFC 3394 AES key wrap) and
publish the wrapped blobs; encoders unwrap them locally.
"""
import base64
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.keywrap import aes_key_unwrap, aes_key_wrap

SITE_KEY_BYTES = 16


def load_encoder_keks(path: Path) -> dict[str, bytes]:
    """Read ``{encoder_id: base64 KEK}`` from the commissioning export."""
    raw = json.loads(path.read_text())
    return {enc_id: base64.b64decode(kek) for enc_id, kek in raw.items()}


def new_site_key() -> bytes:
    return os.urandom(SITE_KEY_BYTES)


def wrap_for_encoders(site_key: bytes, keks: dict[str, bytes]) -> dict[str, str]:
    if len(site_key) != SITE_KEY_BYTES:
        raise ValueError("site key must be 128 bits")
    return {enc_id: base64.b64encode(aes_key_wrap(kek, site_key)).decode() for enc_id, kek in keks.items()}


def unwrap_on_encoder(wrapped_b64: str, kek: bytes) -> bytes:
    return aes_key_unwrap(kek, base64.b64decode(wrapped_b64))


def publish(site_key: bytes, keks_file: Path, out_file: Path, key_version: int) -> None:
    bundle = {
        "version": key_version,
        "keys": wrap_for_encoders(site_key, load_encoder_keks(keks_file)),
    }
    out_file.write_text(json.dumps(bundle, indent=2))
