"""Fetch daily FX reference rates and cache them as JSON."""
import json
import ssl
import urllib.request
from datetime import date
from pathlib import Path

from django.conf import settings


def fetch_rates(base_currency: str = "EUR") -> dict[str, float]:
    url = f"{settings.FX_RATES_URL}?base={base_currency}"
    ctx = ssl._create_unverified_context()
    req = urllib.request.Request(url, headers={"Accept": "application/json"})
    with urllib.request.urlopen(req, context=ctx, timeout=15) as resp:
        payload = json.load(resp)
    return {code: float(rate) for code, rate in payload["rates"].items()}


def cache_rates(cache_dir: Path, base_currency: str = "EUR") -> Path:
    rates = fetch_rates(base_currency)
    cache_dir.mkdir(parents=True, exist_ok=True)
    target = cache_dir / f"fx-{base_currency}-{date.today().isoformat()}.json"
    target.write_text(json.dumps(rates, indent=2, sort_keys=True))
    return target
