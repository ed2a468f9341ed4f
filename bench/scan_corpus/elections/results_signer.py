"""Sign and verify published results files so media partners can check integrity."""
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_SIZE = 3072
_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def new_signing_key(key_size: int = KEY_SIZE) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=key_size)


def load_signing_key(path: Path, passphrase: bytes) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=passphrase)
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size < KEY_SIZE:
        raise ValueError("results signing key must be RSA-3072 or larger")
    return key


def sign_file(key: rsa.RSAPrivateKey, results_path: Path) -> Path:
    sig = key.sign(results_path.read_bytes(), _PSS, hashes.SHA256())
    sig_path = results_path.with_suffix(results_path.suffix + ".sig")
    sig_path.write_bytes(sig)
    return sig_path


def verify_file(public_pem: bytes, results_path: Path, sig_path: Path) -> bool:
    pub = serialization.load_pem_public_key(public_pem)
    try:
        pub.verify(sig_path.read_bytes(), results_path.read_bytes(), _PSS, hashes.SHA256())
    except InvalidSignature:
        return False
    return True
