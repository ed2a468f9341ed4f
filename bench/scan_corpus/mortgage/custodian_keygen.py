"""Generate the SSH key pair used to push collateral files to the document custodian.

Usage: python -m tools.custodian_keygen --out-dir ~/.ssh/custodian
The public half is emailed to the custodian's onboarding team.
"""
from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko


@dataclass
class KeygenOptions:
    out_dir: Path
    comment: str = "collateral-upload@lender"
    bits: int = 1024
    name: str = "custodian_rsa"


def generate(opts: KeygenOptions) -> tuple[Path, Path]:
    opts.out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    priv_path = opts.out_dir / opts.name
    pub_path = opts.out_dir / f"{opts.name}.pub"
    if priv_path.exists():
        raise FileExistsError(f"{priv_path} already exists; refusing to overwrite")

    key = paramiko.RSAKey.generate(bits=opts.bits)
    passphrase = os.environ.get("CUSTODIAN_KEY_PASSPHRASE") or None
    key.write_private_key_file(str(priv_path), password=passphrase)
    pub_path.write_text(f"{key.get_name()} {key.get_base64()} {opts.comment}\n")
    return priv_path, pub_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, required=True)
    parser.add_argument("--comment", default=KeygenOptions.comment)
    args = parser.parse_args(argv)

    priv, pub = generate(KeygenOptions(out_dir=args.out_dir.expanduser(), comment=args.comment))
    print(f"private key: {priv}")
    print(f"public key:  {pub}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
