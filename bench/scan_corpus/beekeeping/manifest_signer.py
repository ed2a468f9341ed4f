"""Sign OTA manifests with the release key.

The manifest lists image URLs and SHA-256 digests per monitor model; the
monitors only accept an update whose manifest verifies against the public
key compiled into the bootloader.
"""

import base64
import json
import os

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEYGEN_PARAMS = {"public_exponent": 65537, "key_size": 3072}
PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


def new_release_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(**KEYGEN_PARAMS)


def load_release_key(pem: bytes) -> rsa.RSAPrivateKey:
    return serialization.load_pem_private_key(
        pem, password=os.environ["OTA_KEY_PASSPHRASE"].encode()
    )


def _canonical(manifest: dict) -> bytes:
    return json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()


def sign_manifest(manifest: dict, key: rsa.RSAPrivateKey) -> dict:
    signature = key.sign(_canonical(manifest), PSS, hashes.SHA256())
    return {"manifest": manifest, "signature": base64.b64encode(signature).decode()}


def verify_manifest(envelope: dict, public_key: rsa.RSAPublicKey) -> dict:
    signature = base64.b64decode(envelope["signature"])
    public_key.verify(signature, _canonical(envelope["manifest"]), PSS, hashes.SHA256())
    return envelope["manifest"]
