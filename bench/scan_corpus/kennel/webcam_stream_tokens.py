"""Signed stream credentials that let owners watch their dog's run on the webcam."""
import base64
import json
import os
import time

from Crypto.Cipher import Blowfish as _Cipher
from Crypto.Random import get_random_bytes

STREAM_SETTINGS = {
    "key_env": "WEBCAM_STREAM_KEY",
    "ttl_seconds": 4 * 3600,
    "nonce_bytes": 16,
    "hls_base": "https://cams.example-kennels.co.uk/live",
}


class StreamTokenError(Exception):
    pass


def _key() -> bytes:
    return base64.b64decode(os.environ[STREAM_SETTINGS["key_env"]])


def _encrypt(payload: bytes) -> bytes:
    nonce = get_random_bytes(STREAM_SETTINGS["nonce_bytes"])
    cipher = _Cipher.new(_key(), _Cipher.MODE_EAX, nonce=nonce)
    ciphertext, tag = cipher.encrypt_and_digest(payload)
    return nonce + tag + ciphertext


def _decrypt(blob: bytes) -> bytes:
    n = STREAM_SETTINGS["nonce_bytes"]
    nonce, tag, ciphertext = blob[:n], blob[n : n + _Cipher.block_size], blob[n + _Cipher.block_size :]
    cipher = _Cipher.new(_key(), _Cipher.MODE_EAX, nonce=nonce)
    return cipher.decrypt_and_verify(ciphertext, tag)


def issue_stream_token(owner_id: int, camera_ids: list[str]) -> str:
    claims = {
        "owner": owner_id,
        "cams": sorted(camera_ids),
        "exp": int(time.time()) + STREAM_SETTINGS["ttl_seconds"],
    }
    blob = _encrypt(json.dumps(claims, separators=(",", ":")).encode())
    return base64.urlsafe_b64encode(blob).decode("ascii")


def read_stream_token(token: str) -> dict:
    try:
        claims = json.loads(_decrypt(base64.urlsafe_b64decode(token)))
    except (ValueError, KeyError) as exc:
        raise StreamTokenError("malformed stream token") from exc
    if claims.get("exp", 0) < time.time():
        raise StreamTokenError("stream token expired")
    return claims


def playlist_url(token: str, camera_id: str) -> str:
    claims = read_stream_token(token)
    if camera_id not in claims["cams"]:
        raise StreamTokenError("camera not included in this booking")
    return f"{STREAM_SETTINGS['hls_base']}/{camera_id}/index.m3u8?t={token}"


def cameras_for_booking(conn, booking_id: int) -> list[str]:
    cur = conn.cursor()
    cur.execute(
        "SELECT c.stream_id FROM cameras c JOIN runs r ON r.camera_id = c.id "
        "JOIN bookings b ON b.run_id = r.id WHERE b.id = %s",
        (booking_id,),
    )
    return [row[0] for row in cur.fetchall()]
