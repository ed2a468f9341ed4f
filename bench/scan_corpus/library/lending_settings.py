"""Configuration for the e-book and e-audiobook lending integrations."""
import os

ENVIRONMENT = os.environ.get("APP_ENV", "production")

DEFAULT_LOAN_DAYS = 14
MAX_CONCURRENT_EBOOK_LOANS = 10
MAX_EBOOK_HOLDS = 15

LENDING_PROVIDERS = {
    "overdrive": {
        "enabled": True,
        "api_base": "https://integration.api.overdrive.com",
        "oauth_url": "https://oauth.overdrive.com/token",
        "client_key": os.environ.get("OVERDRIVE_CLIENT_KEY", ""),
        "client_secret": os.environ.get("OVERDRIVE_CLIENT_SECRET", ""),
        "website_id": os.environ.get("OVERDRIVE_WEBSITE_ID", ""),
    },
    "cloudlibrary": {
        "enabled": True,
        "api_base": "https://partner.yourcloudlibrary.com/cirrus/library",
        "library_id": "mvpl-4471",
        "account_key": "c7Qe9vK2mX4tR8wP1zL6nB3yH5dF0sJa",
    },
    "hoopla": {
        "enabled": ENVIRONMENT == "production",
        "api_base": "https://hoopla-api.hoopladigital.com/api/v2",
        "username": os.environ.get("HOOPLA_USERNAME", ""),
        "password": os.environ.get("HOOPLA_PASSWORD", ""),
    },
}

REQUEST_TIMEOUT_SECONDS = 20
LOAN_SYNC_INTERVAL_MINUTES = 15


def enabled_providers() -> dict:
    return {name: cfg for name, cfg in LENDING_PROVIDERS.items() if cfg["enabled"]}
