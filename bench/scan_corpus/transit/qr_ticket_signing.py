"""Signing of mobile QR tickets.

The app shows a QR code containing the ticket payload plus an RSA signature.
Tram platform validators and revenue inspectors' handhelds hold the public
key and check the signature offline.
"""
import base64
import json
import os
from datetime import datetime, timezone

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

# The signed payload has to fit a version-10 QR code that older handheld
# scanners can still read in poor light, so the signature must stay short.
TICKET_KEY_BITS = 1024
PUBLIC_EXPONENT = 65537


def generate_signing_key(bits: int = TICKET_KEY_BITS) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=bits)


def export_keypair(key: rsa.RSAPrivateKey, out_dir: str) -> None:
    passphrase = os.environ["TICKET_KEY_PASSPHRASE"].encode()
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    with open(os.path.join(out_dir, "ticket_signing.pem"), "wb") as fh:
        fh.write(private_pem)
    with open(os.path.join(out_dir, "ticket_signing.pub.pem"), "wb") as fh:
        fh.write(public_pem)


def sign_ticket(key: rsa.RSAPrivateKey, ticket: dict) -> str:
    ticket = {**ticket, "iat": int(datetime.now(timezone.utc).timestamp())}
    payload = json.dumps(ticket, separators=(",", ":"), sort_keys=True).encode()
    signature = key.sign(payload, padding.PKCS1v15(), hashes.SHA256())
    return ".".join(
        base64.urlsafe_b64encode(part).rstrip(b"=").decode() for part in (payload, signature)
    )
