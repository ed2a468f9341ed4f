"""Send finalised deeds to the e-signature provider as envelopes."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import requests


@dataclass
class ProviderSettings:
    base_url: str = field(default_factory=lambda: os.environ.get("ESIGN_BASE_URL", "https://api.esign-provider.example/v3"))
    api_key: str = field(default_factory=lambda: os.environ["ESIGN_API_KEY"], repr=False)
    callback_url: str = field(default_factory=lambda: os.environ["ESIGN_CALLBACK_URL"])


@dataclass
class EnvelopeSigner:
    name: str
    email: str
    order: int = 1


class EnvelopeSender:
    def __init__(self, settings: ProviderSettings | None = None):
        self.settings = settings or ProviderSettings()
        self.http = requests.Session()
        self.http.headers.update({"Authorization": f"Bearer {self.settings.api_key}"})

    def _url(self, path: str) -> str:
        return f"{self.settings.base_url.rstrip('/')}/{path.lstrip('/')}"

    def send_deed(self, deed_ref: str, pdf_path: Path, signers: list[EnvelopeSigner]) -> str:
        payload = {
            "reference": deed_ref,
            "callback_url": self.settings.callback_url,
            "signers": [
                {"name": s.name, "email": s.email, "routing_order": s.order} for s in signers
            ],
        }
        with pdf_path.open("rb") as fh:
            response = self.http.post(
                self._url("envelopes"),
                data={"envelope": json.dumps(payload)},
                files={"document": (pdf_path.name, fh, "application/pdf")},
                timeout=60,
            )
        response.raise_for_status()
        return response.json()["envelope_id"]

    def reminder(self, envelope_id: str) -> None:
        self.http.post(self._url(f"envelopes/{envelope_id}/remind"), timeout=15).raise_for_status()


def send_for_signature(deed_ref: str, pdf: str, parties: list[tuple[str, str]]) -> str:
    signers = [EnvelopeSigner(name, email, i + 1) for i, (name, email) in enumerate(parties)]
    return EnvelopeSender().send_deed(deed_ref, Path(pdf), signers)
