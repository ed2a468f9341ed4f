"""Keeps the Mailchimp concert-news audience in step with opted-in ticket buyers."""
import functools
import hashlib
import json
import logging
import os

import boto3
import requests

log = logging.getLogger(__name__)

MAILCHIMP = {
    "secret_id": os.environ.get("MAILCHIMP_SECRET_ID", "prod/marketing/mailchimp"),
    "region": os.environ.get("AWS_REGION", "eu-west-2"),
    "audience_id": os.environ.get("MAILCHIMP_AUDIENCE_ID", "b41c7e20d9"),
    "timeout": 20,
}


@functools.lru_cache(maxsize=1)
def _api_key(secret_id: str = MAILCHIMP["secret_id"]) -> str:
    client = boto3.client("secretsmanager", region_name=MAILCHIMP["region"])
    secret = json.loads(client.get_secret_value(SecretId=secret_id)["SecretString"])
    return secret["api_key"]


def _base_url(api_key: str) -> str:
    datacentre = api_key.rsplit("-", 1)[-1]
    return f"https://{datacentre}.api.mailchimp.com/3.0"


def _member_hash(email: str) -> str:
    return hashlib.md5(email.strip().lower().encode(), usedforsecurity=False).hexdigest()


def upsert_subscriber(email: str, first_name: str, last_name: str, tags: list[str]) -> None:
    key = _api_key()
    url = f"{_base_url(key)}/lists/{MAILCHIMP['audience_id']}/members/{_member_hash(email)}"
    resp = requests.put(
        url,
        auth=("nyc", key),
        json={
            "email_address": email,
            "status_if_new": "subscribed",
            "merge_fields": {"FNAME": first_name, "LNAME": last_name},
        },
        timeout=MAILCHIMP["timeout"],
    )
    resp.raise_for_status()
    if tags:
        requests.post(
            f"{url}/tags",
            auth=("nyc", key),
            json={"tags": [{"name": t, "status": "active"} for t in tags]},
            timeout=MAILCHIMP["timeout"],
        ).raise_for_status()
    log.info("Upserted audience member %s", _member_hash(email))
