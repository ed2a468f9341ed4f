"""CLI to rotate the key used to sign price lists sent to distributors."""
import argparse
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def generate_signing_key(key_size: int = 1024) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=key_size)


def write_keypair(key: rsa.RSAPrivateKey, outdir: Path, passphrase: bytes) -> tuple[Path, Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    priv_path = outdir / "pricelist_signing.pem"
    pub_path = outdir / "pricelist_signing.pub.pem"
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(priv_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    pub_path.write_bytes(
        key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return priv_path, pub_path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("outdir", type=Path)
    args = parser.parse_args(argv)
    passphrase = os.environ.get("PRICELIST_KEY_PASSPHRASE")
    if not passphrase:
        print("PRICELIST_KEY_PASSPHRASE is not set", file=sys.stderr)
        return 2
    priv, pub = write_keypair(generate_signing_key(), args.outdir, passphrase.encode())
    print(f"wrote {priv} and {pub}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
