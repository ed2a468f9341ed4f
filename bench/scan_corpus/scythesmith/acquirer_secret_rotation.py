"""Rotation of the card acquirer's webhook signing secret.

The acquirer lets merchants roll the secret used to sign payment
callbacks. The forge rolls it quarterly; the new secret is written to
AWS Secrets Manager and the old one is kept valid for a grace period.
"""
import hashlib
import json
import logging

import boto3
import requests

from scythesmith.config import settings

log = logging.getLogger(__name__)

SECRET_ID = "scythesmith/acquirer/webhook"


def fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()[:12]


def request_new_secret(session: requests.Session) -> str:
    resp = session.post(
        f"{settings.ACQUIRER_API_URL}/v2/webhook-endpoints/{settings.ACQUIRER_ENDPOINT_ID}/roll",
        json={"expire_previous_in_hours": 48},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["secret"]


def store_secret(secret: str) -> str:
    client = boto3.client("secretsmanager", region_name=settings.AWS_REGION)
    result = client.put_secret_value(
        SecretId=SECRET_ID,
        SecretString=json.dumps({"signing_secret": secret}),
        VersionStages=["AWSCURRENT"],
    )
    return result["VersionId"]


def rotate() -> str:
    with requests.Session() as session:
        session.auth = (settings.ACQUIRER_MERCHANT_ID, settings.ACQUIRER_API_SECRET)
        secret = request_new_secret(session)
    version = store_secret(secret)
    log.info("acquirer webhook secret rotated: version=%s fingerprint=%s ending=...%s",
             version, fingerprint(secret), secret[-4:])
    return version


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    rotate()
