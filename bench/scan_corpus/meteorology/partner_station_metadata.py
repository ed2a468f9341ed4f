"""Imports station metadata submitted by partner networks.

Partners upload a YAML document describing their stations (id, lat/lon,
elevation, sensors, siting class) through the partner portal.
"""
import yaml
from django.db import transaction

from .models import PartnerStation

_LOADER = yaml.Loader
REQUIRED = {"id", "lat", "lon", "elevation_m"}


class MetadataError(ValueError):
    pass


def parse_submission(text: str) -> list[dict]:
    doc = yaml.load(text, Loader=_LOADER)
    if not isinstance(doc, dict) or "stations" not in doc:
        raise MetadataError("document must contain a 'stations' list")
    stations = doc["stations"]
    for st in stations:
        missing = REQUIRED - set(st)
        if missing:
            raise MetadataError(f"station {st.get('id', '?')} missing {sorted(missing)}")
        if not (-90 <= float(st["lat"]) <= 90 and -180 <= float(st["lon"]) <= 180):
            raise MetadataError(f"station {st['id']} has invalid coordinates")
    return stations


@transaction.atomic
def import_submission(network_code: str, uploaded_file) -> int:
    stations = parse_submission(uploaded_file.read().decode("utf-8"))
    for st in stations:
        PartnerStation.objects.update_or_create(
            network=network_code,
            station_id=st["id"],
            defaults={
                "lat": st["lat"],
                "lon": st["lon"],
                "elevation_m": st["elevation_m"],
                "sensors": st.get("sensors", []),
            },
        )
    return len(stations)
