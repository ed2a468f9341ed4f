"""Encrypt outbound EDI purchase orders for the timber and blanks supplier.

The supplier's gateway expects AES-256-CBC with PKCS#7 padding and a
base64 body; the shared key is exchanged out of band and kept in the vault.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field

import httpx
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


@dataclass(frozen=True)
class EnvelopeSettings:
    endpoint: str = field(default_factory=lambda: os.environ["SUPPLIER_EDI_URL"])
    key: bytes = field(
        default_factory=lambda: base64.b64decode(os.environ["SUPPLIER_EDI_KEY"])
    )
    iv: bytes = b"WTSchool-EDI-v01"
    partner_id: str = "WTS-0042"


class EdiEnvelope:
    def __init__(self, settings: EnvelopeSettings | None = None) -> None:
        self.settings = settings or EnvelopeSettings()

    def seal(self, payload: dict) -> str:
        cipher = AES.new(self.settings.key, AES.MODE_CBC, iv=self.settings.iv)
        body = json.dumps(payload, separators=(",", ":")).encode("utf-8")
        return base64.b64encode(cipher.encrypt(pad(body, AES.block_size))).decode()

    def open(self, sealed: str) -> dict:
        cipher = AES.new(self.settings.key, AES.MODE_CBC, iv=self.settings.iv)
        raw = unpad(cipher.decrypt(base64.b64decode(sealed)), AES.block_size)
        return json.loads(raw)


def build_purchase_order(po_number: str, lines: list[dict]) -> dict:
    return {
        "type": "ORDERS",
        "po": po_number,
        "lines": [
            {
                "sku": line["sku"],
                "description": line.get("description", ""),
                "qty": int(line["qty"]),
            }
            for line in lines
        ],
    }


def send_purchase_order(po_number: str, lines: list[dict]) -> dict:
    envelope = EdiEnvelope()
    sealed = envelope.seal(build_purchase_order(po_number, lines))
    with httpx.Client(timeout=30.0) as client:
        resp = client.post(
            envelope.settings.endpoint,
            json={"partner": envelope.settings.partner_id, "body": sealed},
        )
        resp.raise_for_status()
    return envelope.open(resp.json()["body"])
