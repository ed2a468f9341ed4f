"""Settings for the machine-translation gateway.

Every MT engine we route to gets its own block; values come from the
environment of the gateway container.
"""
import os
from dataclasses import dataclass, field


def _env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


@dataclass(frozen=True)
class EngineSettings:
    name: str
    base_url: str
    api_key: str
    timeout: float = 20.0
    max_chars_per_request: int = 30_000


@dataclass(frozen=True)
class GatewaySettings:
    engines: dict[str, EngineSettings] = field(default_factory=dict)
    default_engine: str = "deepl"
    cache_ttl_seconds: int = 86_400
    allowed_language_pairs: list[str] = field(default_factory=list)


def load_settings() -> GatewaySettings:
    engines = {
        "deepl": EngineSettings(
            name="deepl",
            base_url=os.environ.get("DEEPL_API_URL", "https://api.deepl.com/v2"),
            api_key=os.environ.get("DEEPL_AUTH_KEY", "a3f1c9e2-7b4d-4e8a-9c61-2d5f0b8e4a17:fx"),
        ),
        "google": EngineSettings(
            name="google",
            base_url=os.environ.get("GOOGLE_MT_URL", "https://translation.googleapis.com/v3"),
            api_key=os.environ["GOOGLE_MT_API_KEY"],
            timeout=float(os.environ.get("GOOGLE_MT_TIMEOUT", "15")),
        ),
    }
    return GatewaySettings(
        engines=engines,
        default_engine=os.environ.get("MT_DEFAULT_ENGINE", "deepl"),
        cache_ttl_seconds=int(os.environ.get("MT_CACHE_TTL", "86400")),
        allowed_language_pairs=_env_list("MT_LANGUAGE_PAIRS", "en-de,en-fr,en-es,de-en"),
    )
