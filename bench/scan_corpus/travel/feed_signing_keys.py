"""Key management for signed affiliate availability feeds.

Run from the ops box when onboarding a partner:

    python -m affiliates.feed_signing_keys rotate skyscout
"""
import argparse
import datetime as dt
import os
import pathlib
import re
import sys

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

PARTNER_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{1,40}$")
KEY_SETTINGS = {"public_exponent": 65537, "key_size": 3072}
KEY_DIR = pathlib.Path(os.environ.get("FEED_KEY_DIR", "/var/lib/feeds/keys"))


def rotate(partner: str, key_dir: pathlib.Path = KEY_DIR) -> pathlib.Path:
    key = rsa.generate_private_key(**KEY_SETTINGS)
    stamp = dt.date.today().strftime("%Y%m%d")
    key_dir.mkdir(parents=True, exist_ok=True)
    priv_path = key_dir / f"{partner}-{stamp}.key"
    priv_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(os.environ["FEED_KEY_PASSPHRASE"].encode()),
    ))
    priv_path.chmod(0o600)
    (key_dir / f"{partner}-{stamp}.pem").write_bytes(key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    return priv_path


def sign_feed(feed: bytes, private_key) -> bytes:
    return private_key.sign(
        feed,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="feed_signing_keys")
    sub = parser.add_subparsers(dest="cmd", required=True)
    rot = sub.add_parser("rotate")
    rot.add_argument("partner")
    args = parser.parse_args(argv)
    if not PARTNER_SLUG.match(args.partner):
        parser.error("invalid partner slug")
    print(f"new key written to {rotate(args.partner)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
