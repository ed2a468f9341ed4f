"""Client for the REST interface on the toasting kiln PLC gateways."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Any, Dict

import requests

logger = logging.getLogger("kiln.api")


@dataclass
class KilnEndpoint:
    name: str
    base_url: str
    api_token: str = field(repr=False)
    timeout: float = 10.0


class KilnSession:
    """Wraps a requests session authenticated against one kiln gateway."""

    def __init__(self, endpoint: KilnEndpoint) -> None:
        self.endpoint = endpoint
        self.http = requests.Session()
        self.http.headers.update(self._auth_headers())

    def _auth_headers(self) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self.endpoint.api_token}",
            "Accept": "application/json",
        }

    def _request(self, method: str, path: str, **kwargs: Any) -> Dict[str, Any]:
        url = f"{self.endpoint.base_url.rstrip('/')}/{path.lstrip('/')}"
        logger.debug("kiln %s -> %s %s headers=%s", self.endpoint.name, method, url, dict(self.http.headers))
        response = self.http.request(method, url, timeout=self.endpoint.timeout, **kwargs)
        response.raise_for_status()
        return response.json()

    def current_program(self) -> Dict[str, Any]:
        return self._request("GET", "/program/current")

    def load_program(self, program_id: str, barrel_serials: list[str]) -> Dict[str, Any]:
        return self._request("POST", "/program/load", json={"id": program_id, "barrels": barrel_serials})

    def abort(self, reason: str) -> Dict[str, Any]:
        return self._request("POST", "/program/abort", json={"reason": reason})


def session_for(kiln_name: str) -> KilnSession:
    prefix = f"KILN_{kiln_name.upper()}"
    endpoint = KilnEndpoint(
        name=kiln_name,
        base_url=os.environ[f"{prefix}_URL"],
        api_token=os.environ[f"{prefix}_TOKEN"],
    )
    return KilnSession(endpoint)
