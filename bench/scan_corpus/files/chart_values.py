"""Fetch and merge Helm values files published by application teams."""
from __future__ import annotations

import copy
import logging
from typing import Any

import requests
import yaml

from platform_tools.config import settings

log = logging.getLogger(__name__)

# libyaml bindings are much faster on the big values files; fall back if absent
YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def deep_merge(base: dict, override: dict) -> dict:
    merged = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def fetch_values(http: requests.Session, chart: str, environment: str) -> dict[str, Any]:
    url = f"{settings.VALUES_REPO_URL}/{chart}/values-{environment}.yaml"
    resp = http.get(url, timeout=15)
    if resp.status_code == 404:
        return {}
    resp.raise_for_status()
    return yaml.load(resp.text, Loader=YamlLoader) or {}


def resolve_values(chart: str, environment: str) -> dict[str, Any]:
    with requests.Session() as http:
        http.headers["Authorization"] = f"token {settings.VALUES_REPO_TOKEN}"
        base = fetch_values(http, chart, "base")
        env_values = fetch_values(http, chart, environment)
    merged = deep_merge(base, env_values)
    log.info("resolved %d top-level keys for %s/%s", len(merged), chart, environment)
    return merged
