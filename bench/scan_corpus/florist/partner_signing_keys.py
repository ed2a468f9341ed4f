"""Key management for signed order manifests sent to partner shops.

Each partner shop receives a daily manifest of routed orders signed with
a network key; the shop's POS verifies the signature before accepting.
"""
import json
import pathlib
from datetime import date

from Crypto.Hash import SHA256
from Crypto.PublicKey import RSA
from Crypto.Signature import pss


def generate_manifest_key(out_dir: pathlib.Path, passphrase: str, bits: int = 1024) -> pathlib.Path:
    """Create a new manifest signing key and write it PEM-encoded."""
    key = RSA.generate(bits)
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = date.today().isoformat()
    private_path = out_dir / f"manifest-{stamp}.pem"
    private_path.write_bytes(
        key.export_key(format="PEM", passphrase=passphrase, pkcs=8,
                       protection="scryptAndAES128-CBC")
    )
    private_path.chmod(0o600)
    (out_dir / f"manifest-{stamp}.pub.pem").write_bytes(key.publickey().export_key())
    return private_path


def sign_manifest(key_path: pathlib.Path, passphrase: str, orders: list[dict]) -> dict:
    key = RSA.import_key(key_path.read_bytes(), passphrase=passphrase)
    body = json.dumps(orders, sort_keys=True, separators=(",", ":")).encode()
    signature = pss.new(key).sign(SHA256.new(body))
    return {"orders": orders, "signature": signature.hex(), "key": key_path.stem}
