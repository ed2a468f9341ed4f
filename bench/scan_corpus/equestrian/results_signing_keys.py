"""Key management for signing published show results.

Final placings are exported as JSON and signed so the federation and the
points-league website can confirm they are unaltered. Keys rotate each season.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class KeyPolicy:
    key_size: int = 3072
    public_exponent: int = 65537
    rotate_month: int = 1


POLICY = KeyPolicy()


def season_label(today: date, policy: KeyPolicy = POLICY) -> str:
    year = today.year if today.month >= policy.rotate_month else today.year - 1
    return f"season-{year}"


def create_season_key(directory: Path, passphrase: bytes, today: date) -> Path:
    key = rsa.generate_private_key(public_exponent=POLICY.public_exponent, key_size=POLICY.key_size)
    label = season_label(today)
    private_path = directory / f"{label}.key.pem"
    public_path = directory / f"{label}.pub.pem"
    private_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    private_path.chmod(0o600)
    public_path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return private_path


def sign_results(private_path: Path, passphrase: bytes, results_json: bytes) -> bytes:
    key = serialization.load_pem_private_key(private_path.read_bytes(), password=passphrase)
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size < POLICY.key_size:
        raise ValueError("results signing key does not meet the key policy")
    return key.sign(
        results_json,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
