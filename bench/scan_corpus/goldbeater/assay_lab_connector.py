"""Connector that pulls fineness results from the external assay laboratory."""
import logging
from dataclasses import dataclass, field

import requests

from goldbeater.settings import ASSAY_LAB

logger = logging.getLogger(__name__)


@dataclass
class LabConnection:
    base_url: str
    client_id: str
    client_secret: str = field(repr=False)
    timeout: float = 20.0


class AssayLabConnector:
    def __init__(self, conn: LabConnection | None = None):
        self.conn = conn or LabConnection(**ASSAY_LAB)
        self._session = requests.Session()
        logger.info("assay lab connector configured: %r", self.conn)

    def _token(self) -> str:
        resp = self._session.post(
            f"{self.conn.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.conn.client_id, self.conn.client_secret),
            timeout=self.conn.timeout,
        )
        resp.raise_for_status()
        return resp.json()["access_token"]

    def results_for_melt(self, melt_number: str) -> list[dict]:
        resp = self._session.get(
            f"{self.conn.base_url}/v1/results",
            params={"sample_ref": melt_number},
            headers={"Authorization": f"Bearer {self._token()}"},
            timeout=self.conn.timeout,
        )
        resp.raise_for_status()
        results = resp.json()["results"]
        logger.info("received %d assay results for melt %s", len(results), melt_number)
        return results
