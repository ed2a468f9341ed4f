"""Offline license blobs for the dedicated-server package.

The blob format (iv || ciphertext, base32) is shared with the launcher.
"""
import base64
import json
import os

from Crypto.Cipher import Blowfish as _LicenseCipher
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


def _license_key() -> bytes:
    return bytes.fromhex(os.environ["SERVER_LICENSE_KEY"])


def _new_cipher(key: bytes, iv: bytes):
    return _LicenseCipher.new(key, _LicenseCipher.MODE_CBC, iv)


def encode_license(studio_id: str, seats: int, expires: str) -> str:
    payload = json.dumps({"studio": studio_id, "seats": seats, "exp": expires}).encode()
    iv = get_random_bytes(_LicenseCipher.block_size)
    cipher = _new_cipher(_license_key(), iv)
    blob = iv + cipher.encrypt(pad(payload, _LicenseCipher.block_size))
    return base64.b32encode(blob).decode().rstrip("=")


def decode_license(text: str) -> dict:
    padded = text + "=" * (-len(text) % 8)
    blob = base64.b32decode(padded)
    iv, ciphertext = blob[:_LicenseCipher.block_size], blob[_LicenseCipher.block_size:]
    cipher = _new_cipher(_license_key(), iv)
    return json.loads(unpad(cipher.decrypt(ciphertext), _LicenseCipher.block_size))
