"""DICOMweb node configuration for pushing NM series to PACS.

The processing workstation reads its PACS target from environment
variables and logs the node it is about to use.
"""
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import httpx

log = logging.getLogger("nm.pacs_node")


@dataclass(frozen=True)
class DicomWebNode:
    base_url: str
    ae_title: str
    username: str
    password: str = field(repr=False)
    ca_bundle: str = "/etc/ssl/certs/hospital-ca.pem"

    @classmethod
    def from_env(cls) -> "DicomWebNode":
        return cls(
            base_url=os.environ["PACS_DICOMWEB_URL"],
            ae_title=os.environ.get("PACS_AE_TITLE", "NMPROC01"),
            username=os.environ["PACS_USER"],
            password=os.environ["PACS_PASSWORD"],
        )

    def client(self, timeout: float = 60.0) -> httpx.Client:
        return httpx.Client(
            base_url=self.base_url,
            auth=httpx.BasicAuth(self.username, self.password),
            verify=self.ca_bundle,
            timeout=timeout,
        )


def echo(node: DicomWebNode) -> bool:
    """Cheap reachability check: QIDO-RS query limited to one study."""
    log.info("checking PACS node %s", node)
    with node.client(timeout=10.0) as client:
        resp = client.get("/studies", params={"limit": 1})
    ok = resp.status_code in (200, 204)
    log.info("PACS node %s reachable=%s (HTTP %s)", node.ae_title, ok, resp.status_code)
    return ok


def push_instance(node: DicomWebNode, dicom_file: Path) -> None:
    with node.client() as client:
        resp = client.post(
            "/studies",
            content=dicom_file.read_bytes(),
            headers={"Content-Type": "application/dicom"},
        )
        resp.raise_for_status()
    log.info("stored %s on %s", dicom_file.name, node.ae_title)
