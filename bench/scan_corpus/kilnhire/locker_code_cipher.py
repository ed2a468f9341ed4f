"""Encrypts the combination codes of members' glaze lockers at rest.

Staff can reveal a code from the admin page when a member forgets it; the
codes are stored encrypted with AES-GCM under a key from the environment.
"""
from __future__ import annotations

import base64
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

NONCE_BYTES = 12
TAG_BYTES = 16


class LockerCodeCipher:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("locker key must be 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls) -> "LockerCodeCipher":
        return cls(base64.b64decode(os.environ["KILNHIRE_LOCKER_KEY"]))

    def encrypt(self, locker_id: int, code: str) -> str:
        nonce = get_random_bytes(NONCE_BYTES)
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
        cipher.update(str(locker_id).encode("ascii"))
        ciphertext, tag = cipher.encrypt_and_digest(code.encode("utf-8"))
        return base64.b64encode(nonce + tag + ciphertext).decode("ascii")

    def decrypt(self, locker_id: int, token: str) -> str:
        blob = base64.b64decode(token)
        nonce = blob[:NONCE_BYTES]
        tag = blob[NONCE_BYTES:NONCE_BYTES + TAG_BYTES]
        ciphertext = blob[NONCE_BYTES + TAG_BYTES:]
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
        cipher.update(str(locker_id).encode("ascii"))
        return cipher.decrypt_and_verify(ciphertext, tag).decode("utf-8")


def set_locker_code(conn, cipher: LockerCodeCipher, locker_id: int, code: str) -> None:
    if not code.isdigit() or len(code) != 4:
        raise ValueError("locker codes are four digits")
    conn.execute(
        "UPDATE glaze_lockers SET code_enc = %s WHERE id = %s",
        (cipher.encrypt(locker_id, code), locker_id),
    )


def reveal_locker_code(conn, cipher: LockerCodeCipher, locker_id: int) -> str:
    row = conn.execute(
        "SELECT code_enc FROM glaze_lockers WHERE id = %s", (locker_id,)
    ).fetchone()
    if row is None:
        raise KeyError(locker_id)
    return cipher.decrypt(locker_id, row[0])
