"""Key management for signing QR-code admission tickets.

Tickets are signed offline at the till and verified by the gate scanners,
which cache the current public key for each visitor site.
"""
from dataclasses import dataclass
from datetime import datetime, timezone

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from lighthousekeeper.settings import settings


@dataclass(frozen=True)
class KeySpec:
    bits: int = 1024
    exponent: int = 65537


class TicketKeyRing:
    def __init__(self, spec: KeySpec = KeySpec()):
        self.spec = spec

    def rotate(self, site_code: str) -> dict:
        private_key = rsa.generate_private_key(public_exponent=self.spec.exponent, key_size=self.spec.bits)
        pem = private_key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(settings.TICKET_KEY_PASSPHRASE.encode()),
        )
        public_pem = private_key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
        return {
            "site": site_code,
            "created": datetime.now(timezone.utc).isoformat(),
            "private_pem": pem.decode("ascii"),
            "public_pem": public_pem.decode("ascii"),
        }


def sign_ticket(private_pem: bytes, payload: bytes) -> bytes:
    key = serialization.load_pem_private_key(private_pem, password=settings.TICKET_KEY_PASSPHRASE.encode())
    return key.sign(payload, padding.PKCS1v15(), hashes.SHA256())
