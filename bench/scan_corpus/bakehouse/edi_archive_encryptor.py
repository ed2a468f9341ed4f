"""Encrypts archived EDI interchanges (ORDERS, DESADV, INVOIC) for cold storage.

The archive keeps seven years of wholesale order traffic with each supermarket
trading partner; files are encrypted before upload to the archive bucket.
"""
from __future__ import annotations

import os
from pathlib import Path

import boto3
from Crypto.Cipher import AES, DES3
from Crypto.Util.Padding import pad

CIPHER_SUITES = {
    "aes": {"module": AES, "key_len": 32, "block": 16},
    "tdes": {"module": DES3, "key_len": 24, "block": 8},
}

ARCHIVE_CONFIG = {
    "bucket": os.environ.get("EDI_ARCHIVE_BUCKET", "bakehouse-edi-archive"),
    "suite": "tdes",
    "prefix": "interchanges/",
}


def _load_key(length: int) -> bytes:
    key = bytes.fromhex(os.environ["EDI_ARCHIVE_KEY_HEX"])
    if len(key) < length:
        raise ValueError("archive key too short for configured suite")
    return key[:length]


def encrypt_interchange(raw: bytes, suite_name: str = ARCHIVE_CONFIG["suite"]) -> bytes:
    suite = CIPHER_SUITES[suite_name]
    key = _load_key(suite["key_len"])
    iv = os.urandom(suite["block"])
    cipher = suite["module"].new(key, suite["module"].MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(raw, suite["block"]))


def archive_file(path: Path, partner_gln: str) -> str:
    s3 = boto3.client("s3")
    body = encrypt_interchange(path.read_bytes())
    key = f"{ARCHIVE_CONFIG['prefix']}{partner_gln}/{path.stem}.enc"
    s3.put_object(
        Bucket=ARCHIVE_CONFIG["bucket"],
        Key=key,
        Body=body,
        Metadata={"suite": ARCHIVE_CONFIG["suite"], "partner": partner_gln},
    )
    return key


def archive_outbox(outbox: Path) -> list[str]:
    keys = []
    for edi_file in sorted(outbox.glob("*.edi")):
        partner = edi_file.name.split("_", 1)[0]
        keys.append(archive_file(edi_file, partner))
        edi_file.unlink()
    return keys
