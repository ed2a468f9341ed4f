"""Print the effective configuration of the badge progress service.

Handy when a district admin asks "which database is staging pointing at?".
"""

import argparse
import json
import os
import tomllib
from pathlib import Path

SENSITIVE_MARKERS = ("password", "secret", "token", "key", "dsn", "credential")


def _is_sensitive(name: str) -> bool:
    lowered = name.lower()
    return any(marker in lowered for marker in SENSITIVE_MARKERS)


def redact(value, key: str = ""):
    if isinstance(value, dict):
        return {k: redact(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v, key) for v in value]
    if key and _is_sensitive(key):
        return "********" if value else ""
    return value


def load(path: Path) -> dict:
    with path.open("rb") as fh:
        cfg = tomllib.load(fh)
    cfg.setdefault("database", {})["host"] = os.environ.get("BADGES_DB_HOST", cfg.get("database", {}).get("host"))
    return cfg


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("config", type=Path, nargs="?", default=Path("/etc/scouts/badges.toml"))
    args = parser.parse_args()
    print(json.dumps(redact(load(args.config)), indent=2, sort_keys=True, default=str))


if __name__ == "__main__":
    main()
