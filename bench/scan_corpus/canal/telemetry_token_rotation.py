"""Rotates the ingest tokens used by water-level loggers and records the change."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import secrets
from dataclasses import dataclass

import boto3

log = logging.getLogger("telemetry.rotation")


def fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:12]


@dataclass
class RotationResult:
    logger_id: str
    parameter: str
    rotated_at: dt.datetime
    fingerprint: str


class LoggerTokenRotator:
    PARAMETER_TEMPLATE = "/telemetry/loggers/{logger_id}/ingest-token"

    def __init__(self, region: str = "eu-west-2") -> None:
        self.ssm = boto3.client("ssm", region_name=region)

    def parameter_name(self, logger_id: str) -> str:
        return self.PARAMETER_TEMPLATE.format(logger_id=logger_id)

    def rotate(self, logger_id: str) -> RotationResult:
        token = secrets.token_urlsafe(32)
        name = self.parameter_name(logger_id)
        self.ssm.put_parameter(Name=name, Value=token, Type="SecureString", Overwrite=True)
        result = RotationResult(logger_id, name, dt.datetime.now(dt.timezone.utc), fingerprint(token))
        log.info("rotated ingest token logger=%s fp=%s", logger_id, result.fingerprint)
        return result

    def rotate_all(self, logger_ids: list[str]) -> list[RotationResult]:
        results = []
        for logger_id in logger_ids:
            try:
                results.append(self.rotate(logger_id))
            except self.ssm.exceptions.ClientError:
                log.exception("rotation failed for logger %s", logger_id)
        return results
