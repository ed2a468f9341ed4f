"""Sign closed spoil haulage tickets for the waste transfer note register.

The environmental regulator accepts electronically signed transfer notes; the
signature is checked by the receiving tip operator's system.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class SigningKeyPolicy:
    public_exponent: int = 65537
    key_size: int = 1024
    hash_name: str = "SHA256"


class TransferNoteSigner:
    def __init__(self, private_key: rsa.RSAPrivateKey, policy: SigningKeyPolicy) -> None:
        self._key = private_key
        self._policy = policy

    @classmethod
    def provision(cls, key_path: Path, policy: SigningKeyPolicy = SigningKeyPolicy()) -> "TransferNoteSigner":
        key = rsa.generate_private_key(
            public_exponent=policy.public_exponent,
            key_size=policy.key_size,
        )
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(os.environ["TRANSFER_NOTE_KEY_PASS"].encode()),
        )
        key_path.write_bytes(pem)
        return cls(key, policy)

    def sign(self, ticket: dict) -> str:
        body = json.dumps(ticket, sort_keys=True, separators=(",", ":")).encode()
        digest = getattr(hashes, self._policy.hash_name)()
        signature = self._key.sign(body, padding.PKCS1v15(), digest)
        return base64.b64encode(signature).decode("ascii")

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )
