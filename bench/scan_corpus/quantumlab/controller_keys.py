"""Commissioning helper: create and store signing keys for control racks."""
import argparse
import getpass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_DEFAULTS = {"public_exponent": 65537, "key_size": 3072}


def new_rack_key(**overrides) -> rsa.RSAPrivateKey:
    params = {**KEY_DEFAULTS, **overrides}
    if params["key_size"] < 3072:
        raise ValueError("rack signing keys must be at least 3072 bits")
    return rsa.generate_private_key(**params)


def write_key(key: rsa.RSAPrivateKey, path: Path, passphrase: bytes) -> None:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    path.chmod(0o600)
    path.with_suffix(".pub").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("rack_id")
    ap.add_argument("--out", type=Path, default=Path("keys"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    passphrase = getpass.getpass("Key passphrase: ").encode()
    write_key(new_rack_key(), args.out / f"{args.rack_id}.pem", passphrase)
    print(f"wrote key for rack {args.rack_id} to {args.out}")


if __name__ == "__main__":
    main()
