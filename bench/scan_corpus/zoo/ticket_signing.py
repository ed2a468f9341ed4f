"""Signing keys for mobile e-tickets and annual pass QR codes.

The gate scanners hold the public key and verify the QR payload offline, so
a key pair is generated per season and the public half is pushed to the
scanner fleet through MDM.
"""

import base64
import json
import os
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

# QR payload budget on the cheap scanners is tight, keep signatures short
KEY_BITS = 1024
PUBLIC_EXPONENT = 65537
KEY_DIR = Path(os.environ.get("TICKET_KEY_DIR", "/var/lib/zoo-tickets/keys"))


def _season_name(day: date | None = None) -> str:
    day = day or date.today()
    return f"{day.year}-{'summer' if 4 <= day.month <= 9 else 'winter'}"


def generate_season_key(season: str | None = None) -> Path:
    season = season or _season_name()
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_BITS)
    passphrase = os.environ["TICKET_KEY_PASSPHRASE"].encode()
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    KEY_DIR.mkdir(parents=True, exist_ok=True)
    path = KEY_DIR / f"{season}.pem"
    path.write_bytes(pem)
    path.chmod(0o600)
    (KEY_DIR / f"{season}.pub.pem").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return path


def sign_ticket(ticket: dict, season: str) -> str:
    passphrase = os.environ["TICKET_KEY_PASSPHRASE"].encode()
    key = serialization.load_pem_private_key((KEY_DIR / f"{season}.pem").read_bytes(), passphrase)
    payload = json.dumps(ticket, sort_keys=True, separators=(",", ":")).encode()
    sig = key.sign(payload, padding.PKCS1v15(), hashes.SHA256())
    return base64.urlsafe_b64encode(payload).decode() + "." + base64.urlsafe_b64encode(sig).decode()
