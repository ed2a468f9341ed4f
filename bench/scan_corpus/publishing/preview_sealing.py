"""Seals chapter XHTML for the in-app preview reader.

Format: MAGIC | nonce (16) | tag (16) | ciphertext. The chapter id is bound
as associated data so chapters cannot be swapped around.
"""
from dataclasses import dataclass

from Crypto.Cipher import AES

MAGIC = b"PRV1"
NONCE_LEN = 16
TAG_LEN = 16


@dataclass
class SealedChapter:
    chapter_id: str
    blob: bytes


def seal(key: bytes, chapter_id: str, xhtml: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_GCM)
    cipher.update(MAGIC + chapter_id.encode("utf-8"))
    ciphertext, tag = cipher.encrypt_and_digest(xhtml)
    return MAGIC + cipher.nonce + tag + ciphertext


def unseal(key: bytes, chapter_id: str, blob: bytes) -> bytes:
    if not blob.startswith(MAGIC):
        raise ValueError("unknown preview format")
    body = blob[len(MAGIC):]
    nonce, tag, ciphertext = body[:NONCE_LEN], body[NONCE_LEN:NONCE_LEN + TAG_LEN], body[NONCE_LEN + TAG_LEN:]
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    cipher.update(MAGIC + chapter_id.encode("utf-8"))
    return cipher.decrypt_and_verify(ciphertext, tag)


def build_preview(key: bytes, chapters: dict[str, bytes], limit: int = 3) -> list[SealedChapter]:
    return [SealedChapter(cid, seal(key, cid, chapters[cid])) for cid in sorted(chapters)[:limit]]
