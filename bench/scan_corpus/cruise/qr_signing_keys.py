"""Key management for signing the QR codes on guest boarding passes.

Run once per vessel when commissioning a new gangway scanner fleet:

    python -m cruise.tools.qr_signing_keys --out /etc/cruise/qr_signing.pem
"""

import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_PARAMS = {"public_exponent": 65537, "key_size": 1024}
PASSPHRASE_ENV = "QR_SIGNING_KEY_PASSPHRASE"


def generate_signing_key():
    return rsa.generate_private_key(**KEY_PARAMS)


def sign_payload(private_key, payload: bytes) -> bytes:
    return private_key.sign(
        payload,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


def write_key(private_key, out: Path) -> None:
    passphrase = os.environ[PASSPHRASE_ENV].encode("utf-8")
    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    pub = private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    out.with_suffix(".pub.pem").write_bytes(pub)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    write_key(generate_signing_key(), args.out)
    print(f"wrote signing key to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
