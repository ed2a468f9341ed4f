"""Encryption of cache entries that carry release material (signed
installers, notarisation tickets) before they go to the shared build cache.
"""
import os
import struct

from Crypto.Cipher import AES as _AES

FORMAT_VERSION = 1
TAG_LEN = 16
_HEADER = struct.Struct(">BB")  # format version, nonce length


def _load_key() -> bytes:
    key = bytes.fromhex(os.environ["BUILD_CACHE_SEAL_KEY"])
    if len(key) != 32:
        raise RuntimeError("BUILD_CACHE_SEAL_KEY must be 32 bytes of hex")
    return key


def seal(plaintext: bytes, context: bytes, key: bytes | None = None) -> bytes:
    cipher = _AES.new(key or _load_key(), _AES.MODE_GCM)
    cipher.update(context)
    ciphertext, tag = cipher.encrypt_and_digest(plaintext)
    nonce = cipher.nonce
    return _HEADER.pack(FORMAT_VERSION, len(nonce)) + nonce + tag + ciphertext


def unseal(blob: bytes, context: bytes, key: bytes | None = None) -> bytes:
    version, nonce_len = _HEADER.unpack_from(blob)
    if version != FORMAT_VERSION:
        raise ValueError(f"unsupported sealed format {version}")
    offset = _HEADER.size
    nonce = blob[offset:offset + nonce_len]
    offset += nonce_len
    tag = blob[offset:offset + TAG_LEN]
    offset += TAG_LEN
    cipher = _AES.new(key or _load_key(), _AES.MODE_GCM, nonce=nonce)
    cipher.update(context)
    return cipher.decrypt_and_verify(blob[offset:], tag)
