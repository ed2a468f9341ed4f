"""Client for the print-distribution partner's entitlement API (v2).

Subscriber numbers are sent encrypted with the shared key agreed in the v2
contract: AES-256-GCM, base64url of nonce || tag || ciphertext.
"""
import base64
import os

import requests
from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

PARTNER_URL = os.environ["PRINT_PARTNER_URL"]
PARTNER_KEY = bytes.fromhex(os.environ["PRINT_PARTNER_KEY_V2"])


def encrypt_subscriber_no(number: str) -> str:
    nonce = get_random_bytes(12)
    cipher = _AES.new(PARTNER_KEY, _AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(number.encode("ascii"))
    return base64.urlsafe_b64encode(nonce + tag + ct).decode()


def decrypt_subscriber_no(token: str) -> str:
    raw = base64.urlsafe_b64decode(token)
    nonce, tag, ct = raw[:12], raw[12:28], raw[28:]
    cipher = _AES.new(PARTNER_KEY, _AES.MODE_GCM, nonce=nonce)
    return cipher.decrypt_and_verify(ct, tag).decode("ascii")


def has_print_entitlement(subscriber_no: str, session: requests.Session | None = None) -> bool:
    http = session or requests.Session()
    resp = http.get(
        f"{PARTNER_URL}/v2/entitlements",
        params={"sub": encrypt_subscriber_no(subscriber_no)},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json().get("status") == "active"
