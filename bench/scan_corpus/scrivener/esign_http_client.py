"""Thin client for the e-signature provider's REST API."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("scrivener.esign")


class EsignError(RuntimeError):
    def __init__(self, status: int, detail: str):
        super().__init__(f"e-signature API error {status}: {detail}")
        self.status = status


@dataclass
class EsignConfig:
    base_url: str
    api_key: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "EsignConfig":
        return cls(
            base_url=os.environ.get("ESIGN_BASE_URL", "https://api.esign-provider.example/v3"),
            api_key=os.environ["ESIGN_API_KEY"],
        )


class EsignClient:
    def __init__(self, config: EsignConfig):
        self._client = httpx.Client(
            base_url=config.base_url,
            headers={"Authorization": f"Bearer {config.api_key}", "Accept": "application/json"},
            timeout=config.timeout,
        )

    def _call(self, method: str, path: str, **kwargs) -> dict:
        response = self._client.request(method, path, **kwargs)
        if response.is_error:
            log.error("esign %s %s -> %s, request headers: %s", method, path, response.status_code, dict(response.request.headers))
            raise EsignError(response.status_code, response.text[:200])
        return response.json()

    def create_envelope(self, document_ref: str, pdf: bytes, signers: list[dict]) -> str:
        data = self._call(
            "POST",
            "/envelopes",
            files={"document": (f"{document_ref}.pdf", pdf, "application/pdf")},
            data={"reference": document_ref, "signers": json.dumps(signers)},
        )
        return data["envelope_id"]

    def envelope_status(self, envelope_id: str) -> str:
        return self._call("GET", f"/envelopes/{envelope_id}")["status"]

    def void(self, envelope_id: str, reason: str) -> None:
        self._call("POST", f"/envelopes/{envelope_id}/void", json={"reason": reason})

    def close(self) -> None:
        self._client.close()
