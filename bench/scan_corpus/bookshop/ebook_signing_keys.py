"""Creates the key pair used to sign e-book download manifests.

The reading app checks the manifest signature before importing a book. Run
once per key rotation; the private key is written encrypted with the
passphrase from ``MANIFEST_KEY_PASSPHRASE``.
"""
import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def generate(out_dir: Path, key_id: str) -> tuple[Path, Path]:
    passphrase = os.environ["MANIFEST_KEY_PASSPHRASE"].encode("utf-8")
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)

    private_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )

    out_dir.mkdir(parents=True, exist_ok=True)
    private_path = out_dir / f"manifest-{key_id}.key"
    public_path = out_dir / f"manifest-{key_id}.pub"
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)
    public_path.write_bytes(public_pem)
    return private_path, public_path


def main() -> None:
    parser = argparse.ArgumentParser(description="Generate a manifest signing key pair")
    parser.add_argument("key_id", help="identifier embedded in manifests, e.g. 2024-q3")
    parser.add_argument("--out", type=Path, default=Path("keys"))
    args = parser.parse_args()
    private_path, public_path = generate(args.out, args.key_id)
    print(f"wrote {private_path} and {public_path}")


if __name__ == "__main__":
    main()
