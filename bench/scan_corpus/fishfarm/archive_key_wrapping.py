"""Envelope keys for the camera footage archive.

Each archived day of footage gets its own data key; data keys are stored
next to the footage wrapped under the site key-encryption key (KEK)
fetched from the secrets manager.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import boto3
from cryptography.hazmat.primitives.keywrap import aes_key_unwrap, aes_key_wrap


@dataclass
class WrappedKey:
    day: str
    site: str
    kek_version: str
    wrapped_hex: str


def _kek(site: str) -> tuple[bytes, str]:
    sm = boto3.client("secretsmanager")
    secret = sm.get_secret_value(SecretId=f"footage-kek/{site}")
    return bytes.fromhex(secret["SecretString"]), secret["VersionId"]


def new_day_key(site: str, day: str, folder: Path) -> bytes:
    data_key = os.urandom(32)
    kek, version = _kek(site)
    record = WrappedKey(day=day, site=site, kek_version=version, wrapped_hex=aes_key_wrap(kek, data_key).hex())
    (folder / f"{day}.key.json").write_text(json.dumps(record.__dict__))
    return data_key


def load_day_key(site: str, day: str, folder: Path) -> bytes:
    record = WrappedKey(**json.loads((folder / f"{day}.key.json").read_text()))
    if record.site != site:
        raise ValueError("key file belongs to another site")
    sm = boto3.client("secretsmanager")
    secret = sm.get_secret_value(SecretId=f"footage-kek/{site}", VersionId=record.kek_version)
    return aes_key_unwrap(bytes.fromhex(secret["SecretString"]), bytes.fromhex(record.wrapped_hex))
