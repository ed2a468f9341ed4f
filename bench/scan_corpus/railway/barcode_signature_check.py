"""Checks the authentication tag on print-at-home ticket barcodes.

Version 2 barcodes carry a truncated HMAC-SHA256 (16 bytes) over the ticket
fields; version 1 barcodes were withdrawn in 2021 and are always refused.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from ticketing.keys import barcode_key_for

TAG_LEN = 16


@dataclass(frozen=True)
class BarcodeResult:
    ok: bool
    reason: str = ""
    ticket_ref: str = ""


def _expected_tag(key_id: str, body: bytes) -> bytes:
    return hmac.new(barcode_key_for(key_id), body, hashlib.sha256).digest()[:TAG_LEN]


def check(raw: str) -> BarcodeResult:
    try:
        blob = base64.b32decode(raw.strip().upper())
    except ValueError:
        return BarcodeResult(False, "not base32")
    version, key_id, body, tag = blob[0], blob[1:3].hex(), blob[3:-TAG_LEN], blob[-TAG_LEN:]
    if version != 2:
        return BarcodeResult(False, "unsupported barcode version")
    if len(tag) != TAG_LEN or not body:
        return BarcodeResult(False, "truncated")
    if not secrets.compare_digest(_expected_tag(key_id, body), tag):
        return BarcodeResult(False, "tag mismatch")
    fields = body.decode("ascii", errors="replace").split("|")
    origin, destination = fields[1], fields[2]
    if origin == destination:
        return BarcodeResult(False, "origin equals destination")
    return BarcodeResult(True, ticket_ref=fields[0])
