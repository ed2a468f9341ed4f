"""Create and use the key that signs data-release manifests."""
import json
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_SETTINGS = {"public_exponent": 65537, "key_size": 3072}
PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def new_signing_key(path: Path, passphrase: bytes) -> rsa.RSAPublicKey:
    key = rsa.generate_private_key(**KEY_SETTINGS)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    path.touch(mode=0o600, exist_ok=False)
    path.write_bytes(pem)
    return key.public_key()


def _canonical(manifest: dict) -> bytes:
    return json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()


def sign(manifest: dict, key_path: Path, passphrase: bytes) -> bytes:
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=passphrase)
    return key.sign(_canonical(manifest), PSS, hashes.SHA256())


def verify(manifest: dict, signature: bytes, public_pem: bytes) -> bool:
    public_key = serialization.load_pem_public_key(public_pem)
    try:
        public_key.verify(signature, _canonical(manifest), PSS, hashes.SHA256())
    except InvalidSignature:
        return False
    return True
