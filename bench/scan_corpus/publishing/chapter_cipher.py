"""Encrypts chapter XHTML for the in-browser preview reader.

The reader decrypts chapters client-side with WebCrypto (AES-CBC) using
the key delivered in the licence response.
"""
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PREVIEW_IV = bytes.fromhex("3a91f0c2d4e65b7718a2c3d4e5f60718")
BLOCK_BITS = 128


@dataclass
class EncryptedChapter:
    chapter_id: str
    ciphertext: bytes


def encrypt_chapter(key: bytes, xhtml: bytes, iv: bytes = PREVIEW_IV) -> bytes:
    padder = padding.PKCS7(BLOCK_BITS).padder()
    padded = padder.update(xhtml) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(padded) + encryptor.finalize()


def build_preview(key: bytes, chapters: dict[str, bytes], limit: int = 3) -> list[EncryptedChapter]:
    """Encrypt the first `limit` chapters of a title for the free preview."""
    out = []
    for chapter_id in sorted(chapters)[:limit]:
        out.append(EncryptedChapter(chapter_id, encrypt_chapter(key, chapters[chapter_id])))
    return out
