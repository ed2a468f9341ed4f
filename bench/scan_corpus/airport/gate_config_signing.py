"""Key generation and signing for gate display configuration bundles."""
import os
from pathlib import Path

import click
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_BITS = 3072
PUBLIC_EXPONENT = 65537
KEY_DIR = Path(os.environ.get("GIDS_KEY_DIR", "/etc/gids/keys"))

PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def _passphrase() -> bytes:
    return os.environ["GIDS_KEY_PASSPHRASE"].encode()


@click.group()
def cli():
    """Gate display bundle signing."""


@cli.command()
@click.argument("name")
def genkey(name: str):
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_BITS)
    priv = KEY_DIR / f"{name}.key.pem"
    priv.write_bytes(key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(_passphrase()),
    ))
    priv.chmod(0o600)
    (KEY_DIR / f"{name}.pub.pem").write_bytes(key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo,
    ))
    click.echo(f"generated {KEY_BITS}-bit key {name}")


@cli.command()
@click.argument("bundle", type=click.Path(exists=True, path_type=Path))
@click.option("--key", "key_name", default="ops")
def sign(bundle: Path, key_name: str):
    key = serialization.load_pem_private_key(
        (KEY_DIR / f"{key_name}.key.pem").read_bytes(), password=_passphrase()
    )
    sig = key.sign(bundle.read_bytes(), PSS, hashes.SHA256())
    bundle.with_suffix(bundle.suffix + ".sig").write_bytes(sig)
    click.echo(f"signed {bundle.name}")


if __name__ == "__main__":
    cli()
