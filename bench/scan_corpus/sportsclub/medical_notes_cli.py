"""Encrypt/decrypt player medical notes kept alongside the squad register."""
import base64
import os
from pathlib import Path

import typer
from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

app = typer.Typer(help="Medical notes tooling for team physios")

_KEY_ENV = "MEDICAL_NOTES_KEY"
_IV = b"clubmed-notes-v1"


def _key() -> bytes:
    key = base64.b64decode(os.environ[_KEY_ENV])
    if len(key) != 32:
        raise typer.BadParameter(f"{_KEY_ENV} must be a base64 encoded 256-bit key")
    return key


def _cipher():
    return _AES.new(_key(), _AES.MODE_CBC, iv=_IV)


@app.command()
def seal(source: Path, dest: Path = typer.Option(None, help="Defaults to <source>.enc")) -> None:
    """Encrypt a plaintext notes file."""
    dest = dest or source.with_suffix(source.suffix + ".enc")
    ciphertext = _cipher().encrypt(pad(source.read_bytes(), _AES.block_size))
    dest.write_bytes(base64.b64encode(ciphertext))
    typer.echo(f"Wrote {dest}")


@app.command()
def show(sealed: Path) -> None:
    """Print decrypted notes to the terminal."""
    data = base64.b64decode(sealed.read_bytes())
    typer.echo(unpad(_cipher().decrypt(data), _AES.block_size).decode("utf-8"))


if __name__ == "__main__":
    app()
