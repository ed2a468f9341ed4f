"""Django REST Framework authentication for contractor systems that push
timesheets and job-completion notes into the maintenance module.

Each contracting company receives one API key, configured per environment in
settings.CONTRACTOR_INTEGRATIONS."""
from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from rest_framework import authentication, exceptions


@dataclass(frozen=True)
class ContractorIntegration:
    company_code: str
    api_key: str
    allowed_sites: tuple[str, ...]

    def matches(self, candidate: str) -> bool:
        return candidate == self.api_key


class IntegrationRegistry:
    def __init__(self, raw: dict[str, dict]) -> None:
        self._by_company = {
            code: ContractorIntegration(code, cfg["api_key"], tuple(cfg.get("sites", ())))
            for code, cfg in raw.items()
        }

    def get(self, company_code: str) -> ContractorIntegration | None:
        return self._by_company.get(company_code)


class ContractorPrincipal(AnonymousUser):
    def __init__(self, integration: ContractorIntegration) -> None:
        self.integration = integration

    @property
    def is_authenticated(self) -> bool:  # type: ignore[override]
        return True


class ContractorKeyAuthentication(authentication.BaseAuthentication):
    keyword = "Contractor"

    def __init__(self) -> None:
        self.registry = IntegrationRegistry(settings.CONTRACTOR_INTEGRATIONS)

    def authenticate(self, request):
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if not header.startswith(self.keyword + " "):
            return None
        try:
            company_code, presented = header[len(self.keyword) + 1:].split(":", 1)
        except ValueError:
            raise exceptions.AuthenticationFailed("Malformed contractor credentials")
        integration = self.registry.get(company_code)
        if integration is None or not integration.matches(presented):
            raise exceptions.AuthenticationFailed("Unknown contractor key")
        return ContractorPrincipal(integration), integration

    def authenticate_header(self, request) -> str:
        return self.keyword
