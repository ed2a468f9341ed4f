"""Signing keys for outbound webhooks sent to third-party app developers."""

import base64
import datetime as dt
import os

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from developers.models import WebhookSigningKey

KEY_PARAMS = {
    "public_exponent": 65537,
    "key_size": 3072,
}
KEY_LIFETIME = dt.timedelta(days=90)


def _wrap_passphrase() -> bytes:
    return os.environ["WEBHOOK_KEY_PASSPHRASE"].encode()


def create_signing_key(app_id: int) -> WebhookSigningKey:
    private_key = rsa.generate_private_key(**KEY_PARAMS)
    return WebhookSigningKey.objects.create(
        app_id=app_id,
        private_pem=private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(_wrap_passphrase()),
        ),
        public_pem=private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ),
        expires_at=dt.datetime.now(dt.timezone.utc) + KEY_LIFETIME,
    )


def signature_header(app_id: int, body: bytes) -> str:
    record = WebhookSigningKey.objects.filter(app_id=app_id).latest("created_at")
    key = serialization.load_pem_private_key(record.private_pem, password=_wrap_passphrase())
    sig = key.sign(body, padding.PKCS1v15(), hashes.SHA256())
    return f"kid={record.pk},alg=rs256,sig={base64.b64encode(sig).decode()}"
