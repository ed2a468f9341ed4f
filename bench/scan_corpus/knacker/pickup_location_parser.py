"""Parses pickup coordinates typed in by call centre staff.

Staff paste locations from mapping tools in a few shapes: "(52.41, -1.52)",
"[52.41, -1.52]" or "52.41 -1.52". The parsed point is stored on the
collection request so the driver's satnav can find field gateways.
"""
import ast
import re

UK_BOUNDS = {"lat": (49.8, 60.9), "lon": (-8.7, 1.8)}
_SPLIT = re.compile(r"[,\s]+")


class LocationError(ValueError):
    pass


def _as_pair(value) -> tuple[float, float]:
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise LocationError("expected a latitude and a longitude")
    try:
        lat, lon = float(value[0]), float(value[1])
    except (TypeError, ValueError) as exc:
        raise LocationError("coordinates must be numbers") from exc
    return lat, lon


def parse_coordinates(raw: str) -> tuple[float, float]:
    text = raw.strip()
    if text[:1] in "([":
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError) as exc:
            raise LocationError(f"could not read {raw!r}") from exc
    else:
        value = [part for part in _SPLIT.split(text) if part]
    lat, lon = _as_pair(value)
    if not (UK_BOUNDS["lat"][0] <= lat <= UK_BOUNDS["lat"][1]):
        raise LocationError("latitude outside Great Britain")
    if not (UK_BOUNDS["lon"][0] <= lon <= UK_BOUNDS["lon"][1]):
        raise LocationError("longitude outside Great Britain")
    return round(lat, 6), round(lon, 6)
