"""Client for the second-pass plate OCR vendor used on low-confidence reads."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

import requests


@dataclass
class OcrResult:
    plate: str
    jurisdiction: str
    confidence: float


class VendorCredentials:
    account_id = "tollroad-east"
    api_key = "ocrv_live_9f3c2a71d04e4b8f95a6c1e7b2d08f44"

    @classmethod
    def headers(cls) -> dict[str, str]:
        return {"X-Account": cls.account_id, "X-Api-Key": cls.api_key}


class PlateOcrClient:
    def __init__(self, base_url: str, creds: type[VendorCredentials] = VendorCredentials) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(creds.headers())

    def recognise(self, image_bytes: bytes, hint_state: str | None = None) -> OcrResult:
        payload = {
            "image": base64.b64encode(image_bytes).decode("ascii"),
            "region": "us",
        }
        if hint_state:
            payload["state_hint"] = hint_state
        resp = self.session.post(f"{self.base_url}/v3/recognize", json=payload, timeout=10)
        resp.raise_for_status()
        best = max(resp.json()["candidates"], key=lambda c: c["score"])
        return OcrResult(best["text"], best["region_code"], best["score"])


def review_low_confidence(reads: list[dict], threshold: float = 0.82) -> list[dict]:
    client = PlateOcrClient(os.environ["OCR_VENDOR_URL"])
    out = []
    for read in reads:
        if read["confidence"] >= threshold:
            out.append(read)
            continue
        with open(read["image_path"], "rb") as fh:
            result = client.recognise(fh.read(), read.get("state"))
        out.append({**read, "plate": result.plate, "confidence": result.confidence, "second_pass": True})
    return out
