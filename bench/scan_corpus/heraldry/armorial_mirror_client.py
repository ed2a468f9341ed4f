"""Client for the heraldry society's armorial mirror, hosted on their private
network behind a certificate issued by the society's own CA."""
import os
from dataclasses import dataclass
from pathlib import Path

import httpx

DEFAULT_CA = "/etc/heraldry/certs/society-root-ca.pem"


@dataclass(frozen=True)
class MirrorSettings:
    base_url: str = os.environ.get("ARMORIAL_MIRROR_URL", "https://armorial.society.example.org")
    ca_bundle: Path = Path(os.environ.get("ARMORIAL_MIRROR_CA", DEFAULT_CA))
    timeout: float = 25.0


class ArmorialMirror:
    def __init__(self, settings: MirrorSettings | None = None):
        self.settings = settings or MirrorSettings()
        if not self.settings.ca_bundle.is_file():
            raise FileNotFoundError(f"CA bundle missing: {self.settings.ca_bundle}")
        self._http = httpx.Client(
            base_url=self.settings.base_url,
            verify=str(self.settings.ca_bundle),
            timeout=self.settings.timeout,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def lookup_ordinary(self, charge: str, field_tincture: str | None = None) -> list[dict]:
        """Query the ordinary of arms by principal charge for conflict checks."""
        params = {"charge": charge}
        if field_tincture:
            params["field"] = field_tincture
        resp = self._http.get("/ordinary/search", params=params)
        resp.raise_for_status()
        return resp.json()["results"]

    def armiger(self, reference: str) -> dict:
        resp = self._http.get(f"/armigers/{reference}")
        resp.raise_for_status()
        return resp.json()
