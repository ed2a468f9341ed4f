"""Configuration for the notification workers (FCM v1 and APNs token auth)."""

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


class ConfigError(RuntimeError):
    pass


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise ConfigError(f"environment variable {name} is required")
    return value


@dataclass(frozen=True)
class PushConfig:
    fcm_project_id: str
    fcm_credentials_file: Path
    apns_key_id: str
    apns_team_id: str
    apns_key_file: Path
    apns_topic: str = "com.example.socialapp"
    apns_host: str = "api.push.apple.com"
    batch_size: int = 500
    max_retries: int = 3


@lru_cache(maxsize=1)
def get_push_config() -> PushConfig:
    cfg = PushConfig(
        fcm_project_id=_require("FCM_PROJECT_ID"),
        fcm_credentials_file=Path(_require("GOOGLE_APPLICATION_CREDENTIALS")),
        apns_key_id=_require("APNS_KEY_ID"),
        apns_team_id=_require("APNS_TEAM_ID"),
        apns_key_file=Path(_require("APNS_KEY_PATH")),
        apns_topic=os.environ.get("APNS_TOPIC", "com.example.socialapp"),
        apns_host="api.sandbox.push.apple.com" if os.environ.get("APNS_SANDBOX") == "1" else "api.push.apple.com",
        batch_size=int(os.environ.get("PUSH_BATCH_SIZE", "500")),
        max_retries=int(os.environ.get("PUSH_MAX_RETRIES", "3")),
    )
    for path in (cfg.fcm_credentials_file, cfg.apns_key_file):
        if not path.is_file():
            raise ConfigError(f"credential file {path} not found")
    return cfg
