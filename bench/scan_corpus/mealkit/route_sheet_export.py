"""Encrypted route-sheet export for the courier partner's depot system.

The partner's depot software only reads files produced by this module;
the format was agreed in the 2023 integration spec (ChaCha20-Poly1305,
nonce prefixed, depot id as associated data).
"""
from __future__ import annotations

import csv
import io
import os
from typing import Iterable

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

FIELDS = ["route_id", "stop", "postcode", "slot_start", "slot_end", "boxes", "chilled"]


def _csv_bytes(rows: Iterable[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buf.getvalue().encode("utf-8")


def export_route_sheet(depot_id: str, rows: Iterable[dict], key: bytes | None = None) -> bytes:
    key = key or bytes.fromhex(os.environ["COURIER_EXPORT_KEY"])
    cipher = ChaCha20Poly1305(key)
    nonce = os.urandom(12)
    return nonce + cipher.encrypt(nonce, _csv_bytes(rows), depot_id.encode())


def write_export(path: str, depot_id: str, rows: Iterable[dict]) -> None:
    blob = export_route_sheet(depot_id, rows)
    with open(path, "wb") as fh:
        fh.write(blob)
