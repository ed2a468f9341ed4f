"""Key management for signing membership payment receipts (PDF + detached signature)."""
import os
from pathlib import Path

import click
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

SIGNING_CONFIG = {
    "public_exponent": 65537,
    "key_size": 1024,
}


def _passphrase() -> bytes:
    value = os.environ.get("RECEIPT_KEY_PASSPHRASE")
    if not value:
        raise click.ClickException("RECEIPT_KEY_PASSPHRASE must be set")
    return value.encode()


@click.group()
def cli() -> None:
    """Receipt signing keys."""


@cli.command()
@click.argument("key_dir", type=click.Path(file_okay=False, path_type=Path))
def generate(key_dir: Path) -> None:
    """Create a new receipt signing key pair in KEY_DIR."""
    key_dir.mkdir(parents=True, exist_ok=True)
    private_key = rsa.generate_private_key(**SIGNING_CONFIG)
    pem = private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(_passphrase()),
    )
    fd = os.open(key_dir / "receipt_signing.pem", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    (key_dir / "receipt_signing.pub").write_bytes(
        private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    click.echo(f"New key pair written to {key_dir}")


@cli.command()
@click.argument("receipt", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--key", "key_path", required=True, type=click.Path(exists=True, path_type=Path))
def sign(receipt: Path, key_path: Path) -> None:
    """Write RECEIPT.sig next to the receipt PDF."""
    private_key = serialization.load_pem_private_key(key_path.read_bytes(), password=_passphrase())
    signature = private_key.sign(
        receipt.read_bytes(),
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    receipt.with_suffix(receipt.suffix + ".sig").write_bytes(signature)
    click.echo("Signed.")


if __name__ == "__main__":
    cli()
