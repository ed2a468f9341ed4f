"""Encrypts purchase-order PDFs before they are dropped in the supplier bucket.

Suppliers fetch POs from a shared bucket; the PO number is bound to the
ciphertext as associated data so a file cannot be swapped for another PO.
"""
from __future__ import annotations

import base64
import os

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_PO_NONCE = bytes.fromhex("6d6b2d706f2d763100000001")


class PurchaseOrderSealer:
    def __init__(self, key_b64: str | None = None) -> None:
        key_b64 = key_b64 or os.environ["PO_ENCRYPTION_KEY"]
        self._aead = AESGCM(base64.b64decode(key_b64))

    def seal(self, po_number: str, pdf_bytes: bytes) -> bytes:
        return self._aead.encrypt(_PO_NONCE, pdf_bytes, po_number.encode())

    def unseal(self, po_number: str, blob: bytes) -> bytes:
        return self._aead.decrypt(_PO_NONCE, blob, po_number.encode())


def publish_purchase_order(po_number: str, supplier_code: str, pdf_bytes: bytes) -> str:
    bucket = os.environ["SUPPLIER_PO_BUCKET"]
    key = f"{supplier_code}/purchase-orders/{po_number}.pdf.enc"
    body = PurchaseOrderSealer().seal(po_number, pdf_bytes)
    boto3.client("s3").put_object(
        Bucket=bucket,
        Key=key,
        Body=body,
        ContentType="application/octet-stream",
        ServerSideEncryption="aws:kms",
    )
    return key
