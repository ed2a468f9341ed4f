"""Imports station metadata YAML submitted by partner networks."""
import yaml
from django.db import transaction

from .models import PartnerStation

_LOADER = yaml.SafeLoader
REQUIRED = {"id", "lat", "lon", "elevation_m"}


class MetadataError(ValueError):
    pass


def parse_submission(text: str) -> list[dict]:
    doc = yaml.load(text, Loader=_LOADER)
    if not isinstance(doc, dict) or not isinstance(doc.get("stations"), list):
        raise MetadataError("document must contain a 'stations' list")
    for st in doc["stations"]:
        if not isinstance(st, dict):
            raise MetadataError("each station must be a mapping")
        missing = REQUIRED - set(st)
        if missing:
            raise MetadataError(f"station {st.get('id', '?')} missing {sorted(missing)}")
    return doc["stations"]


@transaction.atomic
def import_submission(network_code: str, uploaded_file) -> int:
    stations = parse_submission(uploaded_file.read().decode("utf-8"))
    for st in stations:
        PartnerStation.objects.update_or_create(
            network=network_code,
            station_id=str(st["id"]),
            defaults={
                "lat": float(st["lat"]),
                "lon": float(st["lon"]),
                "elevation_m": float(st["elevation_m"]),
                "sensors": list(st.get("sensors", [])),
            },
        )
    return len(stations)
