"""Rotate per-integration ingestion keys for the SIEM gateway.

Each integration (EDR, firewall, SaaS audit feeds) has its own key in
Secrets Manager. Calls are spread out with a little jitter so the gateway's
key-reload hook is not hit by every integration in the same second.
"""
import json
import logging
import os
import random
import secrets
import time

import boto3

log = logging.getLogger("siem.keys")

KEY_BYTES = 32
SECRET_PREFIX = os.environ.get("SIEM_KEY_PREFIX", "siem/ingest/")
JITTER_RANGE = (0.5, 3.0)


def new_ingest_key() -> str:
    return "sk_" + secrets.token_urlsafe(KEY_BYTES)


def integrations(sm) -> list[str]:
    names = []
    for page in sm.get_paginator("list_secrets").paginate(
        Filters=[{"Key": "name", "Values": [SECRET_PREFIX]}]
    ):
        names.extend(s["Name"] for s in page["SecretList"])
    return names


def rotate_all(sm=None) -> dict[str, str]:
    sm = sm or boto3.client("secretsmanager")
    versions = {}
    for name in integrations(sm):
        doc = json.loads(sm.get_secret_value(SecretId=name)["SecretString"])
        doc["previous_key_id"] = doc.get("key_id")
        doc["key_id"] = secrets.token_hex(8)
        doc["key"] = new_ingest_key()
        resp = sm.put_secret_value(SecretId=name, SecretString=json.dumps(doc))
        versions[name] = resp["VersionId"]
        log.info("rotated %s key_id=%s version=%s", name, doc["key_id"], resp["VersionId"])
        time.sleep(random.uniform(*JITTER_RANGE))
    return versions
