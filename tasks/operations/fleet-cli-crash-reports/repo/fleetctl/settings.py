"""fleetctl settings, read from FLEETCTL_* environment variables (and .env when present)."""
import os
from dataclasses import dataclass

try:
    from dotenv import load_dotenv
except ImportError:  # python-dotenv is optional at runtime
    load_dotenv = None


@dataclass(frozen=True)
class Settings:
    api_url: str
    api_token: str
    site: str = ""
    timeout: float = 10.0

    @classmethod
    def from_env(cls):
        if load_dotenv is not None:
            load_dotenv(override=False)
        api_url = os.environ.get("FLEETCTL_API_URL", "").rstrip("/")
        if not api_url:
            raise SystemExit("FLEETCTL_API_URL is not set (see .env.example)")
        return cls(
            api_url=api_url,
            api_token=os.environ.get("FLEETCTL_API_TOKEN", ""),
            site=os.environ.get("FLEETCTL_SITE", ""),
            timeout=float(os.environ.get("FLEETCTL_TIMEOUT", "10")),
        )
