"""Loads delivery app integration credentials from AWS Secrets Manager."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cached_property

import boto3


@dataclass(frozen=True)
class PartnerCredentials:
    partner: str
    client_id: str
    client_secret: str
    webhook_secret: str


class IntegrationSettings:
    region = os.environ.get("AWS_REGION", "eu-west-1")
    secret_prefix = os.environ.get("DELIVERY_SECRET_PREFIX", "icecreamery/delivery")
    partners = ("swiftbite", "courierly")


class CredentialsLoader:
    def __init__(self, settings: IntegrationSettings | None = None) -> None:
        self.settings = settings or IntegrationSettings()

    @cached_property
    def _client(self):
        return boto3.client("secretsmanager", region_name=self.settings.region)

    def _secret_id(self, partner: str) -> str:
        if partner not in self.settings.partners:
            raise KeyError(partner)
        return f"{self.settings.secret_prefix}/{partner}"

    def load(self, partner: str) -> PartnerCredentials:
        raw = self._client.get_secret_value(SecretId=self._secret_id(partner))["SecretString"]
        data = json.loads(raw)
        return PartnerCredentials(
            partner=partner,
            client_id=data["client_id"],
            client_secret=data["client_secret"],
            webhook_secret=data["webhook_secret"],
        )

    def load_all(self) -> dict[str, PartnerCredentials]:
        return {p: self.load(p) for p in self.settings.partners}
