"""Rotates the per-unit MQTT broker credential on roadside units."""
from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import datetime, timezone

import boto3

logger = logging.getLogger("rsu.rotation")


def fingerprint(secret_value: str) -> str:
    return hashlib.sha256(secret_value.encode()).hexdigest()[:12]


class BrokerCredentialRotator:
    def __init__(self, secret_prefix: str = "rsu/mqtt/") -> None:
        self.sm = boto3.client("secretsmanager")
        self.iot = boto3.client("iot-data")
        self.prefix = secret_prefix

    def _secret_id(self, unit_id: str) -> str:
        return f"{self.prefix}{unit_id}"

    def rotate(self, unit_id: str) -> str:
        new_password = secrets.token_urlsafe(32)
        self.sm.put_secret_value(SecretId=self._secret_id(unit_id), SecretString=new_password)
        self.iot.publish(
            topic=f"rsu/{unit_id}/cmd/rotate-credential",
            qos=1,
            payload=b'{"action":"fetch-credential"}',
        )
        fp = fingerprint(new_password)
        logger.info(
            "rotated broker credential unit=%s fingerprint=%s at=%s",
            unit_id,
            fp,
            datetime.now(timezone.utc).isoformat(),
        )
        return fp

    def rotate_many(self, unit_ids: list[str]) -> dict[str, str]:
        results: dict[str, str] = {}
        for unit_id in unit_ids:
            try:
                results[unit_id] = self.rotate(unit_id)
            except self.sm.exceptions.ResourceNotFoundException:
                logger.warning("no broker secret provisioned for unit=%s", unit_id)
        return results
