"""Newsletter unsubscribe and preference-centre links.

The subscriber's email and list id are encrypted into the link so the
preference page can be shown without a login. An HMAC over the ciphertext
stops people from tampering with the token.
"""
import base64
import hashlib
import hmac
import json
import os
from urllib.parse import urlencode

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PREFS_BASE_URL = os.environ.get("PREFS_BASE_URL", "https://account.example-news.com/newsletters")
_IV = b"nl-prefs-v1\x00\x00\x00\x00\x00"


def _keys() -> tuple[bytes, bytes]:
    master = base64.b64decode(os.environ["NEWSLETTER_LINK_KEY"])
    enc_key = hashlib.sha256(master + b"enc").digest()
    mac_key = hashlib.sha256(master + b"mac").digest()
    return enc_key, mac_key


def _cipher(key: bytes) -> Cipher:
    return Cipher(algorithms.AES(key), modes.CBC(_IV))


def make_token(email: str, list_id: str) -> str:
    enc_key, mac_key = _keys()
    padder = padding.PKCS7(128).padder()
    data = padder.update(json.dumps({"e": email, "l": list_id}).encode()) + padder.finalize()
    encryptor = _cipher(enc_key).encryptor()
    ciphertext = encryptor.update(data) + encryptor.finalize()
    tag = hmac.new(mac_key, ciphertext, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(ciphertext + tag).decode().rstrip("=")


def read_token(token: str) -> dict:
    enc_key, mac_key = _keys()
    raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    ciphertext, tag = raw[:-32], raw[-32:]
    expected = hmac.new(mac_key, ciphertext, hashlib.sha256).digest()
    if not hmac.compare_digest(tag, expected):
        raise ValueError("token signature mismatch")
    decryptor = _cipher(enc_key).decryptor()
    padded = decryptor.update(ciphertext) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return json.loads(unpadder.update(padded) + unpadder.finalize())


def unsubscribe_url(email: str, list_id: str) -> str:
    return f"{PREFS_BASE_URL}?{urlencode({'t': make_token(email, list_id)})}"
