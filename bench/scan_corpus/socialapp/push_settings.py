"""Configuration for push-notification delivery (FCM and APNs)."""

import os
from dataclasses import dataclass, field

FCM_ENDPOINT = os.environ.get("FCM_ENDPOINT", "https://fcm.googleapis.com/fcm/send")
FCM_SERVER_KEY = os.environ.get(
    "FCM_SERVER_KEY",
    "AAAAv9Jq2Lk:APA91bGx7tQm3VZc8yR1nWkP0sHfE4uD6aTjL9oXbC2iNvM5qYwZr8KeUdS3gAh1pF7lBmJ0cT6xOnQ4vR2yW9zI5kE8",
)
APNS_HOST = os.environ.get("APNS_HOST", "api.push.apple.com")
APNS_TOPIC = os.environ.get("APNS_TOPIC", "com.example.socialapp")
APNS_KEY_ID = os.environ.get("APNS_KEY_ID", "")
APNS_TEAM_ID = os.environ.get("APNS_TEAM_ID", "")
APNS_KEY_PATH = os.environ.get("APNS_KEY_PATH", "/run/secrets/apns_auth_key.p8")


@dataclass(frozen=True)
class QuietHours:
    start_hour: int = 22
    end_hour: int = 7


@dataclass(frozen=True)
class PushSettings:
    batch_size: int = 500
    max_retries: int = 3
    collapse_dm_previews: bool = True
    quiet_hours: QuietHours = field(default_factory=QuietHours)
    enabled_categories: tuple[str, ...] = (
        "direct_message",
        "friend_request",
        "mention",
        "photo_tag",
        "account_security",
    )


def load_push_settings() -> PushSettings:
    return PushSettings(
        batch_size=int(os.environ.get("PUSH_BATCH_SIZE", 500)),
        max_retries=int(os.environ.get("PUSH_MAX_RETRIES", 3)),
        collapse_dm_previews=os.environ.get("PUSH_COLLAPSE_DM", "1") == "1",
    )
