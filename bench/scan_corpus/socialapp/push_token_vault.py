"""Encrypts device push tokens before they are written to the database."""

import base64
import os

from Crypto.Cipher import AES as _AES

_KEY_ENV = "PUSH_TOKEN_KEY_B64"


def _key() -> bytes:
    key = base64.b64decode(os.environ[_KEY_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{_KEY_ENV} must decode to 32 bytes")
    return key


def seal_device_token(device_token: str, user_id: int) -> str:
    cipher = _AES.new(_key(), _AES.MODE_GCM)
    cipher.update(str(user_id).encode())
    ciphertext, tag = cipher.encrypt_and_digest(device_token.encode())
    return base64.b64encode(cipher.nonce + tag + ciphertext).decode()


def open_device_token(sealed: str, user_id: int) -> str:
    raw = base64.b64decode(sealed)
    nonce, tag, ciphertext = raw[:16], raw[16:32], raw[32:]
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=nonce)
    cipher.update(str(user_id).encode())
    return cipher.decrypt_and_verify(ciphertext, tag).decode()


class DeviceRegistry:
    def __init__(self, repo):
        self.repo = repo

    def register(self, user_id: int, platform: str, device_token: str) -> None:
        if platform not in {"ios", "android", "web"}:
            raise ValueError(f"unknown platform {platform!r}")
        self.repo.upsert(user_id=user_id, platform=platform, sealed_token=seal_device_token(device_token, user_id))

    def tokens_for(self, user_id: int) -> list[tuple[str, str]]:
        return [(r.platform, open_device_token(r.sealed_token, user_id)) for r in self.repo.for_user(user_id)]
