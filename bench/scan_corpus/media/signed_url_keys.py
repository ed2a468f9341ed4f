"""Generate the key pair used to sign CDN URLs for premium video.

Usage:
    python signed_url_keys.py --key-id premium-2024q3 --out ./keys

Upload the public key to the CDN key group, keep the private key in the
secrets store and delete the local copy.
"""
import argparse
import os
import pathlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def _write(path: pathlib.Path, data: bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def generate_keypair(out_dir: pathlib.Path, key_id: str, bits: int = 1024) -> pathlib.Path:
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    private_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.TraditionalOpenSSL,
        encryption_algorithm=serialization.NoEncryption(),
    )
    public_pem = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    private_path = out_dir / f"{key_id}.private.pem"
    _write(private_path, private_pem, 0o600)
    _write(out_dir / f"{key_id}.public.pem", public_pem, 0o644)
    return private_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--key-id", required=True)
    parser.add_argument("--out", type=pathlib.Path, default=pathlib.Path("keys"))
    args = parser.parse_args()
    path = generate_keypair(args.out, args.key_id)
    print(f"wrote {path} (upload the .public.pem to the CDN key group)")


if __name__ == "__main__":
    main()
