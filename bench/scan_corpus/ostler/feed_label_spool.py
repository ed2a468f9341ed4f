"""Writes feed-bucket labels to the shared spool that the feed-room label printer daemon watches."""

import json
import os
from datetime import date
from pathlib import Path

from ostler.config import settings

SPOOL_DIR = Path(settings.LABEL_SPOOL_DIR or "/var/spool/ostler-labels")
SPOOL_MODE = 0o777
LABEL_WIDTH_MM = 62


def _ensure_spool() -> Path:
    SPOOL_DIR.mkdir(parents=True, exist_ok=True)
    os.chmod(SPOOL_DIR, SPOOL_MODE)
    return SPOOL_DIR


def _label_lines(horse_name: str, meal: str, items: list[dict]) -> list[str]:
    lines = [horse_name.upper(), meal.title()]
    for item in items:
        qty = f"{item['scoops']:g} scoop" + ("s" if item["scoops"] != 1 else "")
        lines.append(f"{qty} {item['feed']}")
        if item.get("soak"):
            lines.append(f"  soak {item['soak']} min")
    return lines


def queue_labels(feeding_day: date, plans: list[dict]) -> int:
    spool = _ensure_spool()
    queued = 0
    for plan in plans:
        for meal, items in plan["meals"].items():
            if not items:
                continue
            job = {
                "width_mm": LABEL_WIDTH_MM,
                "copies": 1,
                "lines": _label_lines(plan["horse_name"], meal, items),
                "footer": feeding_day.strftime("%a %d %b"),
            }
            job_path = spool / f"{feeding_day:%Y%m%d}-{plan['horse_id']}-{meal}.json"
            job_path.write_text(json.dumps(job), encoding="utf-8")
            queued += 1
    return queued
