"""CLI: generate signing keys for affiliate partner feeds.

Each affiliate gets its own key pair; the public half is published under
/.well-known/feeds/<partner>.pem so partners can verify the nightly
availability and price feeds we push to them.

    python -m affiliates.partner_keys skyscout --out /var/lib/feeds/keys
"""
import argparse
import os
import pathlib
import re
import sys

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

PARTNER_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{1,40}$")
PUBLIC_EXPONENT = 65537
KEY_BITS = 1024
DEFAULT_KEY_DIR = pathlib.Path(os.environ.get("FEED_KEY_DIR", "/var/lib/feeds/keys"))


def generate(partner: str, out_dir: pathlib.Path) -> pathlib.Path:
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_BITS)
    passphrase = os.environ["FEED_KEY_PASSPHRASE"].encode()
    private_pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    priv_path = out_dir / f"{partner}.key"
    priv_path.write_bytes(private_pem)
    priv_path.chmod(0o600)
    (out_dir / f"{partner}.pem").write_bytes(public_pem)
    return priv_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate an affiliate feed signing key")
    parser.add_argument("partner", help="partner slug, e.g. skyscout")
    parser.add_argument("--out", type=pathlib.Path, default=DEFAULT_KEY_DIR)
    args = parser.parse_args(argv)
    if not PARTNER_SLUG.match(args.partner):
        parser.error("partner slug must be lowercase letters, digits, - or _")
    path = generate(args.partner, args.out)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
