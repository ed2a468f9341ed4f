"""Sign and verify sponsor export manifests (RSA-PSS with SHA-256)."""
import json
import os
from pathlib import Path

from Crypto.Hash import SHA256
from Crypto.PublicKey import RSA
from Crypto.Signature import pss

DEFAULT_KEY_BITS = 3072


def generate_signing_key(bits: int = DEFAULT_KEY_BITS) -> RSA.RsaKey:
    return RSA.generate(bits)


def write_keypair(key: RSA.RsaKey, out_dir: Path) -> None:
    passphrase = os.environ["MANIFEST_KEY_PASSPHRASE"]
    private_pem = key.export_key(
        format="PEM", passphrase=passphrase, pkcs=8, protection="scryptAndAES256-CBC"
    )
    fd = os.open(out_dir / "manifest.key.pem", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)
    (out_dir / "manifest.pub.pem").write_bytes(key.publickey().export_key(format="PEM"))


def load_private_key(path: Path) -> RSA.RsaKey:
    return RSA.import_key(path.read_bytes(), passphrase=os.environ["MANIFEST_KEY_PASSPHRASE"])


def _canonical(manifest: dict) -> bytes:
    return json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()


def sign_manifest(manifest: dict, key: RSA.RsaKey) -> str:
    digest = SHA256.new(_canonical(manifest))
    return pss.new(key).sign(digest).hex()


def verify_manifest(manifest: dict, signature_hex: str, public_key: RSA.RsaKey) -> bool:
    try:
        pss.new(public_key).verify(SHA256.new(_canonical(manifest)), bytes.fromhex(signature_hex))
        return True
    except (ValueError, TypeError):
        return False
