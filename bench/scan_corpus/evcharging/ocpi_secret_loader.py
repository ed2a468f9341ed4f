"""Fetch roaming hub credentials from AWS Secrets Manager for the OCPI module."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3
from botocore.exceptions import ClientError

SECRET_ID = os.environ.get("VG_OCPI_SECRET_ID", "prod/ocpi/hub-credentials")
REGION = os.environ.get("AWS_REGION", "eu-central-1")


@dataclass(frozen=True)
class HubCredentials:
    token_a: str
    token_b: str
    token_c: str
    versions_url: str

    def authorization(self) -> str:
        return f"Token {self.token_c}"


class SecretUnavailable(RuntimeError):
    pass


def _client():
    return boto3.session.Session().client("secretsmanager", region_name=REGION)


@lru_cache(maxsize=1)
def hub_credentials(secret_id: str = SECRET_ID) -> HubCredentials:
    try:
        response = _client().get_secret_value(SecretId=secret_id)
    except ClientError as exc:
        raise SecretUnavailable(f"cannot read {secret_id}: {exc.response['Error']['Code']}") from exc
    payload = json.loads(response["SecretString"])
    return HubCredentials(
        token_a=payload["token_a"],
        token_b=payload["token_b"],
        token_c=payload["token_c"],
        versions_url=payload["versions_url"],
    )


def rotate_token_b(new_token_b: str, secret_id: str = SECRET_ID) -> None:
    current = hub_credentials(secret_id)
    updated = {
        "token_a": current.token_a,
        "token_b": new_token_b,
        "token_c": current.token_c,
        "versions_url": current.versions_url,
    }
    _client().put_secret_value(SecretId=secret_id, SecretString=json.dumps(updated))
    hub_credentials.cache_clear()
