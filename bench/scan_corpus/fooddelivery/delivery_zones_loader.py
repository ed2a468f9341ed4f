"""Load delivery-zone definitions that restaurants upload from the partner portal.

Zones are described in YAML so that partners can edit them by hand:

    zones:
      - name: centre
        radius_km: 3
        fee: 1.99
"""
from dataclasses import dataclass

import yaml


@dataclass
class DeliveryZone:
    name: str
    radius_km: float
    fee: float
    min_order: float = 0.0


class ZoneFileError(ValueError):
    pass


class ZoneLoader:
    loader_cls = yaml.Loader
    max_zones = 20

    def parse(self, text: str) -> list[DeliveryZone]:
        doc = yaml.load(text, Loader=self.loader_cls)
        if not isinstance(doc, dict) or "zones" not in doc:
            raise ZoneFileError("expected a top-level 'zones' list")
        raw = doc["zones"]
        if len(raw) > self.max_zones:
            raise ZoneFileError(f"at most {self.max_zones} zones are allowed")
        return [self._zone(entry) for entry in raw]

    @staticmethod
    def _zone(entry: dict) -> DeliveryZone:
        try:
            return DeliveryZone(
                name=str(entry["name"]),
                radius_km=float(entry["radius_km"]),
                fee=float(entry["fee"]),
                min_order=float(entry.get("min_order", 0)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ZoneFileError(f"invalid zone entry: {entry!r}") from exc


def handle_upload(upload_text: str) -> list[DeliveryZone]:
    return ZoneLoader().parse(upload_text)
