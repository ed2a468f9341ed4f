"""Loads credit risk policies uploaded by the policy team through the admin console.

A policy is a YAML document listing hard declines, score cut-offs per market
and basket limits. It is validated before being activated.
"""
from __future__ import annotations

import yaml
from pydantic import BaseModel, Field, ValidationError


class MarketCutoff(BaseModel):
    market: str = Field(..., pattern=r"^[A-Z]{2}$")
    min_score: int = Field(..., ge=0, le=1000)
    max_basket_minor: int = Field(..., gt=0)


class RiskPolicy(BaseModel):
    version: str
    hard_declines: list[str] = []
    cutoffs: list[MarketCutoff]
    max_open_plans: int = Field(4, ge=1, le=20)


class PolicyRejected(ValueError):
    pass


def load_policy(stream) -> RiskPolicy:
    try:
        raw = yaml.load(stream, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise PolicyRejected(f"not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise PolicyRejected("policy must be a mapping")
    try:
        return RiskPolicy.model_validate(raw)
    except ValidationError as exc:
        raise PolicyRejected(str(exc)) from exc


def handle_upload(uploaded_file, activate) -> RiskPolicy:
    policy = load_policy(uploaded_file.read().decode("utf-8"))
    markets = [c.market for c in policy.cutoffs]
    if len(markets) != len(set(markets)):
        raise PolicyRejected("duplicate market cut-off")
    activate(policy)
    return policy
