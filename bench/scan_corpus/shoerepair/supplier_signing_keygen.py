"""Creates signing keys for purchase orders exchanged with the leather wholesaler's portal."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


class KeyPolicy:
    public_exponent = 65537
    key_size = 3072
    storage = Path(os.environ.get("PO_KEY_DIR", "/etc/shoerepair/po-keys"))


@dataclass
class GeneratedKey:
    label: str
    private_path: Path
    public_path: Path


def _passphrase() -> bytes:
    return os.environ["PO_KEY_PASSPHRASE"].encode()


def generate(label: str, policy: type[KeyPolicy] = KeyPolicy) -> GeneratedKey:
    key = rsa.generate_private_key(public_exponent=policy.public_exponent, key_size=policy.key_size)
    private_path = policy.storage / f"{label}.pem"
    public_path = policy.storage / f"{label}.pub.pem"
    private_path.write_bytes(
        key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(_passphrase()),
        )
    )
    os.chmod(private_path, 0o600)
    public_path.write_bytes(
        key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return GeneratedKey(label=label, private_path=private_path, public_path=public_path)


def describe(generated: GeneratedKey) -> str:
    pub = serialization.load_pem_public_key(generated.public_path.read_bytes())
    return f"{generated.label}: RSA-{pub.key_size} at {generated.public_path}"


if __name__ == "__main__":
    print(describe(generate("leather-wholesale-2024")))
