"""Key generation for SCADA edge gateways during commissioning.

Writes the private key with owner-only permissions and returns the public
key PEM so the commissioning laptop can register it with the plant PKI.
"""

import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

PKI_DIR = Path(os.environ.get("GATEWAY_PKI_DIR", "/etc/scada-gw/pki"))

KEY_SPEC = {
    "public_exponent": 65537,
    "key_size": 3072,
}


def create_keypair(name: str = "gateway") -> bytes:
    PKI_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = rsa.generate_private_key(**KEY_SPEC)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )
    fd = os.open(PKI_DIR / f"{name}.key", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    return key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )


if __name__ == "__main__":
    import sys

    sys.stdout.write(create_keypair(sys.argv[1] if len(sys.argv) > 1 else "gateway").decode())
