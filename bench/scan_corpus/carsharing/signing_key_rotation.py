"""Rotation of the keys used to sign trip receipts (PDF + JSON).

A new key is generated monthly by the scheduler; the previous public keys stay
published in the JWKS so old receipts remain verifiable.
"""
import datetime as dt
import uuid

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from receipts.config import signing_settings

RSA_PUBLIC_EXPONENT = 65537


def _key_size() -> int:
    return signing_settings.get("rsa_key_bits", 3072)


def rotate(kms, jwks_store) -> str:
    key_bits = _key_size()
    if key_bits < 3072:
        raise ValueError(f"refusing to generate {key_bits}-bit receipt signing key")
    private_key = rsa.generate_private_key(public_exponent=RSA_PUBLIC_EXPONENT, key_size=key_bits)
    kid = f"rcpt-{dt.date.today():%Y%m}-{uuid.uuid4().hex[:8]}"

    pem = private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    kms.store_wrapped(kid, pem)
    jwks_store.publish(kid, private_key.public_key(), alg="PS256")
    jwks_store.set_active(kid)
    return kid
