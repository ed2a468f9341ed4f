"""Load service credentials from the environment or mounted secret files.

In Kubernetes the secrets are mounted under /run/secrets; on developer
machines they usually come from a .env file loaded into the environment.
"""
import logging
import os
from functools import lru_cache
from pathlib import Path

log = logging.getLogger("config.secrets")

SECRETS_DIR = Path(os.environ.get("SECRETS_DIR", "/run/secrets"))


class MissingSecret(RuntimeError):
    pass


@lru_cache(maxsize=None)
def get_secret(name: str) -> str:
    env_name = name.upper().replace("-", "_")
    value = os.environ.get(env_name)
    if value:
        log.debug("secret %s loaded from environment variable %s", name, env_name)
        return value

    candidate = SECRETS_DIR / name
    if candidate.is_file():
        value = candidate.read_text(encoding="utf-8").strip()
        log.debug("secret %s loaded from %s", name, candidate)
        return value

    log.error("secret %s not found (checked $%s and %s)", name, env_name, candidate)
    raise MissingSecret(name)


def crm_api_key() -> str:
    return get_secret("donor-crm-api-key")


def ticketing_client_secret() -> str:
    return get_secret("ticketing-client-secret")
