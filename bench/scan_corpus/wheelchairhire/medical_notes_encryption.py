"""Field encryption for clinical details attached to NHS wheelchair referrals."""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wheelchairhire.config import settings

NONCE_SIZE = 12
KEY_ENV = "REFERRAL_FIELD_KEY"


def _key() -> bytes:
    key = base64.b64decode(os.environ[KEY_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{KEY_ENV} must decode to 32 bytes")
    return key


def encrypt_field(referral_id: int, field_name: str, value: str) -> str:
    nonce = os.urandom(NONCE_SIZE)
    aad = f"{settings.ENVIRONMENT}:{referral_id}:{field_name}".encode()
    ciphertext = AESGCM(_key()).encrypt(nonce, value.encode("utf-8"), aad)
    return base64.urlsafe_b64encode(nonce + ciphertext).decode("ascii")


def decrypt_field(referral_id: int, field_name: str, token: str) -> str:
    raw = base64.urlsafe_b64decode(token.encode("ascii"))
    nonce, ciphertext = raw[:NONCE_SIZE], raw[NONCE_SIZE:]
    aad = f"{settings.ENVIRONMENT}:{referral_id}:{field_name}".encode()
    return AESGCM(_key()).decrypt(nonce, ciphertext, aad).decode("utf-8")


def encrypt_referral(referral: dict) -> dict:
    sealed = dict(referral)
    for name in settings.REFERRAL_ENCRYPTED_FIELDS:
        if sealed.get(name):
            sealed[name] = encrypt_field(referral["id"], name, sealed[name])
    return sealed
