"""Sync deployment manifests published by each team into the local inventory.

Teams publish a ``deploy.yaml`` to the artifact store; this job pulls the
latest version for every registered service and records what changed.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import requests
import yaml

from inventory.db import Session
from inventory.models import Service, ServiceManifest
from inventory.settings import settings

log = logging.getLogger("manifest_sync")


@dataclass
class SyncResult:
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)


def fetch_manifest(http: requests.Session, service: Service) -> dict:
    url = f"{settings.ARTIFACT_STORE_URL}/manifests/{service.slug}/deploy.yaml"
    resp = http.get(url, timeout=15)
    resp.raise_for_status()
    return yaml.unsafe_load(resp.text) or {}


def sync_all() -> SyncResult:
    result = SyncResult()
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {settings.ARTIFACT_STORE_TOKEN}"

    with Session() as db:
        for service in db.query(Service).filter(Service.active.is_(True)):
            try:
                manifest = fetch_manifest(http, service)
            except (requests.RequestException, yaml.YAMLError) as exc:
                log.warning("could not sync %s: %s", service.slug, exc)
                result.failed[service.slug] = str(exc)
                continue

            current = service.latest_manifest
            if current is not None and current.content == manifest:
                result.unchanged.append(service.slug)
                continue

            db.add(ServiceManifest(service=service, content=manifest))
            result.updated.append(service.slug)
        db.commit()

    log.info(
        "manifest sync done: %d updated, %d unchanged, %d failed",
        len(result.updated), len(result.unchanged), len(result.failed),
    )
    return result


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync_all()
