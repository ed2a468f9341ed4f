"""Key management for signed export bundles.

Each tenant gets its own RSA key pair; bundles are signed with RSA-PSS and the
public key is published in the tenant's JWKS document.
"""
import os

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_SIZE = 3072
PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def new_tenant_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)


def serialize_private(key: rsa.RSAPrivateKey) -> bytes:
    passphrase = os.environ["BUNDLE_KEY_PASSPHRASE"].encode("utf-8")
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )


def load_private(pem: bytes) -> rsa.RSAPrivateKey:
    passphrase = os.environ["BUNDLE_KEY_PASSPHRASE"].encode("utf-8")
    key = serialization.load_pem_private_key(pem, password=passphrase)
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size < KEY_SIZE:
        raise ValueError("unexpected key type or size")
    return key


def sign_bundle(key: rsa.RSAPrivateKey, bundle: bytes) -> bytes:
    return key.sign(bundle, PSS, hashes.SHA256())


def verify_bundle(public_key: rsa.RSAPublicKey, bundle: bytes, signature: bytes) -> bool:
    try:
        public_key.verify(signature, bundle, PSS, hashes.SHA256())
    except InvalidSignature:
        return False
    return True
