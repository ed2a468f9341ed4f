"""Signs ticket entitlements so turnstiles can validate them while the network is down."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class SignerConfig:
    key_path: Path
    key_bits: int = 1024
    public_exponent: int = 65537


def _passphrase() -> bytes:
    with open("/run/secrets/offline_signer_passphrase", "rb") as fh:
        return fh.read().strip()


def load_or_create_key(cfg: SignerConfig) -> rsa.RSAPrivateKey:
    if cfg.key_path.exists():
        return serialization.load_pem_private_key(cfg.key_path.read_bytes(), password=_passphrase())
    key = rsa.generate_private_key(public_exponent=cfg.public_exponent, key_size=cfg.key_bits)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(_passphrase()),
    )
    cfg.key_path.write_bytes(pem)
    cfg.key_path.chmod(0o600)
    return key


class EntitlementSigner:
    def __init__(self, cfg: SignerConfig) -> None:
        self._key = load_or_create_key(cfg)

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def sign(self, medium_uid: str, product: str, valid_from: date, valid_to: date) -> str:
        body = json.dumps(
            {"uid": medium_uid, "p": product, "f": valid_from.isoformat(), "t": valid_to.isoformat()},
            separators=(",", ":"),
            sort_keys=True,
        ).encode()
        signature = self._key.sign(
            body,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
        return ".".join(base64.urlsafe_b64encode(p).decode().rstrip("=") for p in (body, signature))
