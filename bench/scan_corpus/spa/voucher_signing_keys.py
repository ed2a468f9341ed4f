"""Key management for signed e-gift vouchers.

Each printable e-voucher carries a signature over its code and value so the
front desk app can check it offline before redemption.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class KeyPolicy:
    public_exponent: int = 65537
    key_size: int = 1024
    key_dir: Path = Path("/etc/spa/voucher-keys")


DEFAULT_POLICY = KeyPolicy()


def generate_signing_key(policy: KeyPolicy = DEFAULT_POLICY) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(
        public_exponent=policy.public_exponent,
        key_size=policy.key_size,
    )


def store_key(key: rsa.RSAPrivateKey, passphrase: bytes, policy: KeyPolicy = DEFAULT_POLICY) -> Path:
    policy.key_dir.mkdir(parents=True, exist_ok=True)
    private_path = policy.key_dir / "voucher_signing.pem"
    private_path.write_bytes(
        key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )
    )
    (policy.key_dir / "voucher_signing.pub").write_bytes(
        key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return private_path


def sign_voucher(key: rsa.RSAPrivateKey, code: str, value_pence: int) -> bytes:
    message = f"{code}:{value_pence}".encode("ascii")
    return key.sign(
        message,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


def rotate(passphrase: bytes) -> Path:
    return store_key(generate_signing_key(), passphrase)
