"""Push processed nuclear-medicine series to PACS via DICOMweb STOW-RS.

Reconstructed SPECT/CT and PET series produced by the processing station
are uploaded to the hospital PACS gateway, which requires HTTP basic auth.
"""
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import httpx

log = logging.getLogger("nm.pacs_push")


@dataclass
class PacsNode:
    base_url: str
    ae_title: str
    username: str
    password: str
    ca_bundle: str = "/etc/ssl/certs/hospital-ca.pem"

    @classmethod
    def from_env(cls) -> "PacsNode":
        return cls(
            base_url=os.environ["PACS_DICOMWEB_URL"],
            ae_title=os.environ.get("PACS_AE_TITLE", "NMPROC01"),
            username=os.environ["PACS_USER"],
            password=os.environ["PACS_PASSWORD"],
        )


class StowUploader:
    def __init__(self, node: PacsNode, timeout: float = 60.0) -> None:
        self.node = node
        self.client = httpx.Client(
            base_url=node.base_url,
            auth=(node.username, node.password),
            verify=node.ca_bundle,
            timeout=timeout,
        )

    def _multipart(self, files: Iterable[Path]) -> tuple[bytes, str]:
        boundary = uuid.uuid4().hex
        parts = []
        for path in files:
            parts.append(
                f"--{boundary}\r\nContent-Type: application/dicom\r\n\r\n".encode("ascii")
                + path.read_bytes()
                + b"\r\n"
            )
        body = b"".join(parts) + f"--{boundary}--\r\n".encode("ascii")
        ctype = f'multipart/related; type="application/dicom"; boundary={boundary}'
        return body, ctype

    def push_series(self, series_dir: Path, study_uid: str) -> int:
        files = sorted(series_dir.glob("*.dcm"))
        if not files:
            raise FileNotFoundError(f"no DICOM files in {series_dir}")
        log.info("uploading %d instances of study %s to %s", len(files), study_uid, self.node)
        body, ctype = self._multipart(files)
        resp = self.client.post(
            f"/studies/{study_uid}",
            content=body,
            headers={"Content-Type": ctype, "Accept": "application/dicom+json"},
        )
        resp.raise_for_status()
        stored = resp.json().get("00081199", {}).get("Value", [])
        log.info("PACS stored %d/%d instances for study %s", len(stored), len(files), study_uid)
        return len(stored)

    def close(self) -> None:
        self.client.close()
