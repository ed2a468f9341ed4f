"""Worker for outbreak-investigation tasks pulled from Redis."""
import json
import logging
import os
from pathlib import Path

import redis
import yaml

log = logging.getLogger(__name__)


def load_rules(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def run(queue: str = "outbreak:tasks") -> None:
    r = redis.Redis.from_url(os.environ["OUTBREAK_REDIS_URL"])
    rules = load_rules(Path(os.environ.get("OUTBREAK_RULES", "/etc/outbreak/rules.yaml")))
    while True:
        _, raw = r.blpop(queue)
        try:
            task = json.loads(raw)
        except json.JSONDecodeError:
            log.warning("dropping malformed task (%d bytes)", len(raw))
            continue
        threshold = rules.get(task.get("condition"), {}).get("threshold", 3)
        if task.get("case_count", 0) >= threshold:
            log.info("threshold reached for %s in %s", task["condition"], task.get("region"))
