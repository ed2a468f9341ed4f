"""Rotation of the operator token for the harbour authority API.

The authority lets an operator mint a new token with the current one;
the new value is written to AWS Secrets Manager where the services
pick it up on their next restart.
"""
import hashlib
import json
import logging

import boto3
import requests

from wherryman.settings import settings

log = logging.getLogger("wherryman.rotation")


def fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:12]


def _current_token(client) -> str:
    secret = client.get_secret_value(SecretId=settings.HARBOUR_TOKEN_SECRET_ID)
    return json.loads(secret["SecretString"])["token"]


def rotate_harbour_token() -> str:
    sm = boto3.client("secretsmanager", region_name=settings.AWS_REGION)
    current = _current_token(sm)
    resp = requests.post(
        f"{settings.HARBOUR_API_URL}/operator/tokens",
        headers={"Authorization": f"Bearer {current}"},
        json={"operator": settings.OPERATOR_CODE, "revoke_previous_after_hours": 24},
        timeout=20,
    )
    resp.raise_for_status()
    new_token = resp.json()["token"]
    sm.put_secret_value(
        SecretId=settings.HARBOUR_TOKEN_SECRET_ID,
        SecretString=json.dumps({"token": new_token}),
    )
    log.info("harbour token rotated: %s replaced by %s", fingerprint(current), fingerprint(new_token))
    return fingerprint(new_token)
