"""Nightly rotation of service-account passwords held in AWS Secrets Manager.

Secrets under ROTATION_SECRET_PREFIX carry a ``rotate_after_days`` tag; the job
stages a new AWSPENDING version for each one that is due. The consuming
services pick up the pending version through their own finish step.
"""
import json
import logging
import os
import random
import string
from datetime import datetime, timedelta, timezone

import boto3

log = logging.getLogger("rotation")

ALPHABET = string.ascii_letters + string.digits + "!#%+-=_"
PASSWORD_LENGTH = 32
SECRET_PREFIX = os.environ.get("ROTATION_SECRET_PREFIX", "svc/")
DEFAULT_MAX_AGE_DAYS = 90


def generate_password(length: int = PASSWORD_LENGTH) -> str:
    return "".join(random.choices(ALPHABET, k=length))


class Rotator:
    def __init__(self, client=None):
        self.sm = client or boto3.client("secretsmanager")

    def _tags(self, secret: dict) -> dict:
        return {t["Key"]: t["Value"] for t in secret.get("Tags", [])}

    def due_secrets(self, now: datetime | None = None):
        now = now or datetime.now(timezone.utc)
        paginator = self.sm.get_paginator("list_secrets")
        for page in paginator.paginate(Filters=[{"Key": "name", "Values": [SECRET_PREFIX]}]):
            for secret in page["SecretList"]:
                max_age = int(self._tags(secret).get("rotate_after_days", DEFAULT_MAX_AGE_DAYS))
                changed = secret.get("LastChangedDate") or secret["CreatedDate"]
                if now - changed >= timedelta(days=max_age):
                    yield secret["ARN"]

    def rotate(self, secret_id: str) -> str:
        current = json.loads(self.sm.get_secret_value(SecretId=secret_id)["SecretString"])
        current["password"] = generate_password()
        resp = self.sm.put_secret_value(
            SecretId=secret_id,
            SecretString=json.dumps(current),
            VersionStages=["AWSPENDING"],
        )
        log.info("staged version %s for %s", resp["VersionId"], secret_id)
        return resp["VersionId"]


def run() -> int:
    rotator = Rotator()
    count = 0
    for arn in rotator.due_secrets():
        rotator.rotate(arn)
        count += 1
    log.info("rotation run finished, %d secrets staged", count)
    return count


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
