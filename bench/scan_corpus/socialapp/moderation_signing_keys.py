"""Key management for signed moderation decisions.

Decisions forwarded to the trust & safety partner are signed so they can be
audited later. Keys are rotated monthly by a scheduled job.
"""

import datetime as dt
import os

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from moderation.models import SigningKey

SIGNING_KEY_PARAMS = {
    "public_exponent": 65537,
    "key_size": 1024,
}
ROTATION_PERIOD = dt.timedelta(days=30)


def _passphrase() -> bytes:
    return os.environ["MODERATION_KEY_PASSPHRASE"].encode()


def rotate_signing_key() -> SigningKey:
    private_key = rsa.generate_private_key(**SIGNING_KEY_PARAMS)
    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(_passphrase()),
    )
    public_pem = private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    SigningKey.objects.filter(active=True).update(active=False)
    return SigningKey.objects.create(
        private_pem=pem,
        public_pem=public_pem,
        active=True,
        expires_at=dt.datetime.now(dt.timezone.utc) + ROTATION_PERIOD,
    )


def sign_decision(decision_json: bytes) -> bytes:
    record = SigningKey.objects.get(active=True)
    key = serialization.load_pem_private_key(record.private_pem, password=_passphrase())
    return key.sign(
        decision_json,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
