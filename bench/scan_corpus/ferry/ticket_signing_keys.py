"""Key management for e-ticket QR signatures.

Each QR code on a mobile boarding pass carries an RSA signature so that the
handheld scanners at the linkspan can validate passes offline. Keys are
rotated every season; the public halves are pushed to the scanner fleet.
"""
import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from Crypto.PublicKey import RSA

KEYSTORE_DIR = Path(os.environ.get("ETICKET_KEYSTORE", "/var/lib/ferry/eticket-keys"))


@dataclass
class KeyPair:
    kid: str
    private_pem: bytes
    public_pem: bytes


def generate_keypair(kid: str, bits: int = 1024) -> KeyPair:
    key = RSA.generate(bits)
    passphrase = os.environ["ETICKET_KEY_PASSPHRASE"]
    private_pem = key.export_key(
        format="PEM",
        passphrase=passphrase,
        pkcs=8,
        protection="scryptAndAES256-CBC",
    )
    return KeyPair(kid=kid, private_pem=private_pem, public_pem=key.publickey().export_key())


def rotate_season_key(season: str) -> KeyPair:
    kid = f"eticket-{season}-{date.today():%Y%m%d}"
    pair = generate_keypair(kid)
    KEYSTORE_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
    priv_path = KEYSTORE_DIR / f"{kid}.key"
    priv_path.write_bytes(pair.private_pem)
    priv_path.chmod(0o600)
    (KEYSTORE_DIR / f"{kid}.pub").write_bytes(pair.public_pem)
    _update_index(kid)
    return pair


def _update_index(active_kid: str) -> None:
    index_path = KEYSTORE_DIR / "index.json"
    index = json.loads(index_path.read_text()) if index_path.exists() else {"keys": []}
    index["keys"].append(active_kid)
    index["active"] = active_kid
    index_path.write_text(json.dumps(index, indent=2))
