"""Keypair used to sign requests to corporate wellness partners.

Employers buying spa day packages for staff receive signed booking
confirmations; they verify them with our published public key.
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class PartnerKeySpec:
    public_exponent: int = 65537
    bits: int = 3072


def create_keypair(spec: PartnerKeySpec = PartnerKeySpec()) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=spec.public_exponent, key_size=spec.bits)


def public_pem(key: rsa.RSAPrivateKey) -> str:
    return key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    ).decode("ascii")


def sign_confirmation(key: rsa.RSAPrivateKey, confirmation: dict[str, Any]) -> dict[str, str]:
    body = json.dumps(confirmation, sort_keys=True, separators=(",", ":")).encode("utf-8")
    signature = key.sign(
        body,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    return {
        "payload": base64.b64encode(body).decode("ascii"),
        "signature": base64.b64encode(signature).decode("ascii"),
    }


def package_confirmation(partner_id: str, employee_count: int, site: str) -> dict[str, Any]:
    return {
        "partner": partner_id,
        "package": "corporate-day",
        "employees": employee_count,
        "site": site,
    }
