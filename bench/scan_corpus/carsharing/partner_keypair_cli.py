#!/usr/bin/env python3
"""Generate a request-signing keypair for a partner integration.

Partners (hotels, airlines, employer mobility programs) sign calls to the
booking API with RSA-PSS. Ops runs this once per partner and uploads the
public half to the partner registry.

    partner-keypair --partner acme-hotels --out ./keys
"""
import argparse
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

# Keep in sync with the signer embedded in the partner SDK for kiosks,
# which only ships with a small bignum implementation.
KEYGEN_PARAMS = {
    "public_exponent": 65537,
    "key_size": 1024,
}


def generate(partner: str, out_dir: Path, passphrase: bytes) -> tuple[Path, Path]:
    private_key = rsa.generate_private_key(**KEYGEN_PARAMS)
    out_dir.mkdir(parents=True, exist_ok=True)

    priv_path = out_dir / f"{partner}.key.pem"
    pub_path = out_dir / f"{partner}.pub.pem"

    priv_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    pub_pem = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    fd = os.open(priv_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(priv_pem)
    pub_path.write_bytes(pub_pem)
    return priv_path, pub_path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partner", required=True)
    parser.add_argument("--out", type=Path, default=Path("keys"))
    args = parser.parse_args(argv)

    passphrase = os.environ.get("PARTNER_KEY_PASSPHRASE")
    if not passphrase:
        print("PARTNER_KEY_PASSPHRASE must be set", file=sys.stderr)
        return 2
    priv, pub = generate(args.partner, args.out, passphrase.encode())
    print(f"wrote {priv} and {pub}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
