"""Wraps per-title content keys for delivery to packager nodes.

Packagers hold the key-encryption key (KEK) in their HSM-backed config and
unwrap with RFC 3394 AES Key Wrap, which is what the Shaka/Bento packagers
expect in their key-provider integration.
"""
from __future__ import annotations

import base64
import os
import secrets

from cryptography.hazmat.primitives import keywrap

KEK_ENV = "PACKAGER_KEK_B64"


def load_kek() -> bytes:
    kek = base64.b64decode(os.environ[KEK_ENV])
    if len(kek) != 32:
        raise RuntimeError("packager KEK must be 256 bits")
    return kek


def new_content_key() -> bytes:
    return secrets.token_bytes(16)


def wrap_for_packager(content_key: bytes, kek: bytes | None = None) -> str:
    wrapped = keywrap.aes_key_wrap(kek or load_kek(), content_key)
    return base64.b64encode(wrapped).decode("ascii")


def unwrap_from_packager(wrapped_b64: str, kek: bytes | None = None) -> bytes:
    return keywrap.aes_key_unwrap(kek or load_kek(), base64.b64decode(wrapped_b64))
