"""Provision lamp schedules onto remote stations with credentials from AWS Secrets Manager."""
from __future__ import annotations

import io
import json
import logging
import os
from functools import lru_cache

import boto3
import paramiko

log = logging.getLogger("provision.sftp")

SECRET_ID = os.environ.get("STATION_SFTP_SECRET_ID", "lighthouse/stations/sftp")


@lru_cache(maxsize=1)
def sftp_credentials() -> dict:
    sm = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-west-2"))
    secret = sm.get_secret_value(SecretId=SECRET_ID)
    return json.loads(secret["SecretString"])


def _connect(host: str) -> paramiko.SSHClient:
    creds = sftp_credentials()
    key = paramiko.Ed25519Key.from_private_key(
        io.StringIO(creds["private_key"]), password=creds.get("key_passphrase")
    )
    client = paramiko.SSHClient()
    client.load_host_keys(os.environ.get("STATION_KNOWN_HOSTS", "/etc/lighthouse/known_hosts"))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=creds["username"], pkey=key, timeout=20, allow_agent=False)
    return client


def upload_schedule(host: str, schedule: dict, remote_path: str = "/etc/lighthouse/lamp_schedule.json") -> None:
    data = json.dumps(schedule, indent=2).encode("utf-8")
    client = _connect(host)
    try:
        with client.open_sftp() as sftp:
            with sftp.file(remote_path + ".new", "wb") as fh:
                fh.write(data)
            sftp.posix_rename(remote_path + ".new", remote_path)
        log.info("schedule updated on %s (%d bytes)", host, len(data))
    finally:
        client.close()


def provision(hosts: list[str], schedule: dict) -> dict[str, bool]:
    results = {}
    for host in hosts:
        try:
            upload_schedule(host, schedule)
            results[host] = True
        except (paramiko.SSHException, OSError) as exc:
            log.error("could not provision %s: %s", host, exc)
            results[host] = False
    return results
