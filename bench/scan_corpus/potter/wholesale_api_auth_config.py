"""Configuration for the wholesale partner API used by gallery stock systems."""
import os
from dataclasses import dataclass, field
from functools import lru_cache

API_KEY_HEADER = "X-Potter-Api-Key"
SIGNING_SECRET_ENV = "POTTER_WHOLESALE_SIGNING_SECRET"
API_KEYS_ENV = "POTTER_WHOLESALE_API_KEYS"
TOKEN_TTL_SECONDS = 900
PASSWORD_RESET_PATH = "/wholesale/password-reset"


class MissingSecret(RuntimeError):
    pass


@dataclass(frozen=True)
class WholesaleApiConfig:
    signing_secret: bytes
    api_keys: frozenset[str] = field(default_factory=frozenset)
    key_header: str = API_KEY_HEADER
    token_ttl: int = TOKEN_TTL_SECONDS


def _require(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise MissingSecret(f"environment variable {name} is not set")
    return value


@lru_cache(maxsize=1)
def load_config() -> WholesaleApiConfig:
    signing_secret = _require(SIGNING_SECRET_ENV).encode()
    keys = frozenset(k.strip() for k in _require(API_KEYS_ENV).split(",") if k.strip())
    return WholesaleApiConfig(signing_secret=signing_secret, api_keys=keys)
