"""CLI: create a new RSA key for signing release manifests.

    python -m tools.signing_keys --kid 2024-q3 --out keys/
"""
import argparse
import getpass
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

DEFAULT_KEY_BITS = 3072


def generate_signing_key(bits: int = DEFAULT_KEY_BITS) -> rsa.RSAPrivateKey:
    if bits < 2048:
        raise ValueError("refusing to create RSA keys smaller than 2048 bits")
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def save(key: rsa.RSAPrivateKey, out_dir: Path, kid: str, passphrase: bytes) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(out_dir / f"{kid}.pem", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)

    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    (out_dir / f"{kid}.pub.pem").write_bytes(public)
    (out_dir / f"{kid}.json").write_text(json.dumps({"kid": kid, "alg": "RS256", "bits": key.key_size}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kid", required=True)
    parser.add_argument("--out", type=Path, default=Path("keys"))
    parser.add_argument("--bits", type=int, default=DEFAULT_KEY_BITS, choices=(3072, 4096))
    args = parser.parse_args()

    passphrase = getpass.getpass("Key passphrase: ").encode()
    if len(passphrase) < 12:
        raise SystemExit("passphrase must be at least 12 characters")
    save(generate_signing_key(args.bits), args.out, args.kid, passphrase)
    print(f"created key {args.kid} in {args.out}")


if __name__ == "__main__":
    main()
