"""Imports the climbing-gear supplier's product catalogue.

The supplier publishes an XML feed with harness, lanyard and trolley
models, their certification standard and the manufacturer's retirement
age, which the inspection schedule uses.
"""
import logging
import os
from dataclasses import dataclass

import httpx
from lxml import etree

log = logging.getLogger(__name__)

NS = {"c": "urn:supplier:catalog:2"}


@dataclass
class GearModel:
    sku: str
    name: str
    category: str
    standard: str
    max_age_years: int


class CatalogFeed:
    def __init__(self, feed_url: str, token: str) -> None:
        self._feed_url = feed_url
        self._headers = {"Authorization": f"Bearer {token}"}

    @classmethod
    def from_env(cls) -> "CatalogFeed":
        return cls(os.environ["ZP_SUPPLIER_FEED_URL"], os.environ["ZP_SUPPLIER_TOKEN"])

    @classmethod
    def _parser(cls) -> etree.XMLParser:
        return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)

    def _download(self) -> bytes:
        with httpx.Client(timeout=30.0) as client:
            resp = client.get(self._feed_url, headers=self._headers)
            resp.raise_for_status()
            return resp.content

    def models(self) -> list[GearModel]:
        root = etree.fromstring(self._download(), self._parser())
        result = []
        for node in root.iterfind("c:product", NS):
            try:
                result.append(
                    GearModel(
                        sku=node.findtext("c:sku", namespaces=NS).strip(),
                        name=node.findtext("c:name", namespaces=NS).strip(),
                        category=node.get("category", "other"),
                        standard=node.findtext("c:standard", default="", namespaces=NS),
                        max_age_years=int(node.findtext("c:maxAgeYears", default="10", namespaces=NS)),
                    )
                )
            except (AttributeError, ValueError):
                log.warning("skipping malformed product entry at line %s", node.sourceline)
        return result


def sync_catalog(db, feed: CatalogFeed) -> int:
    models = feed.models()
    with db:
        for m in models:
            db.execute(
                "INSERT INTO gear_models (sku, name, category, standard, max_age_years) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (sku) DO UPDATE SET name = excluded.name, "
                "standard = excluded.standard, max_age_years = excluded.max_age_years",
                (m.sku, m.name, m.category, m.standard, m.max_age_years),
            )
    return len(models)
