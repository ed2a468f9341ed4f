"""Load per-distributor settings for KDM (key delivery message) retrieval.

Each distributor delivers KDMs either over SFTP or an HTTPS API; the
connection details live in distributors.toml and the credentials come
from the environment.
"""
import logging
import os
import tomllib
from pathlib import Path

log = logging.getLogger("kdm.config")

CONFIG_PATH = Path(os.environ.get("KDM_DISTRIBUTORS_FILE", "/etc/cinema/distributors.toml"))
SENSITIVE_FIELDS = frozenset({"password", "api_token", "private_key_passphrase"})


def _credential(name: str, field: str) -> str:
    env_name = f"KDM_{name.upper()}_{field.upper()}"
    value = os.environ.get(env_name)
    if value is None:
        raise RuntimeError(f"missing {env_name}")
    return value


def redacted(cfg: dict) -> dict:
    return {k: ("<redacted>" if k in SENSITIVE_FIELDS else v) for k, v in cfg.items()}


def load_distributor(name: str) -> dict:
    with CONFIG_PATH.open("rb") as fh:
        raw = tomllib.load(fh)
    section = raw["distributors"][name]
    cfg = {
        "name": name,
        "transport": section.get("transport", "sftp"),
        "host": section["host"],
        "port": int(section.get("port", 22)),
        "username": section["username"],
        "password": _credential(name, "password"),
        "remote_dir": section.get("remote_dir", "/outbox"),
    }
    log.info("loaded distributor config %s", redacted(cfg))
    return cfg


def load_all() -> list[dict]:
    with CONFIG_PATH.open("rb") as fh:
        names = list(tomllib.load(fh)["distributors"])
    return [load_distributor(n) for n in names]
