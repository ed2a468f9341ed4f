"""Encrypts 834 enrollment files for medical carriers with their published PGP keys."""
import argparse
import os
import sys
from pathlib import Path

import gnupg

CIPHER_ARGS = ["--cipher-algo", "AES256", "--digest-algo", "SHA256"]


def load_carrier_key(gpg: gnupg.GPG, key_file: Path, expected_fingerprint: str) -> str:
    result = gpg.import_keys(key_file.read_text())
    fingerprint = expected_fingerprint.replace(" ", "").upper()
    if fingerprint not in result.fingerprints:
        raise SystemExit(f"{key_file} does not contain key {fingerprint}")
    gpg.trust_keys(fingerprint, "TRUST_ULTIMATE")
    return fingerprint


def encrypt_file(gpg: gnupg.GPG, src: Path, dest: Path, fingerprint: str) -> None:
    with src.open("rb") as fh:
        result = gpg.encrypt_file(fh, [fingerprint], armor=False, output=str(dest), extra_args=CIPHER_ARGS)
    if not result.ok:
        raise SystemExit(f"encryption failed: {result.status}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("src", type=Path)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--carrier-key", type=Path, required=True)
    parser.add_argument("--fingerprint", required=True)
    args = parser.parse_args(argv)

    gpg = gnupg.GPG(gnupghome=os.environ.get("EXPORT_GNUPGHOME", str(Path.home() / ".gnupg-export")))
    fingerprint = load_carrier_key(gpg, args.carrier_key, args.fingerprint)
    encrypt_file(gpg, args.src, args.dest, fingerprint)
    print(f"encrypted {args.src.name} -> {args.dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
