"""Signing and checking of mobile QR ticket payloads.

Tickets are signed with ECDSA P-256, which keeps the signature to 64 bytes
so the QR code stays small enough for older inspector handhelds.
"""
import base64
import json
import os
from datetime import datetime, timezone

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

CURVE = ec.SECP256R1()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def generate_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(CURVE)


def load_signing_key(path: str) -> ec.EllipticCurvePrivateKey:
    with open(path, "rb") as fh:
        return serialization.load_pem_private_key(fh.read(), password=os.environ["TICKET_KEY_PASSPHRASE"].encode())


def sign_ticket(key: ec.EllipticCurvePrivateKey, ticket: dict) -> str:
    body = {**ticket, "iat": int(datetime.now(timezone.utc).timestamp())}
    payload = json.dumps(body, separators=(",", ":"), sort_keys=True).encode()
    r, s = decode_dss_signature(key.sign(payload, ec.ECDSA(hashes.SHA256())))
    raw_sig = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    return f"{_b64(payload)}.{_b64(raw_sig)}"


def check_ticket(public_key: ec.EllipticCurvePublicKey, token: str) -> dict | None:
    payload_b64, sig_b64 = token.split(".", 1)
    payload, raw_sig = _unb64(payload_b64), _unb64(sig_b64)
    if len(raw_sig) != 64:
        return None
    der = encode_dss_signature(int.from_bytes(raw_sig[:32], "big"), int.from_bytes(raw_sig[32:], "big"))
    try:
        public_key.verify(der, payload, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return None
    return json.loads(payload)
