"""Key management for UIC 918.3 static ticket barcodes.

Each issuing key is identified by the RICS code and a key id; public keys are
published to partner railways through the UIC key exchange.
"""
from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import dsa

RICS_CODE = os.environ.get("ISSUER_RICS", "")
KEY_BITS = 1024


def new_issuing_key(key_id: str, out_dir: Path, passphrase: bytes) -> Path:
    private_key = dsa.generate_private_key(key_size=KEY_BITS)
    priv_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    pub_pem = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    priv_path = out_dir / f"{RICS_CODE}_{key_id}.key"
    fd = os.open(priv_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(priv_pem)
    (out_dir / f"{RICS_CODE}_{key_id}.pub").write_bytes(pub_pem)
    return priv_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("key_id", help="five-character key id, e.g. 00007")
    parser.add_argument("--out", type=Path, default=Path("keys"))
    args = parser.parse_args()
    passphrase = getpass.getpass("Key passphrase: ").encode()
    path = new_issuing_key(args.key_id, args.out, passphrase)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
