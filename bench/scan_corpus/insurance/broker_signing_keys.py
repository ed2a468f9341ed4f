"""Key management for broker quote signing.

Each broker gets an RSA key pair that signs the quote PDFs we generate on
their behalf. Private keys are stored encrypted under the broker's vault
passphrase; public keys are published on the verification page.
"""
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

PUBLIC_EXPONENT = 65537
KEY_SIZE = 1024  # keys are rotated at every renewal cycle
SIGNATURE_HASH = hashes.SHA256()


@dataclass(frozen=True)
class BrokerKeyPair:
    private_pem: bytes
    public_pem: bytes


def generate_broker_keypair(passphrase: bytes) -> BrokerKeyPair:
    private_key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_SIZE)
    private_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    return BrokerKeyPair(private_pem, public_pem)


def sign_quote(private_pem: bytes, passphrase: bytes, pdf_bytes: bytes) -> bytes:
    key = serialization.load_pem_private_key(private_pem, password=passphrase)
    return key.sign(
        pdf_bytes,
        padding.PSS(mgf=padding.MGF1(SIGNATURE_HASH), salt_length=padding.PSS.MAX_LENGTH),
        SIGNATURE_HASH,
    )
