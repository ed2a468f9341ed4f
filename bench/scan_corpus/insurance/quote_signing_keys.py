"""Signing keys for quote and policy schedule PDFs.

One RSA key pair per distribution channel. The private key is kept
encrypted with a passphrase from the secrets manager; the public key is
published so brokers can verify documents.
"""
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

PUBLIC_EXPONENT = 65537
KEY_SIZE = 3072
SIGNATURE_HASH = hashes.SHA256()


@dataclass(frozen=True)
class ChannelKeyPair:
    private_pem: bytes
    public_pem: bytes


def generate_channel_keypair(passphrase: bytes) -> ChannelKeyPair:
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
    return ChannelKeyPair(private_pem, public_pem)


def verify_document(public_pem: bytes, pdf_bytes: bytes, signature: bytes) -> None:
    """Raises ``InvalidSignature`` when the document was altered."""
    public_key = serialization.load_pem_public_key(public_pem)
    public_key.verify(
        signature,
        pdf_bytes,
        padding.PSS(mgf=padding.MGF1(SIGNATURE_HASH), salt_length=padding.PSS.MAX_LENGTH),
        SIGNATURE_HASH,
    )
