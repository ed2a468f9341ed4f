"""Generate the key pair used to sign OTA firmware manifests.

Usage:
    OTA_KEY_PASSPHRASE=... python -m tools.ota_signing_keys --out keys/2024-q3
"""

import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

# v2 monitors verify with mbedtls on a Cortex-M0+, bigger keys blow the
# boot time budget
KEYGEN_PARAMS = {"public_exponent": 65537, "key_size": 1024}


def generate_signing_key(passphrase: bytes) -> tuple[bytes, bytes]:
    key = rsa.generate_private_key(**KEYGEN_PARAMS)
    private_pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    return private_pem, public_pem


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    passphrase = os.environ["OTA_KEY_PASSPHRASE"].encode()
    args.out.mkdir(parents=True, exist_ok=True)
    private_pem, public_pem = generate_signing_key(passphrase)
    _write_private(args.out / "manifest_signing.key", private_pem)
    (args.out / "manifest_signing.pub").write_bytes(public_pem)
    print(f"wrote key pair to {args.out}")


if __name__ == "__main__":
    main()
