"""Database credentials for the box office services, from AWS Secrets Manager."""
import json
import os
from functools import lru_cache

import boto3
import psycopg

SECRET_ID = os.environ.get("BOXOFFICE_DB_SECRET_ID", "orchestra/boxoffice/db-credentials")
REGION = os.environ.get("AWS_REGION", "eu-west-2")


@lru_cache(maxsize=1)
def db_credentials() -> dict:
    client = boto3.client("secretsmanager", region_name=REGION)
    secret = client.get_secret_value(SecretId=SECRET_ID)
    data = json.loads(secret["SecretString"])
    return {
        "host": data["host"],
        "port": int(data.get("port", 5432)),
        "dbname": data.get("dbname", "ticketing"),
        "user": data["username"],
        "password": data["password"],
    }


def connect() -> psycopg.Connection:
    creds = db_credentials()
    return psycopg.connect(sslmode="verify-full", application_name="boxoffice", **creds)
