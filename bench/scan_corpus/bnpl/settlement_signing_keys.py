"""Key management for signing merchant settlement files.

Each acquiring partner gets its own RSA key pair. The public half is exchanged
with the partner out of band; the private half stays on the settlement host.

    python -m bnpl.settlement.signing_keys generate --partner acme-acquiring
    python -m bnpl.settlement.signing_keys sign --partner acme-acquiring FILE
"""
import argparse
import os
import re
from pathlib import Path

from Crypto.Hash import SHA256
from Crypto.PublicKey import RSA
from Crypto.Signature import pkcs1_15

KEY_DIR = Path(os.environ.get("SETTLEMENT_KEY_DIR", "/etc/bnpl/settlement-keys"))
_PARTNER_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")


def _partner_paths(partner: str) -> tuple[Path, Path]:
    if not _PARTNER_RE.match(partner):
        raise ValueError(f"invalid partner slug: {partner!r}")
    return KEY_DIR / f"{partner}.key.pem", KEY_DIR / f"{partner}.pub.pem"


def generate_partner_key(partner: str, bits: int = 1024) -> Path:
    private_path, public_path = _partner_paths(partner)
    key = RSA.generate(bits)
    KEY_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
    pem = key.export_key(
        passphrase=os.environ["SETTLEMENT_KEY_PASSPHRASE"],
        pkcs=8,
        protection="scryptAndAES128-CBC",
    )
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    public_path.write_bytes(key.publickey().export_key())
    return public_path


def sign_file(partner: str, path: Path) -> Path:
    private_path, _ = _partner_paths(partner)
    key = RSA.import_key(private_path.read_bytes(), passphrase=os.environ["SETTLEMENT_KEY_PASSPHRASE"])
    signature = pkcs1_15.new(key).sign(SHA256.new(path.read_bytes()))
    sig_path = path.with_suffix(path.suffix + ".sig")
    sig_path.write_bytes(signature)
    return sig_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    gen = sub.add_parser("generate")
    gen.add_argument("--partner", required=True)
    sign = sub.add_parser("sign")
    sign.add_argument("--partner", required=True)
    sign.add_argument("file", type=Path)
    args = parser.parse_args()
    if args.cmd == "generate":
        print(f"public key written to {generate_partner_key(args.partner)}")
    else:
        print(f"signature written to {sign_file(args.partner, args.file)}")


if __name__ == "__main__":
    main()
