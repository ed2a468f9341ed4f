"""Rotate the bearer tokens that ground-handling agents use for slot and manifest APIs."""
from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import boto3

log = logging.getLogger("agents.rotation")


def fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:12]


@dataclass
class RotationResult:
    agent_id: str
    fingerprint: str
    expires_at: datetime


class AgentTokenRotator:
    def __init__(self, secret_prefix: str = "heliops/agents", lifetime_days: int = 30) -> None:
        self.secrets = boto3.client("secretsmanager")
        self.secret_prefix = secret_prefix
        self.lifetime = timedelta(days=lifetime_days)

    def _secret_id(self, agent_id: str) -> str:
        return f"{self.secret_prefix}/{agent_id}/api-token"

    def rotate(self, agent_id: str) -> RotationResult:
        token = secrets.token_urlsafe(40)
        expires = datetime.now(timezone.utc) + self.lifetime
        self.secrets.put_secret_value(
            SecretId=self._secret_id(agent_id),
            SecretString=token,
            VersionStages=["AWSCURRENT"],
        )
        result = RotationResult(agent_id, fingerprint(token), expires)
        log.info(
            "rotated token for agent %s fingerprint=%s expires=%s",
            agent_id,
            result.fingerprint,
            expires.date().isoformat(),
        )
        return result

    def rotate_all(self, agent_ids: list[str]) -> list[RotationResult]:
        done: list[RotationResult] = []
        for agent_id in agent_ids:
            try:
                done.append(self.rotate(agent_id))
            except self.secrets.exceptions.ResourceNotFoundException:
                log.warning("agent %s has no token secret yet", agent_id)
        return done


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for r in AgentTokenRotator().rotate_all(["AGT-0042", "AGT-0107"]):
        print(r.agent_id, r.fingerprint, r.expires_at.isoformat())
