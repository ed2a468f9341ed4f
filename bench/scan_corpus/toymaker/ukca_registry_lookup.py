"""Looks up UKCA / CE certificate numbers in the approved-body registry before a toy is listed."""

import ssl
from dataclasses import dataclass
from functools import lru_cache

import httpx

from toyshop.config import settings


@dataclass
class CertificateRecord:
    number: str
    holder: str
    valid: bool
    standards: list[str]


@lru_cache(maxsize=1)
def _tls_context() -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=settings.registry_ca_bundle)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def _client() -> httpx.Client:
    return httpx.Client(
        base_url=settings.registry_url,
        verify=_tls_context(),
        timeout=15,
        headers={"Accept": "application/json"},
    )


def lookup_certificate(number: str) -> CertificateRecord | None:
    with _client() as client:
        response = client.get("/certificates", params={"number": number})
    if response.status_code == 404:
        return None
    response.raise_for_status()
    data = response.json()
    return CertificateRecord(
        number=data["certificateNumber"],
        holder=data["holder"]["name"],
        valid=data["status"] == "VALID",
        standards=[s["reference"] for s in data.get("standards", [])],
    )


def certificate_covers(number: str, standard: str = "EN 71-1") -> bool:
    record = lookup_certificate(number)
    return bool(record and record.valid and standard in record.standards)
