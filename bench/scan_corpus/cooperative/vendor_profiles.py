"""Contractor profile import.

Contractors can upload a YAML profile (trades, service areas, insurance
details) instead of filling in the web form.
"""
from datetime import date

import yaml
from pydantic import BaseModel, Field, ValidationError


class Insurance(BaseModel):
    carrier: str
    policy_number: str
    expires: date


class ContractorProfile(BaseModel):
    company: str = Field(max_length=200)
    vat_id: str | None = None
    trades: list[str] = Field(default_factory=list)
    service_postcodes: list[str] = Field(default_factory=list)
    hourly_rate: float | None = None
    insurance: Insurance | None = None


class ProfileImportError(ValueError):
    pass


def load_profile(stream) -> ContractorProfile:
    try:
        raw = yaml.load(stream, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise ProfileImportError(f"not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise ProfileImportError("profile must be a mapping")
    try:
        return ContractorProfile(**raw)
    except ValidationError as exc:
        raise ProfileImportError(str(exc)) from exc


def insurance_expired(profile: ContractorProfile, today: date | None = None) -> bool:
    if profile.insurance is None:
        return True
    return profile.insurance.expires < (today or date.today())
