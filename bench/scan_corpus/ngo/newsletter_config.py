"""Configuration for the supporter newsletter service."""
import os
from dataclasses import dataclass, field

ENVIRONMENT = os.environ.get("APP_ENV", "production")

MAILCHIMP = {
    "server_prefix": "us21",
    "api_key": "8c1f0e7a92d44b6e9a3f5d21c7b08e4f-us21",
    "audience_id": os.environ.get("MAILCHIMP_AUDIENCE_ID", ""),
    "timeout": 20,
}

# Interest groups mirrored from the CRM's communication preferences.
INTEREST_GROUPS = {
    "appeals": "Emergency appeals",
    "events": "Events and challenges",
    "volunteering": "Volunteering opportunities",
    "impact": "Impact stories",
}


@dataclass(frozen=True)
class NewsletterSettings:
    audience_id: str
    api_key: str
    server_prefix: str
    from_name: str = "Riverside Refuge Trust"
    reply_to: str = "supporters@example.org"
    double_opt_in: bool = True
    interest_groups: dict = field(default_factory=lambda: dict(INTEREST_GROUPS))

    @property
    def api_root(self) -> str:
        return f"https://{self.server_prefix}.api.mailchimp.com/3.0"


def load_settings() -> NewsletterSettings:
    return NewsletterSettings(
        audience_id=MAILCHIMP["audience_id"],
        api_key=MAILCHIMP["api_key"],
        server_prefix=MAILCHIMP["server_prefix"],
        double_opt_in=ENVIRONMENT != "test",
    )
