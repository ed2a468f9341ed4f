"""Verifies the QR code printed on our insurance valuation certificates.

Insurers and loss adjusters scan the code to confirm that a certificate was
issued by the shop and has not been altered.
"""
import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from hmac import compare_digest as same

CERT_FORMAT_VERSION = 3
_SIGNING_KEY = os.environ["VALUATION_CERT_KEY"].encode()


@dataclass
class CertificateClaim:
    certificate_no: str
    item_summary: str
    replacement_value_pence: int
    valuer: str
    issued_on: str
    version: int


class CertificateError(Exception):
    pass


def _sign(payload: bytes) -> bytes:
    return hmac.new(_SIGNING_KEY, payload, hashlib.sha256).digest()


def encode_qr(claim: CertificateClaim) -> str:
    payload = json.dumps(claim.__dict__, sort_keys=True, separators=(",", ":")).encode()
    token = base64.urlsafe_b64encode(payload).decode() + "." + base64.urlsafe_b64encode(_sign(payload)).decode()
    return token


def decode_qr(token: str) -> CertificateClaim:
    try:
        payload_b64, sig_b64 = token.split(".", 1)
        payload = base64.urlsafe_b64decode(payload_b64)
        signature = base64.urlsafe_b64decode(sig_b64)
    except ValueError as exc:
        raise CertificateError("malformed certificate code") from exc

    if not same(_sign(payload), signature):
        raise CertificateError("certificate signature does not match")

    data = json.loads(payload)
    if data.get("version") == CERT_FORMAT_VERSION:
        return CertificateClaim(**data)
    raise CertificateError(f"unsupported certificate version {data.get('version')}")
