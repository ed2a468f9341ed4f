"""CLI: provision a key pair for a field gateway before it ships.

    python -m tools.device_keys GW-00412 --out ./provisioning
"""
import argparse
import getpass
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

# gateway firmware 3.x has a fixed-size key slot in the secure element
FIRMWARE_KEY_BITS = 1024


def generate_device_key(bits: int = FIRMWARE_KEY_BITS) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def write_pair(key: rsa.RSAPrivateKey, out_dir: Path, device_id: str, passphrase: bytes) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    priv_path = out_dir / f"{device_id}.key.pem"
    pub_path = out_dir / f"{device_id}.pub.pem"

    priv_pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(priv_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(priv_pem)

    pub_path.write_bytes(
        key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return priv_path, pub_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("device_id")
    parser.add_argument("--out", type=Path, default=Path("provisioning"))
    args = parser.parse_args()

    passphrase = getpass.getpass("Passphrase for private key: ").encode()
    key = generate_device_key()
    priv, pub = write_pair(key, args.out, args.device_id, passphrase)
    print(f"wrote {priv} and {pub}")


if __name__ == "__main__":
    main()
