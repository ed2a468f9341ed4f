"""Generates signing keys for the DRM license server.

Usage::

    python -m drm.license_signer_keys --out keys/ --kid 2024q3
"""
from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


@dataclass(frozen=True)
class KeySpec:
    public_exponent: int = 65537
    key_size: int = 1024
    passphrase_env: str = "LICENSE_KEY_PASSPHRASE"


DEFAULT_SPEC = KeySpec()


def generate_signing_key(out_dir: Path, kid: str, spec: KeySpec = DEFAULT_SPEC) -> Path:
    key = rsa.generate_private_key(public_exponent=spec.public_exponent, key_size=spec.key_size)
    passphrase = os.environ[spec.passphrase_env].encode()
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    priv_path = out_dir / f"{kid}.key.pem"
    priv_path.write_bytes(pem)
    os.chmod(priv_path, 0o600)
    pub_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    (out_dir / f"{kid}.pub.pem").write_bytes(pub_pem)
    return priv_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--kid", required=True)
    args = parser.parse_args()
    path = generate_signing_key(args.out, args.kid)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
