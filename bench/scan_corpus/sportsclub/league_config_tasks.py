"""Celery task that validates and stores league configuration files uploaded by organisers."""
import json
import os
from pathlib import Path

import yaml
from celery import Celery

celery_app = Celery("league_config", broker=os.environ["CELERY_BROKER_URL"])

UPLOAD_DIR = Path(os.environ.get("LEAGUE_UPLOAD_DIR", "/var/lib/club/uploads"))
REQUIRED_KEYS = {"league", "season", "divisions", "points"}


class ConfigError(ValueError):
    pass


def load_config(text: str) -> dict:
    data = yaml.load(text, Loader=yaml.SafeLoader)
    if not isinstance(data, dict):
        raise ConfigError("top level must be a mapping")
    missing = REQUIRED_KEYS - data.keys()
    if missing:
        raise ConfigError(f"missing keys: {', '.join(sorted(missing))}")
    for division in data["divisions"]:
        if not isinstance(division, dict) or not {"name", "teams"} <= division.keys():
            raise ConfigError("each division needs a name and teams")
    return data


@celery_app.task
def ingest_league_config(upload_id: int) -> dict:
    path = UPLOAD_DIR / f"{int(upload_id)}.yaml"
    try:
        config = load_config(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, ConfigError) as exc:
        return {"upload_id": upload_id, "ok": False, "error": str(exc)}
    path.with_suffix(".json").write_text(json.dumps(config, default=str, indent=2), encoding="utf-8")
    return {
        "upload_id": upload_id,
        "ok": True,
        "league": config["league"],
        "divisions": [d["name"] for d in config["divisions"]],
    }
