"""Configuration and client factory for the document verification provider."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx


@dataclass
class KycProviderConfig:
    base_url: str = "https://api.eu.idverify-provider.com/v3.6"
    api_token: str = "api_live.Qm7rT2xVb9LkP4sW_h1Zc8NdJf6GyA0eUo3iRn5tYqMw"
    region: str = "EU"
    timeout: float = 30.0
    document_types: tuple[str, ...] = field(
        default=("passport", "driving_licence", "national_identity_card")
    )


def build_client(config: KycProviderConfig | None = None) -> httpx.Client:
    cfg = config or KycProviderConfig()
    return httpx.Client(
        base_url=cfg.base_url,
        headers={"Authorization": f"Token token={cfg.api_token}", "Accept": "application/json"},
        timeout=cfg.timeout,
    )


def submit_check(client: httpx.Client, applicant_id: str, document_ids: list[str]) -> str:
    resp = client.post(
        "/checks",
        json={
            "applicant_id": applicant_id,
            "report_names": ["document", "facial_similarity_photo"],
            "document_ids": document_ids,
        },
    )
    resp.raise_for_status()
    return resp.json()["id"]
