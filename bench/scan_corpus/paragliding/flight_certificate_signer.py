"""Sign tandem-flight certificates so passengers and partners can verify them offline."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

SIGNING_KEY_BITS = 3072
KEY_PATH = Path(os.environ.get("CERT_SIGNING_KEY", "/etc/pgschool/cert-signing.pem"))


@dataclass
class FlightCertificate:
    certificate_no: str
    passenger: str
    pilot: str
    site: str
    flight_date: str
    airtime_min: int


def generate_signing_key(path: Path = KEY_PATH) -> rsa.RSAPrivateKey:
    key = rsa.generate_private_key(public_exponent=65537, key_size=SIGNING_KEY_BITS)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(
            os.environ["CERT_KEY_PASSPHRASE"].encode()
        ),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    return key


def load_signing_key(path: Path = KEY_PATH) -> rsa.RSAPrivateKey:
    return serialization.load_pem_private_key(
        path.read_bytes(), password=os.environ["CERT_KEY_PASSPHRASE"].encode()
    )


_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def _canonical(cert: FlightCertificate) -> bytes:
    return json.dumps(asdict(cert), sort_keys=True, separators=(",", ":")).encode()


def sign_certificate(cert: FlightCertificate, key: rsa.RSAPrivateKey) -> str:
    signature = key.sign(_canonical(cert), _PSS, hashes.SHA256())
    return base64.b64encode(signature).decode()


def verify_certificate(cert: FlightCertificate, signature_b64: str, public_key) -> bool:
    try:
        public_key.verify(base64.b64decode(signature_b64), _canonical(cert), _PSS, hashes.SHA256())
        return True
    except InvalidSignature:
        return False
