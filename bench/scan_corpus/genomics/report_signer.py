"""Detached signatures for PDF clinical reports.

Receiving EHRs verify the signature against the lab's published public key
before filing the report into the chart.
"""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEYGEN_DEFAULTS = {"public_exponent": 65537, "key_size": 3072}


def generate_key(**overrides) -> rsa.RSAPrivateKey:
    params = {**KEYGEN_DEFAULTS, **overrides}
    if params["key_size"] < 3072:
        raise ValueError("report signing keys must be at least 3072 bits")
    return rsa.generate_private_key(**params)


def load_key(path: Path) -> rsa.RSAPrivateKey:
    passphrase = os.environ["REPORT_KEY_PASSPHRASE"].encode("utf-8")
    return serialization.load_pem_private_key(path.read_bytes(), password=passphrase)


_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def sign_report(key: rsa.RSAPrivateKey, pdf_path: Path) -> Path:
    signature = key.sign(pdf_path.read_bytes(), _PSS, hashes.SHA256())
    sig_path = pdf_path.with_suffix(pdf_path.suffix + ".sig")
    sig_path.write_bytes(signature)
    return sig_path


def verify_report(public_key: rsa.RSAPublicKey, pdf_path: Path, sig_path: Path) -> None:
    public_key.verify(sig_path.read_bytes(), pdf_path.read_bytes(), _PSS, hashes.SHA256())
