"""Signs authorisations for remote turbine resets with a key held in Secrets Manager."""

from __future__ import annotations

import os
import time
import uuid
from functools import lru_cache

import boto3
import jwt
from cryptography.hazmat.primitives import serialization

SIGNING_SECRET_ID = os.environ.get("RESET_SIGNING_SECRET_ID", "windfarm/scada/reset-signing-key")
ISSUER = "wf-control-room"
AUDIENCE = "turbine-controller"


@lru_cache(maxsize=1)
def _signing_key():
    sm = boto3.client("secretsmanager")
    pem = sm.get_secret_value(SecretId=SIGNING_SECRET_ID)["SecretString"].encode()
    return serialization.load_pem_private_key(pem, password=None)


@lru_cache(maxsize=1)
def _verification_key():
    return _signing_key().public_key()


def authorise_reset(operator: str, turbine_id: str, fault_code: str, ttl_s: int = 120) -> str:
    now = int(time.time())
    claims = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": operator,
        "iat": now,
        "exp": now + ttl_s,
        "jti": uuid.uuid4().hex,
        "turbine": turbine_id,
        "fault": fault_code,
    }
    return jwt.encode(claims, _signing_key(), algorithm="ES256")


def check_reset(token: str, turbine_id: str) -> dict:
    claims = jwt.decode(token, _verification_key(), algorithms=["ES256"],
                        audience=AUDIENCE, issuer=ISSUER)
    if claims["turbine"] != turbine_id:
        raise PermissionError("authorisation issued for a different turbine")
    return claims
