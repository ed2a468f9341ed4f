"""Nightly export of customs declarations to the clearance broker.

The broker's intake system picks up one encrypted file per departure
manifest from their SFTP drop. The file format and cipher are fixed by the
broker's interface spec (v3.2, section 7).
"""
import csv
import io
import os
from datetime import date

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from courier.customs.models import Declaration

FIELDS = ["declaration_id", "hs_code", "description", "origin", "value", "currency", "weight_kg"]


def _broker_key() -> bytes:
    return bytes.fromhex(os.environ["CUSTOMS_BROKER_EXPORT_KEY"])


def render_csv(declarations: list[Declaration]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS)
    writer.writeheader()
    for d in declarations:
        writer.writerow({
            "declaration_id": d.id,
            "hs_code": d.hs_code,
            "description": d.description,
            "origin": d.origin_country,
            "value": f"{d.declared_value:.2f}",
            "currency": d.currency,
            "weight_kg": f"{d.weight_kg:.3f}",
        })
    return buf.getvalue().encode("utf-8")


def encrypt_for_broker(plaintext: bytes) -> bytes:
    iv = os.urandom(8)
    padder = padding.PKCS7(64).padder()
    data = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.TripleDES(_broker_key()), modes.CBC(iv)).encryptor()
    return iv + encryptor.update(data) + encryptor.finalize()


def build_export(manifest_id: str, departure: date, declarations: list[Declaration]) -> tuple[str, bytes]:
    name = f"DECL_{manifest_id}_{departure:%Y%m%d}.enc"
    return name, encrypt_for_broker(render_csv(declarations))
