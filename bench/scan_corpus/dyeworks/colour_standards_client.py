"""Client for the colour-standards service that supplies reference shades.

Designers specify shades by standard number; the colour lab pulls the
spectral data for the standard from the provider's API so recipes can be
formulated against the exact reflectance curve.
"""
import os
from dataclasses import dataclass
from functools import cached_property
from typing import List

import requests

DEFAULT_BASE = "https://api.colour-standards.example/v3"


@dataclass
class SpectralStandard:
    code: str
    name: str
    wavelengths_nm: List[int]
    reflectance: List[float]


class ColourStandardsClient:
    def __init__(self, base_url: str = None, timeout: float = 15.0):
        self.base_url = (base_url or os.environ.get("COLOUR_STANDARDS_URL", DEFAULT_BASE)).rstrip("/")
        self.timeout = timeout

    @cached_property
    def session(self) -> requests.Session:
        s = requests.Session()
        s.headers["Authorization"] = f"Bearer {os.environ['COLOUR_STANDARDS_API_KEY']}"
        s.headers["Accept"] = "application/json"
        return s

    def standard(self, code: str) -> SpectralStandard:
        resp = self.session.get(f"{self.base_url}/standards/{code}", timeout=self.timeout)
        resp.raise_for_status()
        data = resp.json()
        return SpectralStandard(
            code=data["code"],
            name=data["name"],
            wavelengths_nm=data["spectral"]["wavelengths"],
            reflectance=data["spectral"]["values"],
        )

    def search(self, text: str, collection: str = "textile") -> List[dict]:
        resp = self.session.get(
            f"{self.base_url}/standards",
            params={"q": text, "collection": collection, "limit": 25},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["items"]


def reflectance_at(std: SpectralStandard, nm: int) -> float:
    pairs = dict(zip(std.wavelengths_nm, std.reflectance))
    if nm in pairs:
        return pairs[nm]
    lower = max(w for w in std.wavelengths_nm if w < nm)
    upper = min(w for w in std.wavelengths_nm if w > nm)
    frac = (nm - lower) / (upper - lower)
    return pairs[lower] + frac * (pairs[upper] - pairs[lower])
