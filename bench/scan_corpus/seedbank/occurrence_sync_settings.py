"""Settings for the nightly occurrence sync with the biodiversity data portal
and the cold-vault monitoring vendor."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent

SYNC = {
    "portal_url": os.environ.get("OCCURRENCE_PORTAL_URL", "https://api.gbif.org/v1"),
    "publisher_key": os.environ.get("GBIF_PUBLISHER_KEY"),
    "username": os.environ.get("GBIF_USERNAME"),
    "password": os.environ.get("GBIF_PASSWORD"),
    "batch_size": int(os.environ.get("SYNC_BATCH_SIZE", "500")),
    "timeout": 30,
}

VAULT_MONITORING = {
    "base_url": os.environ.get("VAULT_MONITOR_URL", "https://api.coldwatch.example.com/v2"),
    "site_id": os.environ.get("VAULT_MONITOR_SITE", "nsb-main"),
    "api_key": "cw_live_4f8b2e91d7a6430c9e15b7f0a2d86c3e",
    "poll_interval_s": 300,
}

CACHE_DIR = Path(os.environ.get("SYNC_CACHE_DIR", BASE_DIR / "cache"))
LOG_LEVEL = os.environ.get("SYNC_LOG_LEVEL", "INFO")


def validate() -> None:
    missing = [k for k in ("publisher_key", "username", "password") if not SYNC[k]]
    if missing:
        raise RuntimeError(f"occurrence sync misconfigured, missing: {', '.join(missing)}")
