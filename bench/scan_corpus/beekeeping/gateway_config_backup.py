"""Nightly backups of gateway packet-forwarder configuration.

Gateways upload their ``global_conf.json`` every night; we keep an encrypted
copy in object storage so a replacement unit can be provisioned from it.
"""

import json
import logging
import os
from datetime import date

import boto3
from Crypto.Cipher import Blowfish as _Blk
from Crypto.Util.Padding import pad, unpad

log = logging.getLogger(__name__)

BUCKET = os.environ.get("GATEWAY_BACKUP_BUCKET", "hivesense-gateway-backups")


def _backup_key() -> bytes:
    return bytes.fromhex(os.environ["GATEWAY_BACKUP_KEY"])


def seal_config(config: dict) -> bytes:
    raw = json.dumps(config, sort_keys=True).encode()
    cipher = _Blk.new(_backup_key(), _Blk.MODE_CBC)
    return cipher.iv + cipher.encrypt(pad(raw, _Blk.block_size))


def open_config(blob: bytes) -> dict:
    iv, body = blob[: _Blk.block_size], blob[_Blk.block_size :]
    cipher = _Blk.new(_backup_key(), _Blk.MODE_CBC, iv=iv)
    return json.loads(unpad(cipher.decrypt(body), _Blk.block_size))


def store_backup(gateway_eui: str, config: dict, s3=None) -> str:
    s3 = s3 or boto3.client("s3")
    key = f"{gateway_eui.lower()}/{date.today().isoformat()}.bin"
    s3.put_object(Bucket=BUCKET, Key=key, Body=seal_config(config))
    log.info("stored config backup for gateway %s at %s", gateway_eui, key)
    return key


def restore_latest(gateway_eui: str, s3=None) -> dict:
    s3 = s3 or boto3.client("s3")
    listing = s3.list_objects_v2(Bucket=BUCKET, Prefix=f"{gateway_eui.lower()}/")
    newest = max(listing["Contents"], key=lambda obj: obj["Key"])
    body = s3.get_object(Bucket=BUCKET, Key=newest["Key"])["Body"].read()
    return open_config(body)
