"""Generate and rotate the key used to sign digital player licences (QR codes on ID cards)."""
import os
from datetime import date
from pathlib import Path

import typer
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_BITS = 3072
PUBLIC_EXPONENT = 65537

app = typer.Typer()


def _write_private(path: Path, key: rsa.RSAPrivateKey, passphrase: bytes) -> None:
    data = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


@app.command()
def rotate(
    key_dir: Path = typer.Argument(..., file_okay=False),
    passphrase_env: str = typer.Option("LICENCE_KEY_PASSPHRASE", help="Env var holding the key passphrase"),
) -> None:
    """Create a new dated licence signing key in KEY_DIR."""
    passphrase = os.environ.get(passphrase_env)
    if not passphrase:
        typer.echo(f"{passphrase_env} is not set", err=True)
        raise typer.Exit(1)
    key_dir.mkdir(parents=True, exist_ok=True)
    kid = date.today().strftime("licence-%Y%m%d")
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_BITS)
    _write_private(key_dir / f"{kid}.pem", key, passphrase.encode())
    (key_dir / f"{kid}.pub.pem").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    typer.echo(f"Generated {KEY_BITS}-bit key {kid}")


if __name__ == "__main__":
    app()
