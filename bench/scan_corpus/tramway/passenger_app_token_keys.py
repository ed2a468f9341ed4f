"""Signing keys for access tokens issued to the passenger app.

Keys are rotated quarterly; the public half is published as a JWKS document that the
rider API and the validator backend both consume.
"""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from typing import Dict, List

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

MIN_RSA_BITS = 2048


@dataclass(frozen=True)
class KeyPolicy:
    bits: int = 3072
    exponent: int = 65537


def _b64u(n: int) -> str:
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def generate_signing_key(policy: KeyPolicy = KeyPolicy()) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=policy.exponent, key_size=policy.bits)


def load_signing_key(pem: bytes, passphrase: bytes) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(pem, password=passphrase)
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size < MIN_RSA_BITS:
        raise ValueError("token signing key must be RSA of at least 2048 bits")
    return key


def key_id(public_key: rsa.RSAPublicKey) -> str:
    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()[:16]


def to_jwk(public_key: rsa.RSAPublicKey) -> Dict[str, str]:
    numbers = public_key.public_numbers()
    return {
        "kty": "RSA",
        "use": "sig",
        "alg": "RS256",
        "kid": key_id(public_key),
        "n": _b64u(numbers.n),
        "e": _b64u(numbers.e),
    }


def jwks(keys: List[rsa.RSAPrivateKey]) -> Dict[str, list]:
    return {"keys": [to_jwk(k.public_key()) for k in keys]}
