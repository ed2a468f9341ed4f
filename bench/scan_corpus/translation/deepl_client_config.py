"""Configuration for the DeepL engine adapter in the MT gateway."""
import os
from dataclasses import dataclass

API_KEY_ENV = "DEEPL_AUTH_KEY"
AUTH_HEADER = "Authorization"
AUTH_SCHEME = "DeepL-Auth-Key"
FREE_API_URL = "https://api-free.deepl.com/v2"
PRO_API_URL = "https://api.deepl.com/v2"
GLOSSARY_ID_PREFIX = "lsp-"


class ConfigError(RuntimeError):
    pass


@dataclass(frozen=True)
class DeepLConfig:
    auth_key: str
    base_url: str
    formality: str = "default"
    split_sentences: str = "nonewlines"
    timeout: float = 20.0

    def auth_headers(self) -> dict[str, str]:
        return {AUTH_HEADER: f"{AUTH_SCHEME} {self.auth_key}"}

    def __repr__(self) -> str:
        return f"DeepLConfig(base_url={self.base_url!r}, formality={self.formality!r})"


def load_deepl_config() -> DeepLConfig:
    auth_key = os.environ.get(API_KEY_ENV)
    if not auth_key:
        raise ConfigError(f"{API_KEY_ENV} is not set")
    # free-tier keys end in ":fx" and must use the free endpoint
    base_url = FREE_API_URL if auth_key.endswith(":fx") else PRO_API_URL
    return DeepLConfig(
        auth_key=auth_key,
        base_url=os.environ.get("DEEPL_API_URL", base_url),
        formality=os.environ.get("DEEPL_FORMALITY", "default"),
        timeout=float(os.environ.get("DEEPL_TIMEOUT", "20")),
    )
