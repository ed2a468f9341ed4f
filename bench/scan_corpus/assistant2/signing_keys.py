"""Generate and persist the RSA key pair used to sign outbound SAML assertions."""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_SIZE = 3072
PUBLIC_EXPONENT = 65537


def generate_signing_key() -> rsa.RSAPrivateKey:
    """Create a fresh RSA private key for assertion signing."""
    return rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_SIZE)


def write_key_pair(private_key: rsa.RSAPrivateKey, directory: Path, passphrase: bytes) -> tuple[Path, Path]:
    """Write ``saml-signing.key`` (encrypted, 0600) and ``saml-signing.pub``."""
    directory.mkdir(parents=True, exist_ok=True)
    key_path = directory / "saml-signing.key"
    pub_path = directory / "saml-signing.pub"

    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)

    pub_path.write_bytes(
        private_key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return key_path, pub_path


def main() -> None:
    out_dir = Path(os.environ.get("SAML_KEY_DIR", "./keys"))
    passphrase = os.environ["SAML_KEY_PASSPHRASE"].encode()
    key_path, pub_path = write_key_pair(generate_signing_key(), out_dir, passphrase)
    print(f"wrote {key_path} and {pub_path}")


if __name__ == "__main__":
    main()
