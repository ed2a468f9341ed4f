"""Bridge to the print-distribution partner's legacy entitlement API.

The partner expects subscriber numbers encrypted with the shared key they
issued when the contract started, CBC mode, hex encoded with the IV prepended.
"""
import binascii
import os

import requests
from Crypto.Cipher import Blowfish as _BF
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

PARTNER_URL = os.environ["PRINT_PARTNER_URL"]
PARTNER_KEY = bytes.fromhex(os.environ["PRINT_PARTNER_KEY"])


def encrypt_subscriber_no(number: str) -> str:
    iv = get_random_bytes(_BF.block_size)
    cipher = _BF.new(PARTNER_KEY, _BF.MODE_CBC, iv)
    ct = cipher.encrypt(pad(number.encode("ascii"), _BF.block_size))
    return binascii.hexlify(iv + ct).decode()


def decrypt_subscriber_no(blob: str) -> str:
    raw = binascii.unhexlify(blob)
    iv, ct = raw[: _BF.block_size], raw[_BF.block_size:]
    cipher = _BF.new(PARTNER_KEY, _BF.MODE_CBC, iv)
    return unpad(cipher.decrypt(ct), _BF.block_size).decode("ascii")


def has_print_entitlement(subscriber_no: str) -> bool:
    resp = requests.get(
        f"{PARTNER_URL}/entitlements",
        params={"sub": encrypt_subscriber_no(subscriber_no)},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json().get("status") == "active"
