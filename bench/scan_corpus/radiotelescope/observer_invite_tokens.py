"""Project invitation codes for the observer portal, stored as hashes in Redis."""
from __future__ import annotations

import hashlib
import json
import secrets
import string

import redis

ALPHABET = string.ascii_uppercase + "23456789"
INVITE_TTL_S = 14 * 24 * 3600


class InviteIssuer:
    def __init__(self, client: redis.Redis, prefix: str = "rt:invite:") -> None:
        self.client = client
        self.prefix = prefix

    @staticmethod
    def generate(groups: int = 3, size: int = 5) -> str:
        return "-".join("".join(secrets.choice(ALPHABET) for _ in range(size))
                        for _ in range(groups))

    def _key(self, code: str) -> str:
        return self.prefix + hashlib.sha256(code.upper().encode()).hexdigest()

    def issue(self, project_code: str, email: str) -> str:
        code = self.generate()
        record = json.dumps({"project": project_code, "email": email.lower()})
        self.client.set(self._key(code), record, ex=INVITE_TTL_S, nx=True)
        return code

    def redeem(self, code: str) -> dict | None:
        raw = self.client.getdel(self._key(code.strip()))
        return json.loads(raw) if raw else None


def issue_for_project(client: redis.Redis, project_code: str, emails: list[str]) -> dict[str, str]:
    issuer = InviteIssuer(client)
    return {email: issuer.issue(project_code, email) for email in emails}
