"""Runtime configuration for the public web map embed service.

The embed service renders client maps on their websites.  Provider tokens
and the signing key are injected by the deployment (Kubernetes secrets),
never stored in the repository.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

DEFAULT_STYLE_URL = "mapbox://styles/mapbox/light-v11"
DEFAULT_ATTRIBUTION = "© Northline Cartography, © OpenStreetMap contributors"


class ConfigError(RuntimeError):
    pass


def _required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ConfigError(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class EmbedConfig:
    mapbox_public_token: str
    embed_signing_key: str
    style_url: str
    attribution: str
    allowed_parent_origins: tuple[str, ...]

    @classmethod
    def from_env(cls) -> "EmbedConfig":
        origins = tuple(
            o.strip() for o in os.environ.get("EMBED_PARENT_ORIGINS", "").split(",") if o.strip()
        )
        return cls(
            mapbox_public_token=_required("MAPBOX_PUBLIC_TOKEN"),
            embed_signing_key=_required("EMBED_SIGNING_KEY"),
            style_url=os.environ.get("EMBED_STYLE_URL", DEFAULT_STYLE_URL),
            attribution=os.environ.get("EMBED_ATTRIBUTION", DEFAULT_ATTRIBUTION),
            allowed_parent_origins=origins,
        )

    def client_settings(self) -> dict:
        """Settings safe to hand to the browser."""
        return {
            "accessToken": self.mapbox_public_token,
            "style": self.style_url,
            "attribution": self.attribution,
        }


@lru_cache(maxsize=1)
def get_config() -> EmbedConfig:
    return EmbedConfig.from_env()
