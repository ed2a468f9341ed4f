"""Settings for the telematics integration, resolved at process start.

The API key lives in the secrets manager; only its name is configured here.
"""

import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3

API_KEY_SECRET_ID = os.environ.get("TELEMATICS_API_KEY_SECRET", "integrations/telematics")
API_KEY_FIELD = "api_key"
AUTH_HEADER = "Authorization"
AUTH_SCHEME = "Bearer"


@dataclass(frozen=True)
class TelematicsSettings:
    base_url: str
    account: str
    api_key: str
    timeout_s: float = 15.0

    def headers(self) -> dict[str, str]:
        return {AUTH_HEADER: f"{AUTH_SCHEME} {self.api_key}", "X-Account": self.account}

    def __repr__(self) -> str:
        return f"TelematicsSettings(base_url={self.base_url!r}, account={self.account!r})"


def _secret_value(secret_id: str) -> dict:
    client = boto3.client("secretsmanager")
    return json.loads(client.get_secret_value(SecretId=secret_id)["SecretString"])


@lru_cache(maxsize=1)
def load() -> TelematicsSettings:
    secret = _secret_value(API_KEY_SECRET_ID)
    return TelematicsSettings(
        base_url=os.environ["TELEMATICS_BASE_URL"],
        account=os.environ.get("TELEMATICS_ACCOUNT", "city-recycling"),
        api_key=secret[API_KEY_FIELD],
        timeout_s=float(os.environ.get("TELEMATICS_TIMEOUT_S", "15")),
    )
