"""Temporary webcam share links an owner can send to family members."""
import base64
import json
import os
import time

from Crypto.Cipher import ChaCha20_Poly1305 as _Cipher
from Crypto.Random import get_random_bytes

SHARE_SETTINGS = {
    "key_env": "WEBCAM_SHARE_KEY",
    "ttl_seconds": 48 * 3600,
    "nonce_bytes": 12,
    "aad": b"kennel-webcam-share-v1",
}


class ShareTokenError(Exception):
    pass


def _key() -> bytes:
    key = base64.b64decode(os.environ[SHARE_SETTINGS["key_env"]])
    if len(key) != 32:
        raise RuntimeError("webcam share key must be 32 bytes")
    return key


def _seal(payload: bytes) -> bytes:
    nonce = get_random_bytes(SHARE_SETTINGS["nonce_bytes"])
    cipher = _Cipher.new(key=_key(), nonce=nonce)
    cipher.update(SHARE_SETTINGS["aad"])
    ciphertext, tag = cipher.encrypt_and_digest(payload)
    return nonce + tag + ciphertext


def _unseal(blob: bytes) -> bytes:
    n = SHARE_SETTINGS["nonce_bytes"]
    nonce, tag, ciphertext = blob[:n], blob[n : n + 16], blob[n + 16 :]
    cipher = _Cipher.new(key=_key(), nonce=nonce)
    cipher.update(SHARE_SETTINGS["aad"])
    return cipher.decrypt_and_verify(ciphertext, tag)


def create_share_link(base_url: str, owner_id: int, camera_id: str, label: str) -> str:
    claims = {
        "o": owner_id,
        "c": camera_id,
        "l": label[:40],
        "exp": int(time.time()) + SHARE_SETTINGS["ttl_seconds"],
    }
    token = base64.urlsafe_b64encode(_seal(json.dumps(claims).encode())).decode()
    return f"{base_url.rstrip('/')}/watch/{token}"


def resolve_share_token(token: str) -> dict:
    try:
        claims = json.loads(_unseal(base64.urlsafe_b64decode(token)))
    except (ValueError, KeyError) as exc:
        raise ShareTokenError("invalid share link") from exc
    if claims["exp"] < time.time():
        raise ShareTokenError("share link has expired")
    return claims
