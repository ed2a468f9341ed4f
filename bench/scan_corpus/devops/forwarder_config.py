"""Configuration for the syslog-to-Loki forwarder."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

TOKEN_ENV = "LOKI_PUSH_TOKEN"
TOKEN_FILE_ENV = "LOKI_PUSH_TOKEN_FILE"
AUTH_HEADER = "Authorization"
DEFAULT_PASSWORD_FIELD = "password"


class ConfigError(RuntimeError):
    pass


def _read_token() -> str:
    path = os.environ.get(TOKEN_FILE_ENV)
    if path:
        return Path(path).read_text(encoding="utf-8").strip()
    token = os.environ.get(TOKEN_ENV)
    if not token:
        raise ConfigError(f"set {TOKEN_ENV} or {TOKEN_FILE_ENV}")
    return token


@dataclass(frozen=True)
class ForwarderConfig:
    push_url: str
    tenant: str
    token: str
    redact_fields: tuple[str, ...] = (DEFAULT_PASSWORD_FIELD, "secret", "authorization")
    batch_bytes: int = 1 << 20

    @classmethod
    def from_env(cls) -> "ForwarderConfig":
        return cls(
            push_url=os.environ["LOKI_PUSH_URL"],
            tenant=os.environ.get("LOKI_TENANT", "platform"),
            token=_read_token(),
        )

    def headers(self) -> dict[str, str]:
        return {
            AUTH_HEADER: f"Bearer {self.token}",
            "X-Scope-OrgID": self.tenant,
            "Content-Type": "application/json",
        }

    def __repr__(self) -> str:
        return f"ForwarderConfig(push_url={self.push_url!r}, tenant={self.tenant!r}, token=<redacted>)"
