"""Settings for the Alexa smart-home skill account linking flow."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LwaClientConfig:
    """Login-with-Amazon client used to exchange account-linking codes."""

    client_id: str = "amzn1.application-oa2-client.6c1e2b7f94d04a3a8f53e0d1c2a7b9e4"
    client_secret: str = "amzn1.oa2-cs.v1.9f3d6e1b27c84a5e0b61f7d2c38a94e5d1b0c6f2e7a3948d5c1e0f6b2a7d4c93"
    token_url: str = "https://api.amazon.com/auth/o2/token"
    scopes: tuple[str, ...] = ("alexa::async_event:write",)


@dataclass(frozen=True)
class SkillSettings:
    skill_id: str = field(default_factory=lambda: os.environ.get("ALEXA_SKILL_ID", ""))
    event_gateway_url: str = field(
        default_factory=lambda: os.environ.get(
            "ALEXA_EVENT_GATEWAY", "https://api.amazonalexa.com/v3/events"
        )
    )
    lwa: LwaClientConfig = field(default_factory=LwaClientConfig)
    report_state_interval_s: int = 300
    proactive_reporting: bool = True


def load_settings() -> SkillSettings:
    return SkillSettings()
