"""Rotates the symmetric keys that pumping station RTUs use to sign telemetry."""

import base64
import hashlib
import logging
import secrets
from datetime import datetime, timezone

import boto3

logger = logging.getLogger("pumping.keys")


class RtuKey:
    def __init__(self, station_code: str, material: bytes) -> None:
        self.station_code = station_code
        self.material = material
        self.created_at = datetime.now(timezone.utc)

    @staticmethod
    def generate(station_code: str) -> "RtuKey":
        return RtuKey(station_code, secrets.token_bytes(32))

    @property
    def key_id(self) -> str:
        return hashlib.sha256(self.material).hexdigest()[:16]


class KeyRotator:
    """Writes a fresh RTU key to Secrets Manager, from where the RTU provisioning job reads it."""

    def __init__(self, secret_prefix: str = "floodctl/rtu-keys") -> None:
        self.sm = boto3.client("secretsmanager")
        self.secret_prefix = secret_prefix

    def rotate(self, station_code: str) -> str:
        key = RtuKey.generate(station_code)
        self.sm.put_secret_value(
            SecretId=f"{self.secret_prefix}/{station_code}",
            SecretString=base64.b64encode(key.material).decode(),
            VersionStages=["AWSPENDING"],
        )
        logger.info("Rotated RTU signing key for %s: key_id=%s created=%s", station_code, key.key_id, key.created_at.isoformat())
        return key.key_id

    def rotate_all(self, station_codes: list[str]) -> dict[str, str]:
        return {code: self.rotate(code) for code in station_codes}
