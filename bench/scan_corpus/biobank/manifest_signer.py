"""Sign outgoing shipment manifests so the receiving site can verify them."""
import base64
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

RSA_KEY_BITS = 3072
PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


class ManifestSigner:
    def __init__(self, key_path: Path):
        self.key_path = key_path

    def create_key(self) -> bytes:
        key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_KEY_BITS)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(os.environ["MANIFEST_KEY_PASSPHRASE"].encode()),
        )
        self.key_path.write_bytes(pem)
        self.key_path.chmod(0o600)
        return key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def _private_key(self):
        return serialization.load_pem_private_key(
            self.key_path.read_bytes(),
            password=os.environ["MANIFEST_KEY_PASSPHRASE"].encode(),
        )

    def sign(self, manifest: dict) -> dict:
        canonical = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
        signature = self._private_key().sign(canonical, PSS, hashes.SHA256())
        return {"manifest": manifest, "signature": base64.b64encode(signature).decode()}
