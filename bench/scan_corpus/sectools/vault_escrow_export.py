"""Weekly offline escrow of selected Vault KV secrets.

The bundle never touches disk in plaintext: it is piped to gpg and only the
ciphertext is written, inside a private temporary directory.
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

ESCROW_BUCKET = os.environ["ESCROW_BUCKET"]
RECIPIENTS = [r.strip() for r in os.environ["ESCROW_GPG_RECIPIENTS"].split(",") if r.strip()]
KV_MOUNT = os.environ.get("ESCROW_KV_MOUNT", "kv")


def dump_secrets(client: hvac.Client, paths: list[str]) -> bytes:
    bundle = {p: client.secrets.kv.v2.read_secret_version(path=p, mount_point=KV_MOUNT)["data"]["data"]
              for p in paths}
    return json.dumps(bundle, sort_keys=True).encode("utf-8")


def encrypt_to(plaintext: bytes, out_path: str) -> None:
    cmd = ["gpg", "--batch", "--yes", "--encrypt", "--output", out_path]
    for recipient in RECIPIENTS:
        cmd += ["--recipient", recipient]
    subprocess.run(cmd, input=plaintext, check=True)


def run(paths: list[str]) -> str:
    client = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
    key = f"escrow/{date.today().isoformat()}.json.gpg"
    with tempfile.TemporaryDirectory(prefix="escrow-") as workdir:
        out_path = os.path.join(workdir, "bundle.json.gpg")
        encrypt_to(dump_secrets(client, paths), out_path)
        boto3.client("s3").upload_file(out_path, ESCROW_BUCKET, key,
                                       ExtraArgs={"ServerSideEncryption": "aws:kms"})
    log.info("escrowed %d paths to s3://%s/%s", len(paths), ESCROW_BUCKET, key)
    return key
