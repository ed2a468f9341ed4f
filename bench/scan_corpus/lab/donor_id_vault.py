"""Field-level protection for donor identifiers on biobank samples.

Donor numbers are encrypted with AES-GCM; lookups use a keyed HMAC blind
index so the intake team can still search by the hospital's donor number.
"""
import base64
import hashlib
import hmac
import os
from functools import lru_cache

from Crypto.Cipher import AES


@lru_cache(maxsize=1)
def _keys() -> tuple[bytes, bytes]:
    enc = base64.b64decode(os.environ["BIOBANK_FIELD_KEY"])
    idx = base64.b64decode(os.environ["BIOBANK_INDEX_KEY"])
    if len(enc) != 32 or len(idx) < 32:
        raise RuntimeError("biobank field keys have the wrong length")
    return enc, idx


def _normalise(donor_id: str) -> bytes:
    return donor_id.strip().upper().encode("utf-8")


def blind_index(donor_id: str) -> str:
    _, idx_key = _keys()
    return hmac.new(idx_key, _normalise(donor_id), hashlib.sha256).hexdigest()


def encrypt_donor_id(donor_id: str, sample_barcode: str) -> str:
    enc_key, _ = _keys()
    cipher = AES.new(enc_key, AES.MODE_GCM)
    cipher.update(sample_barcode.encode("utf-8"))
    ct, tag = cipher.encrypt_and_digest(_normalise(donor_id))
    return base64.urlsafe_b64encode(cipher.nonce + tag + ct).decode("ascii")


def decrypt_donor_id(token: str, sample_barcode: str) -> str:
    enc_key, _ = _keys()
    raw = base64.urlsafe_b64decode(token.encode("ascii"))
    nonce, tag, ct = raw[:16], raw[16:32], raw[32:]
    cipher = AES.new(enc_key, AES.MODE_GCM, nonce=nonce)
    cipher.update(sample_barcode.encode("utf-8"))
    return cipher.decrypt_and_verify(ct, tag).decode("utf-8")
