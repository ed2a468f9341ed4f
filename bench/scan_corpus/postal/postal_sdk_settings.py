"""Settings for the internal postal services SDK.

Services authenticate to the shipping API with OAuth2 client credentials.
The client secret lives in AWS Secrets Manager; only the name of the secret
and the environment variables that override it are configured here.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3

API_KEY_ENV = "POSTAL_API_KEY"
CLIENT_ID_ENV = "POSTAL_CLIENT_ID"
CLIENT_SECRET_ENV = "POSTAL_CLIENT_SECRET"
SECRET_NAME = os.environ.get("POSTAL_SDK_SECRET_NAME", "prod/postal-sdk/oauth-client")
TOKEN_PATH = "/oauth2/token"
PASSWORD_GRANT_DISABLED = True


@dataclass(frozen=True)
class Credentials:
    client_id: str
    client_secret: str

    def __repr__(self) -> str:
        return f"Credentials(client_id={self.client_id!r}, client_secret=***)"


@lru_cache(maxsize=1)
def _from_secrets_manager() -> dict:
    sm = boto3.client("secretsmanager")
    return json.loads(sm.get_secret_value(SecretId=SECRET_NAME)["SecretString"])


def load_credentials() -> Credentials:
    client_id = os.environ.get(CLIENT_ID_ENV)
    client_secret = os.environ.get(CLIENT_SECRET_ENV)
    if not (client_id and client_secret):
        stored = _from_secrets_manager()
        client_id, client_secret = stored["client_id"], stored["client_secret"]
    return Credentials(client_id=client_id, client_secret=client_secret)


def api_base_url() -> str:
    return os.environ["POSTAL_API_BASE_URL"].rstrip("/")


def token_url() -> str:
    return api_base_url() + TOKEN_PATH
