"""Loads the waiver PDF signing key from AWS Secrets Manager and signs documents."""

from __future__ import annotations

import base64
import json
from functools import lru_cache

import boto3
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

SIGNING_SECRET_ID = "kayakhire/prod/waiver-signing-key"
REGION = "eu-west-2"


@lru_cache(maxsize=1)
def _secret_document(secret_id: str = SIGNING_SECRET_ID) -> dict:
    client = boto3.client("secretsmanager", region_name=REGION)
    value = client.get_secret_value(SecretId=secret_id)
    return json.loads(value["SecretString"])


class WaiverKeyring:
    def __init__(self, document: dict | None = None) -> None:
        doc = document or _secret_document()
        self.key_id = doc["kid"]
        self._key = serialization.load_pem_private_key(
            doc["private_key_pem"].encode("ascii"),
            password=doc.get("passphrase", "").encode() or None,
        )
        if not isinstance(self._key, ec.EllipticCurvePrivateKey):
            raise TypeError("waiver signing key must be an EC key")

    def sign(self, pdf_bytes: bytes) -> dict[str, str]:
        signature = self._key.sign(pdf_bytes, ec.ECDSA(hashes.SHA256()))
        return {"kid": self.key_id, "sig": base64.b64encode(signature).decode("ascii")}

    def public_pem(self) -> str:
        return (
            self._key.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode("ascii")
        )
