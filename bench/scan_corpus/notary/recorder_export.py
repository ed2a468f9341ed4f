"""Builds encrypted e-recording packages for county recorder submission.

The recorder gateway accepts a zip of the notarized PDF plus a MISMO
envelope, encrypted with the key exchanged during county onboarding.
"""
import io
import json
import os
import zipfile
from datetime import datetime, timezone

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def _county_key(county_code: str) -> bytes:
    return bytes.fromhex(os.environ[f"RECORDER_KEY_{county_code.upper()}"])


def build_package(document_pdf: bytes, envelope_xml: bytes, meta: dict) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("document.pdf", document_pdf)
        zf.writestr("envelope.xml", envelope_xml)
        zf.writestr("meta.json", json.dumps(meta, sort_keys=True))
    return buf.getvalue()


def encrypt_package(package: bytes, county_code: str) -> bytes:
    key = _county_key(county_code)
    iv = os.urandom(8)
    padder = padding.PKCS7(64).padder()
    data = padder.update(package) + padder.finalize()
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()


def export_for_recorder(notarization, county_code: str) -> tuple[str, bytes]:
    meta = {
        "notarization_id": str(notarization.id),
        "notary_commission": notarization.notary.commission_number,
        "recorded_at": datetime.now(timezone.utc).isoformat(),
        "county": county_code,
    }
    package = build_package(notarization.sealed_pdf, notarization.mismo_envelope, meta)
    name = f"{county_code}_{notarization.id}.pkg"
    return name, encrypt_package(package, county_code)
