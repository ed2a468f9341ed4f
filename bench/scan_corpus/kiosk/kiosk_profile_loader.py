"""Loads the kiosk hardware/store profile pushed by the provisioning service.

The profile is YAML (hand-edited by field engineers for odd store layouts)
and describes peripherals, screen orientation, lane numbers and so on.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import requests
import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

REQUIRED_KEYS = ("store_id", "kiosk_id", "lane", "peripherals")


class ProfileError(ValueError):
    pass


def parse_profile(text: str) -> dict[str, Any]:
    data = yaml.load(text, Loader=_Loader)
    if not isinstance(data, dict):
        raise ProfileError("profile must be a mapping")
    missing = [k for k in REQUIRED_KEYS if k not in data]
    if missing:
        raise ProfileError(f"profile missing keys: {', '.join(missing)}")
    data.setdefault("orientation", "portrait")
    data.setdefault("locale", "en_GB")
    return data


def fetch_profile(provisioning_url: str, kiosk_id: str, timeout: float = 15.0) -> dict[str, Any]:
    resp = requests.get(f"{provisioning_url.rstrip('/')}/profiles/{kiosk_id}.yaml", timeout=timeout)
    resp.raise_for_status()
    return parse_profile(resp.text)


def load_cached(path: Path) -> dict[str, Any] | None:
    if not path.exists():
        return None
    return parse_profile(path.read_text(encoding="utf-8"))
