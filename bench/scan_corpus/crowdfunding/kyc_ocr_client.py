"""Thin client for the document OCR service used during creator KYC review."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass
class OcrResult:
    document_id: str
    full_name: str | None
    date_of_birth: str | None
    document_number: str | None
    confidence: float


class KycOcrClient:
    """Sends uploaded identity documents to the OCR extractor and parses the reply."""

    def __init__(self, base_url: str = "http://10.42.7.19:8081", timeout: float = 20.0):
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers["Accept"] = "application/json"

    def extract(self, document_id: str, image_bytes: bytes, mime_type: str) -> OcrResult:
        resp = self._session.post(
            f"{self._base_url}/v1/extract",
            files={"document": (f"{document_id}.bin", image_bytes, mime_type)},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        log.info(
            "ocr extracted document %s (confidence %.2f)",
            document_id,
            body.get("confidence", 0.0),
        )
        return OcrResult(
            document_id=document_id,
            full_name=body.get("name"),
            date_of_birth=body.get("dob"),
            document_number=body.get("number"),
            confidence=float(body.get("confidence", 0.0)),
        )


def review_queue_item(client: KycOcrClient, item: dict) -> dict:
    """Attach OCR fields to a pending KYC review item for the compliance UI."""
    result = client.extract(item["document_id"], item["content"], item["mime_type"])
    item["ocr"] = {
        "name": result.full_name,
        "dob": result.date_of_birth,
        "number": result.document_number,
        "needs_manual_check": result.confidence < 0.85,
    }
    return item
