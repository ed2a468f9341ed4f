"""Key rotation for our LTI 1.3 tool (course evaluations).

The LMS fetches our public keys from /.well-known/jwks.json; we keep the
previous key published for one rotation period so in-flight launches
still validate.
"""
import json
import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

KEY_SETTINGS = {"public_exponent": 65537, "key_size": 3072}


@dataclass
class ToolKey:
    kid: str
    private_pem: bytes

    @property
    def public_jwk(self) -> dict:
        private = serialization.load_pem_private_key(self.private_pem, password=None)
        jwk = json.loads(RSAAlgorithm.to_jwk(private.public_key()))
        jwk.update({"kid": self.kid, "use": "sig", "alg": "RS256"})
        return jwk


def new_tool_key() -> ToolKey:
    private = rsa.generate_private_key(**KEY_SETTINGS)
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return ToolKey(kid=str(uuid.uuid4()), private_pem=pem)


def rotate(keystore) -> ToolKey:
    """Generate a new active key and retire anything older than the previous one."""
    fresh = new_tool_key()
    keystore.put(fresh.kid, fresh.private_pem)
    active = keystore.list_kids(newest_first=True)
    for kid in active[2:]:
        keystore.delete(kid)
    return fresh


def jwks(keystore) -> dict:
    keys = [ToolKey(kid, keystore.get(kid)).public_jwk for kid in keystore.list_kids()]
    return {"keys": keys}
