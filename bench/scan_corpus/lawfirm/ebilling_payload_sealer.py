"""Seal LEDES invoice payloads for carrier e-billing portals.

Each carrier is provisioned with a 256-bit key at onboarding. Payloads are
sealed with ChaCha20-Poly1305 and the invoice number is authenticated as
associated data.
"""
import base64
import os

import requests
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_LEN = 12


class CarrierSubmissionError(RuntimeError):
    pass


def _carrier_key(carrier_id: str) -> bytes:
    key = base64.b64decode(os.environ[f"EBILLING_KEY_{carrier_id.upper()}"])
    if len(key) != 32:
        raise CarrierSubmissionError(f"key for {carrier_id} has wrong length")
    return key


def seal_invoice(carrier_id: str, invoice_number: str, ledes_text: str) -> bytes:
    aead = ChaCha20Poly1305(_carrier_key(carrier_id))
    nonce = os.urandom(NONCE_LEN)
    return nonce + aead.encrypt(nonce, ledes_text.encode("utf-8"), invoice_number.encode("ascii"))


def submit_invoice(carrier_id: str, invoice_number: str, ledes_text: str, *, endpoint: str) -> str:
    body = seal_invoice(carrier_id, invoice_number, ledes_text)
    resp = requests.post(
        endpoint,
        data=body,
        headers={
            "Content-Type": "application/octet-stream",
            "X-Carrier-Id": carrier_id,
            "X-Invoice-Number": invoice_number,
        },
        timeout=30,
    )
    if resp.status_code != 202:
        raise CarrierSubmissionError(f"{invoice_number}: HTTP {resp.status_code}")
    return resp.json()["submission_id"]
