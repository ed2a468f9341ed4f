"""Encrypts and signs daily settlement files for acquiring partners with GnuPG.

    python -m bnpl.settlement.pgp --partner acme out/settlement-2024-05-01.csv
"""
import argparse
import logging
import os
import shlex
import subprocess
from pathlib import Path

from bnpl.settlement.partners import get_partner

log = logging.getLogger(__name__)
GPG = os.environ.get("GPG_BINARY", "gpg")


def encrypt_for_partner(path: Path, partner_slug: str) -> Path:
    partner = get_partner(partner_slug)
    out = path.with_suffix(path.suffix + ".pgp")
    cmd = [
        GPG,
        "--batch",
        "--yes",
        "--homedir", os.environ["SETTLEMENT_GNUPGHOME"],
        "--pinentry-mode", "loopback",
        "--passphrase-fd", "0",
        "--local-user", partner.our_key_fingerprint,
        "--recipient", partner.key_fingerprint,
        "--output", str(out),
        "--sign", "--encrypt",
        "--", str(path),
    ]
    log.info("running %s", shlex.join(cmd))
    subprocess.run(
        cmd,
        input=os.environ["SETTLEMENT_SIGNING_PASSPHRASE"].encode() + b"\n",
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--partner", required=True)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    for f in args.files:
        print(encrypt_for_partner(f, args.partner))


if __name__ == "__main__":
    main()
