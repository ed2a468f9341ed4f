"""Loads per-carrier API credentials for the dispatch service at start-up.

Parcel, pallet and international freight carriers each have their own
credential set, held as one JSON document in AWS Secrets Manager.
"""
import json
import logging

import boto3

log = logging.getLogger(__name__)

SENSITIVE_FIELDS = {"api_key", "password", "client_secret", "token"}
REQUIRED_FIELDS = {"base_url", "account_number"}


def masked_view(config: dict) -> dict:
    return {key: ("***" if key in SENSITIVE_FIELDS else value) for key, value in config.items()}


def _validate(name: str, config: dict) -> None:
    missing = REQUIRED_FIELDS - config.keys()
    if missing:
        raise ValueError(f"carrier {name} is missing {', '.join(sorted(missing))}")


def load_carrier_credentials(secret_id: str, region: str = "eu-west-2") -> dict[str, dict]:
    client = boto3.client("secretsmanager", region_name=region)
    raw = client.get_secret_value(SecretId=secret_id)["SecretString"]
    carriers = json.loads(raw)
    for name, config in carriers.items():
        _validate(name, config)
        log.info("Loaded credentials for carrier %s: %s", name, masked_view(config))
    return carriers
