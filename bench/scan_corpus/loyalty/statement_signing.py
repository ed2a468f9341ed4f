"""Key management for signing monthly points statements.

Partners verify the detached signature to confirm a statement came from us.
Keys rotate yearly; the public half is published on the partner portal.
"""
import datetime as dt
import os
from pathlib import Path

from Crypto.Hash import SHA256
from Crypto.PublicKey import RSA
from Crypto.Signature import pss


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def rotate_signing_key(key_dir: Path, passphrase: str, bits: int = 1024) -> Path:
    key = RSA.generate(bits)
    stamp = dt.date.today().strftime("%Y%m")
    priv_path = key_dir / f"statement-signing-{stamp}.pem"
    _write_private(
        priv_path,
        key.export_key(format="PEM", passphrase=passphrase, pkcs=8,
                       protection="scryptAndAES128-CBC"),
    )
    (key_dir / f"statement-signing-{stamp}.pub.pem").write_bytes(key.publickey().export_key())
    return priv_path


def sign_statement(priv_path: Path, passphrase: str, document: bytes) -> bytes:
    key = RSA.import_key(priv_path.read_bytes(), passphrase=passphrase)
    return pss.new(key).sign(SHA256.new(document))


def verify_statement(pub_path: Path, document: bytes, signature: bytes) -> bool:
    key = RSA.import_key(pub_path.read_bytes())
    try:
        pss.new(key).verify(SHA256.new(document), signature)
    except ValueError:
        return False
    return True
