"""Runtime settings for the depot sorter control service."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3

SECRET_ID = os.environ.get("SORTER_SECRET_ID", "courier/depot-control/sorter-api")
API_KEY_HEADER = "X-Api-Key"
PASSWORD_MIN_LENGTH = 14
TOKEN_TTL_SECONDS = 900


@dataclass(frozen=True)
class SorterSettings:
    cloud_url: str
    site_id: str
    api_key: str
    mqtt_host: str
    mqtt_username: str
    mqtt_password: str
    poll_interval_s: int = 30


@lru_cache(maxsize=1)
def _secret_bundle() -> dict:
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
    value = client.get_secret_value(SecretId=SECRET_ID)
    return json.loads(value["SecretString"])


def load() -> SorterSettings:
    secrets = _secret_bundle()
    return SorterSettings(
        cloud_url=os.environ["SORTER_CLOUD_URL"],
        site_id=os.environ["SORTER_SITE_ID"],
        api_key=secrets["api_key"],
        mqtt_host=os.environ["SORTER_MQTT_HOST"],
        mqtt_username=secrets.get("mqtt_username", "depot-control"),
        mqtt_password=secrets["mqtt_password"],
        poll_interval_s=int(os.environ.get("SORTER_POLL_INTERVAL", "30")),
    )
