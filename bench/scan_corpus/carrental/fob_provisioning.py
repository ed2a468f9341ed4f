"""Provisioning of key-fob secrets for the older keyless entry units.

The 2016-2019 fleet uses a third-party keyless box whose firmware only
accepts provisioning blobs in the vendor's format. Newer cars use the
telematics command channel instead.
"""
import base64
import json
import os

from Crypto.Cipher import DES3 as _VendorCipher
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

VENDOR_KEY_ENV = "KEYBOX_TRANSPORT_KEY"


def _transport_key() -> bytes:
    key = base64.b64decode(os.environ[VENDOR_KEY_ENV])
    return _VendorCipher.adjust_key_parity(key)


def build_provisioning_blob(vin: str, fob_serial: str, fob_secret: bytes) -> str:
    """Return the base64 blob the keybox expects on its provisioning endpoint."""
    payload = json.dumps(
        {"vin": vin, "fob": fob_serial, "secret": fob_secret.hex()},
        separators=(",", ":"),
    ).encode()
    iv = get_random_bytes(_VendorCipher.block_size)
    cipher = _VendorCipher.new(_transport_key(), _VendorCipher.MODE_CBC, iv=iv)
    ciphertext = cipher.encrypt(pad(payload, _VendorCipher.block_size))
    return base64.b64encode(iv + ciphertext).decode("ascii")


def new_fob_secret() -> bytes:
    return get_random_bytes(16)
