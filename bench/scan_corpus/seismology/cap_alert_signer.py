"""Sign outgoing CAP alert documents for the public alert fan-out.

Key parameters live in one policy object so that rotation tooling and the
signer agree on them.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class KeyPolicy:
    public_exponent: int = 65537
    key_size: int = 3072
    rotation_days: int = 180


POLICY = KeyPolicy()


def new_key(policy: KeyPolicy = POLICY) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=policy.public_exponent, key_size=policy.key_size)


def load_key(path: Path) -> rsa.RSAPrivateKey:
    passphrase = os.environ["CAP_SIGNING_PASSPHRASE"].encode()
    key = serialization.load_pem_private_key(path.read_bytes(), password=passphrase)
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size < POLICY.key_size:
        raise ValueError(f"{path} does not satisfy the signing key policy")
    return key


def sign(key: rsa.RSAPrivateKey, document: bytes) -> bytes:
    return key.sign(
        document,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
