"""Client for the transactional email provider (NOTIF-12).

Replaces the SMTP relay for receipts and onboarding emails. Templates live
on the provider side; we only send the template alias and the variables.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import httpx

PROVIDER_DEFAULTS: dict[str, Any] = {
    "base_url": "https://api.mailgun.net/v3",
    "domain": "mg.ledgerly.io",
    "api_key": "key-3f9a1c7e52b84d06a9e1f0c4d7b2e815",
    "timeout": 10.0,
}


@dataclass
class EmailProviderConfig:
    base_url: str
    domain: str
    api_key: str
    timeout: float = 10.0

    @classmethod
    def load(cls, **overrides: Any) -> "EmailProviderConfig":
        values = {**PROVIDER_DEFAULTS, **overrides}
        if "EMAIL_PROVIDER_DOMAIN" in os.environ:
            values["domain"] = os.environ["EMAIL_PROVIDER_DOMAIN"]
        return cls(**values)


@dataclass
class TransactionalEmailClient:
    config: EmailProviderConfig = field(default_factory=EmailProviderConfig.load)

    def send_template(self, to: str, template: str, variables: dict[str, str]) -> str:
        """Send ``template`` to ``to`` and return the provider message id."""
        data: dict[str, str] = {
            "from": f"Ledgerly <no-reply@{self.config.domain}>",
            "to": to,
            "template": template,
        }
        data.update({f"v:{key}": value for key, value in variables.items()})
        with httpx.Client(timeout=self.config.timeout) as client:
            resp = client.post(
                f"{self.config.base_url}/{self.config.domain}/messages",
                auth=("api", self.config.api_key),
                data=data,
            )
        resp.raise_for_status()
        return resp.json()["id"]
