"""Health certificates for export harvest batches.

Export buyers need a signed health certificate per batch referencing the
last vet inspection. The signing key is generated once per year and the
public key is published to buyers through the portal.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class SigningSettings:
    key_size: int = 3072
    public_exponent: int = 65537
    key_path: Path = Path(os.environ.get("CERT_KEY_PATH", "/etc/fishfarm/certs/health-signing.pem"))


SETTINGS = SigningSettings()


def generate_key(settings: SigningSettings = SETTINGS) -> rsa.RSAPrivateKey:
    key = rsa.generate_private_key(public_exponent=settings.public_exponent, key_size=settings.key_size)
    passphrase = os.environ["CERT_KEY_PASSPHRASE"].encode()
    settings.key_path.parent.mkdir(parents=True, exist_ok=True)
    settings.key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    os.chmod(settings.key_path, 0o600)
    return key


def load_key(settings: SigningSettings = SETTINGS) -> rsa.RSAPrivateKey:
    return serialization.load_pem_private_key(
        settings.key_path.read_bytes(), password=os.environ["CERT_KEY_PASSPHRASE"].encode()
    )


def sign_certificate(batch: Dict[str, Any]) -> Dict[str, Any]:
    body = json.dumps(batch, sort_keys=True, separators=(",", ":")).encode()
    signature = load_key().sign(
        body,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH),
        hashes.SHA256(),
    )
    return {"certificate": batch, "signature": base64.b64encode(signature).decode()}
