"""Encrypted monthly settlement export for partner marinas.

Each partner marina receives a CSV of hires of its boats with our commission
deducted. The file is encrypted with AES-256-GCM under a key agreed with the
partner and uploaded to their SFTP drop.
"""
from __future__ import annotations

import base64
import csv
import io
import os
from dataclasses import dataclass
from decimal import Decimal

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

FORMAT_VERSION = b"BHX2"


@dataclass
class SettlementLine:
    booking_ref: str
    boat_name: str
    nights: int
    gross: Decimal
    commission: Decimal

    @property
    def net(self) -> Decimal:
        return self.gross - self.commission


def render_csv(lines: list[SettlementLine]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["booking_ref", "boat", "nights", "gross", "commission", "net"])
    for line in lines:
        writer.writerow([line.booking_ref, line.boat_name, line.nights, line.gross, line.commission, line.net])
    return buf.getvalue().encode("utf-8")


class SettlementEncryptor:
    def __init__(self, partner_id: str, key_b64: str | None = None) -> None:
        self._partner_id = partner_id
        key = base64.b64decode(key_b64 or os.environ[f"SETTLEMENT_KEY_{partner_id.upper()}"])
        if len(key) != 32:
            raise ValueError("settlement keys are 256-bit")
        self._key = key

    def encrypt(self, plaintext: bytes) -> bytes:
        nonce = get_random_bytes(12)
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce)
        cipher.update(FORMAT_VERSION + self._partner_id.encode())
        ciphertext, tag = cipher.encrypt_and_digest(plaintext)
        return FORMAT_VERSION + nonce + tag + ciphertext

    def decrypt(self, blob: bytes) -> bytes:
        if blob[:4] != FORMAT_VERSION:
            raise ValueError("unknown settlement file format")
        nonce, tag, ciphertext = blob[4:16], blob[16:32], blob[32:]
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce)
        cipher.update(FORMAT_VERSION + self._partner_id.encode())
        return cipher.decrypt_and_verify(ciphertext, tag)


def build_export(partner_id: str, lines: list[SettlementLine]) -> bytes:
    return SettlementEncryptor(partner_id).encrypt(render_csv(lines))
