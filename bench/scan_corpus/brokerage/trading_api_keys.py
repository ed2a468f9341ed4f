"""Issues RSA key pairs for customers of the programmatic trading API.

Customers who cannot generate their own keys download a PKCS#8 bundle from the
developer settings page; only the public half is kept on our side.
"""
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_SIZE = 3072
PUBLIC_EXPONENT = 65537


@dataclass(frozen=True)
class IssuedKey:
    fingerprint: str
    public_pem: bytes
    private_pem: bytes


def _fingerprint(public_der: bytes) -> str:
    h = hashes.Hash(hashes.SHA256())
    h.update(public_der)
    return h.finalize().hex()[:32]


def issue_key_pair(download_passphrase: bytes) -> IssuedKey:
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_SIZE)
    pub = key.public_key()
    der = pub.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return IssuedKey(
        fingerprint=_fingerprint(der),
        public_pem=pub.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ),
        private_pem=key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(download_passphrase),
        ),
    )


def load_public_key(pem: bytes) -> rsa.RSAPublicKey:
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, rsa.RSAPublicKey) or key.key_size < 2048:
        raise ValueError("API keys must be RSA with at least 2048 bits")
    return key
