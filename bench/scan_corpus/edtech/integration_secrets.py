"""Credentials for third-party integrations (LTI consumers, Zoom, similarity checker).

Values live in AWS Secrets Manager; this module only knows the secret
names and caches what it fetched for the lifetime of the worker.
"""
import json
import os
from functools import lru_cache

import boto3

REGION = os.environ.get("AWS_REGION", "eu-west-1")
STAGE = os.environ.get("LMS_STAGE", "prod")

SECRET_IDS = {
    "lti_consumers": f"lms/{STAGE}/lti-consumers",
    "zoom": f"lms/{STAGE}/zoom-s2s-oauth",
    "similarity": f"lms/{STAGE}/similarity-vendor",
}
PASSWORD_FIELD = "password"
CLIENT_SECRET_FIELD = "client_secret"


@lru_cache(maxsize=1)
def _client():
    return boto3.client("secretsmanager", region_name=REGION)


@lru_cache(maxsize=None)
def get_secret(name: str) -> dict:
    response = _client().get_secret_value(SecretId=SECRET_IDS[name])
    return json.loads(response["SecretString"])


def lti_consumer_secret(consumer_key: str) -> str:
    consumers = get_secret("lti_consumers")
    try:
        return consumers[consumer_key]
    except KeyError:
        raise LookupError(f"no LTI consumer registered as {consumer_key!r}") from None


def zoom_credentials() -> tuple[str, str, str]:
    zoom = get_secret("zoom")
    return zoom["account_id"], zoom["client_id"], zoom[CLIENT_SECRET_FIELD]


def similarity_api_password() -> str:
    return get_secret("similarity")[PASSWORD_FIELD]
