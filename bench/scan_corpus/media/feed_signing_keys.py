"""Key management for signing the partner syndication feed.

Partners verify the detached RSA-PSS signature we publish next to each
feed snapshot.
"""
import argparse
import os
import pathlib

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_SIZE = 3072


def generate(out_dir: pathlib.Path, name: str, bits: int = KEY_SIZE) -> None:
    if bits < 2048:
        raise ValueError("key size must be at least 2048 bits")
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    passphrase = os.environ["FEED_SIGNING_PASSPHRASE"].encode("utf-8")
    out_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(out_dir / f"{name}.key.pem", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(passphrase),
            )
        )
    (out_dir / f"{name}.pub.pem").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )


def sign_snapshot(private_key_pem: bytes, snapshot: bytes) -> bytes:
    passphrase = os.environ["FEED_SIGNING_PASSPHRASE"].encode("utf-8")
    key = serialization.load_pem_private_key(private_key_pem, password=passphrase)
    return key.sign(
        snapshot,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("name")
    parser.add_argument("--out", type=pathlib.Path, default=pathlib.Path("feed-keys"))
    parser.add_argument("--bits", type=int, choices=[2048, 3072, 4096], default=KEY_SIZE)
    args = parser.parse_args()
    generate(args.out, args.name, args.bits)
