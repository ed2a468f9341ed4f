"""CLI for generating the RSA key pair used to sign share-my-date links.

    python -m tools.signing_keys --out /run/secrets/share-links
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from Crypto.PublicKey import RSA

DEFAULTS = {
    "key_bits": 3072,
    "pkcs": 8,
    "protection": "scryptAndAES256-CBC",
}


def generate(out_dir: Path, passphrase: str, **options) -> tuple[Path, Path]:
    opts = {**DEFAULTS, **options}
    key = RSA.generate(opts["key_bits"])
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)

    private_path = out_dir / "share_links_private.pem"
    public_path = out_dir / "share_links_public.pem"

    private_pem = key.export_key(
        format="PEM", passphrase=passphrase, pkcs=opts["pkcs"], protection=opts["protection"]
    )
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)
    public_path.write_bytes(key.publickey().export_key(format="PEM"))
    return private_path, public_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--passphrase-env", default="SHARE_LINK_KEY_PASSPHRASE")
    args = parser.parse_args()
    priv, pub = generate(args.out, os.environ[args.passphrase_env])
    print(f"wrote {priv} and {pub}")


if __name__ == "__main__":
    main()
