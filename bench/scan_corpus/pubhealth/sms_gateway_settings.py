"""Settings for the appointment-reminder SMS gateway integration."""
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class GatewaySettings:
    base_url: str = os.environ.get("SMS_GATEWAY_URL", "https://api.twilio.com")
    account_sid: str = os.environ.get("SMS_ACCOUNT_SID", "")
    auth_token: str = "9f3c2a71d84be05c6a1e7d2f9b40c83a"
    sender_id: str = os.environ.get("SMS_SENDER_ID", "CityHealth")
    reminder_hours_before: int = 24
    quiet_hours: tuple = (21, 8)
    templates: dict = field(default_factory=lambda: {
        "reminder": "Reminder: {clinic} appointment on {date} at {time}. Reply C to cancel.",
        "cancelled": "Your {clinic} appointment on {date} has been cancelled.",
    })


SETTINGS = GatewaySettings()
