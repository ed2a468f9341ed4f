"""Issue signed harbour master notice tokens; the signing key lives in AWS Secrets Manager."""

from __future__ import annotations

import functools
import json
import os
from datetime import datetime, timedelta, timezone

import boto3
import jwt
from cryptography.hazmat.primitives import serialization

SIGNING_KEY_SECRET_ID = "harbour-notices/jwt-signing-key"
KEY_ID = "hm-notices-2024"


@functools.lru_cache(maxsize=1)
def _private_key():
    sm = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-west-2"))
    secret = json.loads(sm.get_secret_value(SecretId=SIGNING_KEY_SECRET_ID)["SecretString"])
    return serialization.load_pem_private_key(secret["private_key_pem"].encode(), password=None)


class NoticeTokenIssuer:
    algorithm = "ES256"

    def __init__(self, issuer: str = "harbour-master") -> None:
        self.issuer = issuer

    def issue(self, notice_number: str, severity: str, valid_for: timedelta) -> str:
        now = datetime.now(timezone.utc)
        return jwt.encode(
            {
                "iss": self.issuer,
                "sub": notice_number,
                "severity": severity,
                "iat": now,
                "nbf": now,
                "exp": now + valid_for,
            },
            _private_key(),
            algorithm=self.algorithm,
            headers={"kid": KEY_ID},
        )

    def public_jwk(self) -> dict:
        pub = _private_key().public_key()
        jwk = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(pub))
        jwk.update({"kid": KEY_ID, "use": "sig", "alg": self.algorithm})
        return jwk
