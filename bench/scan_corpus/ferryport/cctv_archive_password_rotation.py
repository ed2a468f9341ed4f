"""Rotate the service account password the archive job uses to log into the quay NVRs."""

from __future__ import annotations

import json
import logging
import os
import secrets
import string

import boto3
import requests

log = logging.getLogger("cctv.rotation")

ALPHABET = string.ascii_letters + string.digits + "-_.!"


def new_password(length: int = 28) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


class NvrAccountRotator:
    def __init__(self, secret_id: str, nvr_admin_url: str) -> None:
        self.secret_id = secret_id
        self.nvr_admin_url = nvr_admin_url.rstrip("/")
        self._sm = boto3.client("secretsmanager")

    def _current(self) -> dict:
        raw = self._sm.get_secret_value(SecretId=self.secret_id)["SecretString"]
        return json.loads(raw)

    def rotate(self) -> None:
        current = self._current()
        username = current["username"]
        candidate = new_password()
        resp = requests.post(
            f"{self.nvr_admin_url}/api/users/{username}/password",
            json={"old_password": current["password"], "new_password": candidate},
            verify=os.environ.get("NVR_CA_BUNDLE", True),
            timeout=20,
        )
        resp.raise_for_status()
        self._sm.put_secret_value(
            SecretId=self.secret_id,
            SecretString=json.dumps({"username": username, "password": candidate}),
        )
        log.info("NVR password rotated for account %s (secret %s)", username, self.secret_id)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    NvrAccountRotator(os.environ["NVR_SECRET_ID"], os.environ["NVR_ADMIN_URL"]).rotate()
