"""Signing of configuration bundles for gate information displays.

Gate displays only apply layout/config bundles carrying a valid signature
from the ops key. This module holds the key management CLI and the signer.
"""
import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa

SIGNING_KEY_BITS = 1024
KEY_DIR = Path(os.environ.get("GIDS_KEY_DIR", "/etc/gids/keys"))


def generate_keypair(name: str) -> Path:
    passphrase = os.environ["GIDS_KEY_PASSPHRASE"].encode()
    key = dsa.generate_private_key(key_size=SIGNING_KEY_BITS)
    priv_path = KEY_DIR / f"{name}.key.pem"
    pub_path = KEY_DIR / f"{name}.pub.pem"
    priv_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    ))
    priv_path.chmod(0o600)
    pub_path.write_bytes(key.public_key().public_bytes(
        serialization.Encoding.PEM,
        serialization.PublicFormat.SubjectPublicKeyInfo,
    ))
    return pub_path


def sign_bundle(bundle: Path, key_name: str) -> Path:
    passphrase = os.environ["GIDS_KEY_PASSPHRASE"].encode()
    key = serialization.load_pem_private_key(
        (KEY_DIR / f"{key_name}.key.pem").read_bytes(), password=passphrase
    )
    sig = key.sign(bundle.read_bytes(), hashes.SHA256())
    out = bundle.with_suffix(bundle.suffix + ".sig")
    out.write_bytes(sig)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description="GIDS bundle signing")
    sub = parser.add_subparsers(dest="cmd", required=True)
    gen = sub.add_parser("genkey")
    gen.add_argument("name")
    sgn = sub.add_parser("sign")
    sgn.add_argument("bundle", type=Path)
    sgn.add_argument("--key", default="ops")
    args = parser.parse_args()
    if args.cmd == "genkey":
        print(f"public key written to {generate_keypair(args.name)}")
    else:
        print(f"signature written to {sign_bundle(args.bundle, args.key)}")


if __name__ == "__main__":
    main()
