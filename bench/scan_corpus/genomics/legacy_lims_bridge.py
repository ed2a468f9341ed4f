"""Bridge to the legacy LIMS that still receives orders through its HTTP inbox.

The inbox only accepts message bodies encrypted with the shared key the
vendor configured when the interface was set up; the key is provisioned in
the environment as base64.
"""
import base64
import logging
import os

import requests
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

log = logging.getLogger(__name__)


def _key() -> bytes:
    return DES3.adjust_key_parity(base64.b64decode(os.environ["LEGACY_LIMS_KEY"]))


def _cipher(iv: bytes):
    return DES3.new(_key(), DES3.MODE_CBC, iv)


def encrypt_message(plaintext: bytes) -> bytes:
    iv = get_random_bytes(DES3.block_size)
    return iv + _cipher(iv).encrypt(pad(plaintext, DES3.block_size))


def decrypt_message(blob: bytes) -> bytes:
    iv, body = blob[: DES3.block_size], blob[DES3.block_size:]
    return unpad(_cipher(iv).decrypt(body), DES3.block_size)


def send_order(hl7_message: str, timeout: float = 20.0) -> str:
    """Post an ORM^O01 message to the legacy inbox and return the ACK text."""
    inbox_url = os.environ["LEGACY_LIMS_INBOX_URL"]
    body = base64.b64encode(encrypt_message(hl7_message.encode("utf-8")))
    resp = requests.post(
        inbox_url,
        data=body,
        headers={"Content-Type": "application/octet-stream"},
        timeout=timeout,
    )
    resp.raise_for_status()
    ack = decrypt_message(base64.b64decode(resp.content)).decode("utf-8")
    log.info("legacy LIMS acknowledged order (%d bytes)", len(ack))
    return ack
