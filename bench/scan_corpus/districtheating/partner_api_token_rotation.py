"""Rotates the API tokens that housing associations use on the tariff portal API."""
from __future__ import annotations

import hashlib
import json
import logging
import secrets
from datetime import datetime, timezone

import boto3

log = logging.getLogger("dh.portal.tokens")


def token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:12]


class PartnerTokenRotator:
    secret_name_template = "tariff-portal/partners/{association_id}/api-token"
    token_bytes = 32

    def __init__(self, client=None) -> None:
        self.sm = client or boto3.client("secretsmanager")

    def _secret_id(self, association_id: int) -> str:
        return self.secret_name_template.format(association_id=association_id)

    def current_fingerprint(self, association_id: int) -> str:
        value = self.sm.get_secret_value(SecretId=self._secret_id(association_id))["SecretString"]
        return token_fingerprint(json.loads(value)["token"])

    def rotate(self, association_id: int, rotated_by: str) -> str:
        old_fp = self.current_fingerprint(association_id)
        new_token = secrets.token_urlsafe(self.token_bytes)
        self.sm.put_secret_value(
            SecretId=self._secret_id(association_id),
            SecretString=json.dumps({
                "token": new_token,
                "rotated_at": datetime.now(timezone.utc).isoformat(),
                "rotated_by": rotated_by,
            }),
        )
        log.info(
            "rotated api token for association=%s old_fp=%s new_fp=%s by=%s",
            association_id, old_fp, token_fingerprint(new_token), rotated_by,
        )
        return token_fingerprint(new_token)
