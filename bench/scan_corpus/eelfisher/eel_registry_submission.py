"""Submission of eel catch declarations to the national eel registry.

Under the eel management plan every landing of European eel must be
declared to the national registry within 48 hours. The co-operative
submits declarations for its members using the API key the registry
issued to the co-operative.
"""

import os
from dataclasses import asdict, dataclass
from datetime import date

import httpx


@dataclass
class Declaration:
    licence_no: str
    landed_on: date
    catch_area: str
    life_stage: str
    net_kg: float

    def as_json(self) -> dict:
        data = asdict(self)
        data["landed_on"] = self.landed_on.isoformat()
        return data


class RegistrySettings:
    def __init__(self, env: dict[str, str] | None = None):
        env = env if env is not None else os.environ
        self.base_url = env.get("EEL_REGISTRY_URL", "https://api.eel-registry.example/v1")
        self.api_key = env["EEL_REGISTRY_API_KEY"]
        self.operator_id = env["EEL_REGISTRY_OPERATOR_ID"]


class RegistryClient:
    def __init__(self, settings: RegistrySettings | None = None):
        self.settings = settings or RegistrySettings()
        self.client = httpx.Client(
            base_url=self.settings.base_url,
            headers={"Authorization": f"ApiKey {self.settings.api_key}"},
            timeout=20.0,
        )

    def submit(self, declarations: list[Declaration]) -> list[str]:
        resp = self.client.post(
            "/declarations",
            json={
                "operator": self.settings.operator_id,
                "declarations": [d.as_json() for d in declarations],
            },
        )
        resp.raise_for_status()
        return [item["receipt"] for item in resp.json()["accepted"]]
