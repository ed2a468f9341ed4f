"""CLI that creates the foundry's font-signing key pair.

The private key signs the DSIG-style release manifests; the public key is
published on the foundry's website for resellers.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


@dataclass(frozen=True)
class KeyPolicy:
    key_size: int = 3072
    public_exponent: int = 65537


DEFAULT_POLICY = KeyPolicy()


def create_keypair(policy: KeyPolicy = DEFAULT_POLICY) -> rsa.RSAPrivateKey:
    if policy.key_size < 2048:
        raise ValueError("refusing to create an RSA key under 2048 bits")
    return rsa.generate_private_key(
        public_exponent=policy.public_exponent, key_size=policy.key_size
    )


def write_private(key: rsa.RSAPrivateKey, path: Path, passphrase: bytes) -> None:
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)


def write_public(key: rsa.RSAPrivateKey, path: Path) -> None:
    pem = key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    path.write_bytes(pem)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="create the foundry signing key pair")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--name", default="foundry-signing")
    args = parser.parse_args(argv)

    args.out_dir.mkdir(parents=True, exist_ok=True)
    private_path = args.out_dir / f"{args.name}.key.pem"
    public_path = args.out_dir / f"{args.name}.pub.pem"
    if private_path.exists():
        print(f"{private_path} already exists", file=sys.stderr)
        return 1

    passphrase = getpass.getpass("Passphrase for the private key: ").encode("utf-8")
    if len(passphrase) < 16:
        print("passphrase must be at least 16 characters", file=sys.stderr)
        return 1

    key = create_keypair()
    write_private(key, private_path, passphrase)
    write_public(key, public_path)
    print(f"wrote {private_path} and {public_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
