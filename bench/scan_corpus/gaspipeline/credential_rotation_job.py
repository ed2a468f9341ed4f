"""Rotate the historian service-account password and store it in AWS Secrets Manager."""
from __future__ import annotations

import json
import logging
import secrets
import string
from dataclasses import dataclass, field

import boto3
import psycopg
from psycopg import sql

log = logging.getLogger("rotation.historian")

ALPHABET = string.ascii_letters + string.digits + "-_.~"


@dataclass
class ServiceAccount:
    secret_id: str
    host: str
    dbname: str
    username: str
    password: str = field(repr=False)


def _generate_password(length: int = 32) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def _load(sm, secret_id: str) -> ServiceAccount:
    doc = json.loads(sm.get_secret_value(SecretId=secret_id)["SecretString"])
    return ServiceAccount(secret_id, doc["host"], doc["dbname"], doc["username"], doc["password"])


def rotate(secret_id: str) -> None:
    sm = boto3.client("secretsmanager")
    account = _load(sm, secret_id)
    log.info("rotating credentials for %r", account)
    new_password = _generate_password()
    with psycopg.connect(host=account.host, dbname=account.dbname, user=account.username,
                         password=account.password, sslmode="verify-full") as conn:
        with conn.cursor() as cur:
            cur.execute(
                sql.SQL("ALTER ROLE {} WITH PASSWORD {}").format(
                    sql.Identifier(account.username), sql.Literal(new_password)
                )
            )
    sm.put_secret_value(
        SecretId=secret_id,
        SecretString=json.dumps({"host": account.host, "dbname": account.dbname,
                                 "username": account.username, "password": new_password}),
    )
    log.info("rotation complete for %s", account.username)
