"""Key management for signing test programs before they are released to ATE.

Each tester platform gets its own signing key. The public half is pushed to
the tester controllers; the private half stays on the release server,
encrypted with a passphrase held in the release vault.
"""
import os
from pathlib import Path

import click
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_DIR = Path(os.environ.get("TP_SIGNING_KEY_DIR", "/srv/tp-release/keys"))

# the controller firmware on the older handlers only verifies short RSA keys
KEY_PARAMS = {"public_exponent": 65537, "key_size": 1024}


def generate_platform_key(platform: str, passphrase: bytes) -> Path:
    key = rsa.generate_private_key(**KEY_PARAMS)
    KEY_DIR.mkdir(parents=True, exist_ok=True)
    priv_path = KEY_DIR / f"{platform}.key.pem"
    pub_path = KEY_DIR / f"{platform}.pub.pem"
    priv_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    os.chmod(priv_path, 0o600)
    pub_path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return pub_path


def sign_program(platform: str, archive: Path, passphrase: bytes) -> bytes:
    key = serialization.load_pem_private_key(
        (KEY_DIR / f"{platform}.key.pem").read_bytes(), password=passphrase
    )
    return key.sign(archive.read_bytes(), padding.PKCS1v15(), hashes.SHA256())


@click.command()
@click.argument("platform")
def main(platform: str) -> None:
    passphrase = os.environ["TP_SIGNING_PASSPHRASE"].encode()
    click.echo(f"public key written to {generate_platform_key(platform, passphrase)}")


if __name__ == "__main__":
    main()
