"""Rotate the per-location keys used to sign cremation permits.

Invoked by the yearly key-rotation job; public keys are then uploaded to the
county medical examiner's portal by hand.
"""
import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_SPEC = {"public_exponent": 65537, "key_size": 3072}


def write_keypair(location: str, out_dir: Path, passphrase: bytes) -> tuple[Path, Path]:
    key = rsa.generate_private_key(**KEY_SPEC)
    private_path = out_dir / f"{location}-permit-signing.pem"
    public_path = out_dir / f"{location}-permit-signing.pub"

    private_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    os.chmod(private_path, 0o600)
    public_path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return private_path, public_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("locations", nargs="+")
    parser.add_argument("--out", type=Path, default=Path("keys"))
    args = parser.parse_args()
    passphrase = os.environ["PERMIT_KEY_PASSPHRASE"].encode("utf-8")
    args.out.mkdir(parents=True, exist_ok=True)
    for location in args.locations:
        priv, pub = write_keypair(location, args.out, passphrase)
        print(f"{location}: wrote {pub.name}")


if __name__ == "__main__":
    main()
