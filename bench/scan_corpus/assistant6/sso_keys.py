"""Generate the keypair used to sign SAML responses."""
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

SAML_KEY_BITS = 3072


def new_saml_keypair(passphrase: bytes) -> tuple[bytes, bytes]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=SAML_KEY_BITS)
    private_pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    return private_pem, public_pem
