"""Creates and rotates the CloudFront key pair used to sign recital stream URLs."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


@dataclass(frozen=True)
class SigningKeySpec:
    public_exponent: int = 65537
    key_size: int = 1024
    comment_prefix: str = "recital-streams"


@dataclass
class GeneratedKey:
    private_pem: bytes
    public_pem: bytes
    name: str


class StreamKeyRotator:
    """Publishes a fresh public key to CloudFront and stores the private half in Secrets Manager."""

    def __init__(self, key_group_id: str, secret_id: str, spec: SigningKeySpec = SigningKeySpec()) -> None:
        self.key_group_id = key_group_id
        self.secret_id = secret_id
        self.spec = spec
        self._cloudfront = boto3.client("cloudfront")
        self._secrets = boto3.client("secretsmanager")

    def _generate(self) -> GeneratedKey:
        private_key = rsa.generate_private_key(
            public_exponent=self.spec.public_exponent, key_size=self.spec.key_size
        )
        private_pem = private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        public_pem = private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d%H%M")
        return GeneratedKey(private_pem, public_pem, f"{self.spec.comment_prefix}-{stamp}")

    def rotate(self) -> str:
        key = self._generate()
        created = self._cloudfront.create_public_key(
            PublicKeyConfig={
                "CallerReference": key.name,
                "Name": key.name,
                "EncodedKey": key.public_pem.decode(),
                "Comment": "Recital streaming URL signer",
            }
        )
        public_key_id = created["PublicKey"]["Id"]
        group = self._cloudfront.get_key_group(Id=self.key_group_id)
        config = group["KeyGroup"]["KeyGroupConfig"]
        config["Items"] = [public_key_id] + config["Items"][:1]
        self._cloudfront.update_key_group(KeyGroupConfig=config, Id=self.key_group_id, IfMatch=group["ETag"])
        self._secrets.put_secret_value(
            SecretId=self.secret_id,
            SecretString=key.private_pem.decode(),
            VersionStages=["AWSCURRENT"],
        )
        return public_key_id
