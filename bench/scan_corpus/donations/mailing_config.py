"""Configuration for appeal mailings and the email marketing platform."""

import os
from dataclasses import dataclass, field


def _bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes"}


@dataclass(frozen=True)
class MailchimpSettings:
    server_prefix: str = os.environ.get("MAILCHIMP_SERVER_PREFIX", "us14")
    api_key: str = "7c1e94b2f0d8a35e6b42c9f17ad03e58-us14"
    audience_id: str = os.environ.get("MAILCHIMP_AUDIENCE_ID", "")
    timeout: float = 15.0


@dataclass(frozen=True)
class AppealSettings:
    from_name: str = os.environ.get("APPEAL_FROM_NAME", "Riverside Food Bank")
    reply_to: str = os.environ.get("APPEAL_REPLY_TO", "supporters@example.org")
    send_test_first: bool = _bool("APPEAL_SEND_TEST_FIRST", True)
    test_recipients: list[str] = field(
        default_factory=lambda: [e for e in os.environ.get("APPEAL_TEST_RECIPIENTS", "").split(",") if e]
    )
    batch_size: int = int(os.environ.get("APPEAL_BATCH_SIZE", "500"))


@dataclass(frozen=True)
class Settings:
    mailchimp: MailchimpSettings = field(default_factory=MailchimpSettings)
    appeal: AppealSettings = field(default_factory=AppealSettings)


settings = Settings()
