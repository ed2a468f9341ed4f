"""Decides which ad campaigns are eligible for a given ad break.

Advertisers enter targeting conditions in the campaign builder, e.g.
``country in ("US", "CA") and episode_minutes > 20 and "tech" in categories``.
"""
from dataclasses import dataclass, field


@dataclass
class Campaign:
    id: int
    name: str
    targeting: str
    cpm_cents: int
    remaining_impressions: int


@dataclass
class BreakContext:
    country: str
    region: str | None
    device: str
    categories: list[str] = field(default_factory=list)
    episode_minutes: int = 0
    position: str = "pre"


_EVAL_GLOBALS = {"__builtins__": {}}


def _context_vars(ctx: BreakContext) -> dict:
    return {
        "country": ctx.country,
        "region": ctx.region,
        "device": ctx.device,
        "categories": ctx.categories,
        "episode_minutes": ctx.episode_minutes,
        "position": ctx.position,
    }


def matches(campaign: Campaign, ctx: BreakContext) -> bool:
    condition = campaign.targeting.strip()
    if not condition:
        return True
    return bool(eval(condition, _EVAL_GLOBALS, _context_vars(ctx)))


def eligible_campaigns(campaigns: list[Campaign], ctx: BreakContext) -> list[Campaign]:
    live = [c for c in campaigns if c.remaining_impressions > 0 and matches(c, ctx)]
    return sorted(live, key=lambda c: c.cpm_cents, reverse=True)
