"""Encryption for master-key system exports sent to facilities teams."""
import json
from functools import lru_cache

import boto3
from cryptography.fernet import Fernet, MultiFernet

EXPORT_KEY_SECRET_ID = "prod/portal/mks-export-keys"


@lru_cache(maxsize=1)
def _fernet() -> MultiFernet:
    """Current key first, then previous keys so older exports still open."""
    client = boto3.client("secretsmanager")
    raw = client.get_secret_value(SecretId=EXPORT_KEY_SECRET_ID)["SecretString"]
    keys = json.loads(raw)["keys"]
    return MultiFernet([Fernet(k) for k in keys])


def encrypt_export(data: bytes) -> bytes:
    return _fernet().encrypt(data)


def decrypt_export(token: bytes, max_age_days: int = 90) -> bytes:
    return _fernet().decrypt(token, ttl=max_age_days * 86400)


def rotate(token: bytes) -> bytes:
    return _fernet().rotate(token)
