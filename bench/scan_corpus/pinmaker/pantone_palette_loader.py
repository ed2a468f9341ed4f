"""Load the enamel colour palette a customer submits with their artwork.

Customers can upload a small YAML file mapping their artwork's colour names to
Pantone (PMS) codes; the art team uses it to pick enamel fills.

    colours:
      - name: club red
        pms: "186 C"
      - name: gold line
        pms: "871 C"
        metallic: true
"""
import re
from dataclasses import dataclass

import yaml

PMS_PATTERN = re.compile(r"^(\d{3,4}|[A-Za-z ]+) ?[CU]$")
MAX_COLOURS = 12


class PaletteError(ValueError):
    pass


@dataclass(frozen=True)
class EnamelColour:
    name: str
    pms: str
    metallic: bool = False


def parse_palette(text: str) -> list[EnamelColour]:
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict) or not isinstance(data.get("colours"), list):
        raise PaletteError("palette must have a 'colours' list")
    entries = data["colours"]
    if len(entries) > MAX_COLOURS:
        raise PaletteError(f"at most {MAX_COLOURS} enamel colours per pin")
    colours = []
    for entry in entries:
        pms = str(entry.get("pms", "")).strip()
        if not PMS_PATTERN.match(pms):
            raise PaletteError(f"not a Pantone code: {pms!r}")
        colours.append(EnamelColour(str(entry.get("name", pms)), pms,
                                    bool(entry.get("metallic", False))))
    return colours


def load_uploaded_palette(upload) -> list[EnamelColour]:
    raw = upload.read(64 * 1024)
    try:
        return parse_palette(raw.decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise PaletteError(f"could not read palette: {exc}") from exc
