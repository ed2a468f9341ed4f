"""Weekly offline escrow of current secret versions.

Reads the escrow-listed KV paths from Vault, encrypts the bundle to the
escrow officers' GPG keys and uploads the ciphertext to the escrow bucket.
"""
import json
import logging
import os
import subprocess
import tempfile
from datetime import date

import boto3
import hvac

log = logging.getLogger("escrow")

VAULT_ADDR = os.environ["VAULT_ADDR"]
ESCROW_BUCKET = os.environ["ESCROW_BUCKET"]
RECIPIENTS = [r.strip() for r in os.environ["ESCROW_GPG_RECIPIENTS"].split(",") if r.strip()]
KV_MOUNT = os.environ.get("ESCROW_KV_MOUNT", "kv")


def dump_secrets(client: hvac.Client, paths: list[str]) -> bytes:
    bundle = {}
    for path in paths:
        resp = client.secrets.kv.v2.read_secret_version(path=path, mount_point=KV_MOUNT)
        bundle[path] = resp["data"]["data"]
    return json.dumps(bundle, sort_keys=True).encode("utf-8")


def encrypt(plaintext: bytes) -> str:
    out_path = tempfile.mktemp(suffix=".json.gpg", prefix="escrow-")
    cmd = ["gpg", "--batch", "--yes", "--trust-model", "always", "--encrypt", "--output", out_path]
    for recipient in RECIPIENTS:
        cmd += ["--recipient", recipient]
    subprocess.run(cmd, input=plaintext, check=True)
    return out_path


def run(paths: list[str]) -> str:
    client = hvac.Client(url=VAULT_ADDR, token=os.environ["VAULT_TOKEN"])
    encrypted = encrypt(dump_secrets(client, paths))
    key = f"escrow/{date.today().isoformat()}.json.gpg"
    try:
        boto3.client("s3").upload_file(encrypted, ESCROW_BUCKET, key,
                                       ExtraArgs={"ServerSideEncryption": "aws:kms"})
    finally:
        os.unlink(encrypted)
    log.info("escrow bundle for %d paths uploaded to s3://%s/%s", len(paths), ESCROW_BUCKET, key)
    return key
