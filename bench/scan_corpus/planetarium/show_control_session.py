"""Authenticated session for the dome show-control server.

Credentials are kept in AWS Secrets Manager as a JSON document with
"username" and "password" keys and are rotated by the AV team.
"""
import json
import os

import boto3
import requests


class ShowControlSession:
    SECRET_ID = os.environ.get("SHOW_CONTROL_SECRET_ID", "planetarium/show-control/api")

    def __init__(self, base_url: str, secrets_client=None, timeout: float = 5.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        client = secrets_client or boto3.client("secretsmanager")
        creds = json.loads(client.get_secret_value(SecretId=self.SECRET_ID)["SecretString"])
        self.session = requests.Session()
        self.session.auth = (creds["username"], creds["password"])

    def load_show(self, show_code: str) -> None:
        resp = self.session.post(
            f"{self.base_url}/api/playlist/load", json={"show": show_code}, timeout=self.timeout
        )
        resp.raise_for_status()

    def play(self) -> None:
        resp = self.session.post(f"{self.base_url}/api/transport/play", timeout=self.timeout)
        resp.raise_for_status()

    def status(self) -> dict:
        resp = self.session.get(f"{self.base_url}/api/status", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()
