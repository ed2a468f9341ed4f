"""Loads database settings for the order book and the brine telemetry store.

Settings come from a TOML file on the host, with the passwords supplied by
the environment (set by systemd from the credentials store).
"""
import logging
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

log = logging.getLogger(__name__)

CONFIG_PATH = Path(os.environ.get("SALTPAN_CONFIG", "/etc/saltpan/databases.toml"))


@dataclass(frozen=True)
class DatabaseSettings:
    name: str
    url: str
    pool_size: int = 5

    def display_url(self) -> str:
        parts = urlsplit(self.url)
        if parts.password is None:
            return self.url
        netloc = f"{parts.username}:***@{parts.hostname}"
        if parts.port:
            netloc += f":{parts.port}"
        return urlunsplit(parts._replace(netloc=netloc))


def _build_url(section: dict, password: str) -> str:
    return (
        f"postgresql://{quote(section['user'])}:{quote(password, '')}"
        f"@{section['host']}:{section.get('port', 5432)}/{section['database']}"
    )


def load_databases(path: Path = CONFIG_PATH) -> dict:
    with path.open("rb") as fh:
        raw = tomllib.load(fh)
    databases = {}
    for name, section in raw.get("databases", {}).items():
        password = os.environ.get(section["password_env"], "")
        if not password:
            log.warning("database %s: %s is not set", name, section["password_env"])
        db = DatabaseSettings(name=name, url=_build_url(section, password),
                              pool_size=int(section.get("pool_size", 5)))
        log.info("database %s -> %s (pool %d)", name, db.display_url(), db.pool_size)
        databases[name] = db
    return databases


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for settings in load_databases().values():
        print(settings.name, settings.display_url())
